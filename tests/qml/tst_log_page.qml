import QtQuick
import QtTest
import Stepstone

// The craving log page on its own: the list shows what the store holds, newest first, reads
// out each log in words, and asks for the editor from the header and from a row.
// (TestCase itself is invisible: pages are made in the window's root item.)
Item {
    id: root
    width: 360
    height: 640

    Component {
        id: pageComponent
        LogPage {
            width: root.width
            height: root.height
        }
    }

    TestCase {
        id: testCase
        name: "LogPage"
        when: windowShown

        SignalSpy { id: editSpy; signalName: "editRequested" }
        SignalSpy { id: newSpy; signalName: "logCravingRequested" }

        function findNamed(item, name) {
            if (item.objectName === name)
                return item
            for (let i = 0; i < item.children.length; ++i) {
                const found = findNamed(item.children[i], name)
                if (found)
                    return found
            }
            return null
        }

        function test_listsLogsNewestFirstAndOpensOne() {
            verify(fixture.profileOpen)
            const page = createTemporaryObject(pageComponent, root)
            verify(page)
            const list = findNamed(page, "allLogs")
            verify(list)
            const before = list.count
            verify(fixture.addCraving(3, 120, "earlier"))
            verify(fixture.addCraving(8, 5, "later"))
            tryCompare(list, "count", before + 2)
            waitForItemPolished(list)
            const newest = list.itemAtIndex(0)
            verify(newest)
            compare(newest.intensity, 8)
            verify(newest.Accessible.name.startsWith("Craving 8 of 10"), newest.Accessible.name)
            compare(list.itemAtIndex(1).intensity, 3)

            editSpy.target = page
            tryVerify(() => newest.visible && newest.height > 0 && newest.mapToItem(root, 0, 0).y >= 0)
            mouseClick(newest)
            compare(editSpy.count, 1)
            compare(editSpy.signalArguments[0][0], newest.logId)

            newSpy.target = page
            const logButton = findNamed(page.header, "headerAction")
            verify(logButton, "the header offers a new log")
            mouseClick(logButton)
            compare(newSpy.count, 1)
        }
    }
}
