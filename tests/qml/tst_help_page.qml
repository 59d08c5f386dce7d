import QtQuick
import QtTest
import Stepstone

// "I need help now" on its own: the client's own steps and people come first, then the crisis
// lines, then the urge timer, which runs on the app's clock; Close asks to leave.
Item {
    id: root
    width: 360
    height: 640

    Component {
        id: pageComponent
        HelpPage {
            width: root.width
            height: root.height
        }
    }

    TestCase {
        name: "HelpPage"
        when: windowShown

        SignalSpy { id: doneSpy; signalName: "done" }

        function find(item, name) {
            if (item.objectName === name && item.visible)
                return item
            for (let i = 0; i < item.children.length; ++i) {
                const found = find(item.children[i], name)
                if (found)
                    return found
            }
            return null
        }
        function show(page, item) {
            const flick = find(page, "helpScroll").contentItem
            // Layouts settle over a frame or two after a change: look again until it holds.
            for (let attempt = 0; attempt < 5; ++attempt) {
                waitForRendering(page)
                const y = item.mapToItem(flick, 0, 0).y
                if (y >= 0 && y + item.height <= flick.height)
                    return
                flick.contentY = Math.max(0, Math.min(flick.contentY + y - 100,
                                                      flick.contentHeight - flick.height))
            }
        }

        function test_ownStepsAndPeopleFirstThenCrisisLinesThenTheTimer() {
            verify(PlanModel.add("coping", "Walk around the block"))
            verify(PlanModel.add("people", "Robin", "555 010 0123"))
            const page = createTemporaryObject(pageComponent, root)
            let above = -1
            for (const part of ["helpOwnSteps", "helpPeople", "helpCrisisLines", "helpUrgeTimer"]) {
                const item = find(page, part)
                verify(item, part)
                const y = item.mapToItem(page, 0, 0).y
                verify(y > above, part + " is out of order")
                above = y
            }
            verify(find(page, "helpCrisisLines").height > 100, "the crisis lines are listed")
        }

        function test_theTimerRunsOnTheClockAndPauses() {
            const page = createTemporaryObject(pageComponent, root)
            const start = find(page, "urgeTimerStart")
            show(page, start)
            mouseClick(start)
            compare(UrgeTimer.state, UrgeTimer.Running)
            const remaining = find(page, "urgeTimerRemaining")
            compare(remaining.text, "20:00")
            fixture.advanceSeconds(90)
            tryCompare(remaining, "text", "18:30", 2000)
            show(page, find(page, "urgeTimerPause"))
            mouseClick(find(page, "urgeTimerPause"))
            fixture.advanceSeconds(600)
            wait(600)
            compare(remaining.text, "18:30", "paused")
            mouseClick(find(page, "urgeTimerEnd"))
            tryCompare(remaining, "text", "20:00")
            verify(find(page, "urgeTimerStart"))
        }

        function test_closeAsksToLeave() {
            const page = createTemporaryObject(pageComponent, root)
            doneSpy.target = page
            mouseClick(find(page, "helpCloseButton"))
            compare(doneSpy.count, 1)
        }
    }
}
