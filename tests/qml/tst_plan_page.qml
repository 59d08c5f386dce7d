import QtQuick
import QtTest
import Stepstone

// The plan page on its own: an empty section shows one line of help; a line is added, changed,
// moved and removed as a client would; a phone that cannot be dialled is kept as written, with
// a note and no call button. (TestCase is invisible: the page is made in the root item.)
Item {
    id: root
    width: 360
    height: 640

    Component {
        id: pageComponent
        PlanPage {
            width: root.width
            height: root.height
        }
    }

    TestCase {
        name: "PlanPage"
        when: windowShown

        function findAll(item, name, found) {
            if (item.objectName === name && item.visible)
                found.push(item)
            for (let i = 0; i < item.children.length; ++i)
                findAll(item.children[i], name, found)
            return found
        }
        function find(item, name) {
            return findAll(item, name, [])[0] ?? null
        }
        function section(page, linkId) {
            return find(page, "planSection-" + linkId)
        }
        // Scrolls the page until `item` is on screen, then clicks it.
        function clickInView(page, item) {
            const flick = find(page, "planScroll").contentItem
            // Layouts settle over a frame or two after a change: look again until it holds.
            for (let attempt = 0; attempt < 5; ++attempt) {
                waitForRendering(page)
                const y = item.mapToItem(flick, 0, 0).y
                if (y >= 0 && y + item.height <= flick.height)
                    break
                flick.contentY = Math.max(0, Math.min(flick.contentY + y - 100,
                                                      flick.contentHeight - flick.height))
            }
            mouseClick(item)
        }
        function linesIn(card) {
            return findAll(card, "planLine", []).map(label => label.text)
        }

        function test_aSectionIsWrittenChangedMovedAndEmptied() {
            verify(fixture.profileOpen)
            const page = createTemporaryObject(pageComponent, root)
            verify(page)
            const card = section(page, "warning-signs")
            verify(card)
            compare(linesIn(card).length, 0)
            verify(find(card, "planHelp"), "an empty section shows its one line of help")

            clickInView(page, find(card, "planAddButton"))
            const field = find(card, "planLineField")
            verify(field)
            tryVerify(() => field.activeFocus, 1000, "the new line takes the keyboard")
            keySequence("S")
            keySequence("k")
            keySequence("i")
            field.text = "Skipping meals"
            clickInView(page, find(card, "planSaveButton"))
            tryCompare(card, "entryCount", 1)
            compare(linesIn(card), ["\u2022 Skipping meals"])
            verify(!find(card, "planHelp"), "a filled section shows what was written instead")

            verify(PlanModel.add("warning-signs", "Not sleeping"))
            tryCompare(card, "entryCount", 2)
            clickInView(page, findAll(card, "planEditButton", [])[1])
            clickInView(page, find(card, "planMoveUpButton"))
            tryCompare(linesIn(card), "0", "\u2022 Not sleeping")

            for (let i = 0; i < 2; ++i) {
                clickInView(page, find(card, "planEditButton"))
                clickInView(page, find(card, "planRemoveButton"))
            }
            tryCompare(card, "entryCount", 0)
            verify(find(card, "planHelp"), "emptied, the help line is back")
        }

        function test_aPhoneThatCannotBeDialledIsKeptWithANote() {
            const page = createTemporaryObject(pageComponent, root)
            const card = section(page, "people")
            const before = card.entryCount
            const callsBefore = findAll(card, "callButton", []).length
            const notesBefore = findAll(card, "phoneNote", []).length
            verify(PlanModel.add("people", "Mom", "call mom", "evenings"))
            verify(PlanModel.add("people", "Sam", "1-800-555-0199"))
            tryCompare(card, "entryCount", before + 2)
            const phones = findAll(card, "personPhone", []).map(label => label.text)
            verify(phones.indexOf("call mom") >= 0, phones)
            compare(findAll(card, "phoneNote", []).length, notesBefore + 1)
            compare(findAll(card, "callButton", []).length, callsBefore + 1,
                    "only Sam's number dials")
        }

        function test_tooLongIsSaidAndKeptInTheForm() {
            const page = createTemporaryObject(pageComponent, root)
            const card = section(page, "after-lapse")
            clickInView(page, find(card, "planAddButton"))
            const field = find(card, "planLineField")
            field.text = "x".repeat(PlanModel.maximumTextLength + 1)
            clickInView(page, find(card, "planSaveButton"))
            verify(find(card, "planError").text.length > 0)
            compare(find(card, "planLineField").text.length, PlanModel.maximumTextLength + 1)
            compare(card.entryCount, 0)
            clickInView(page, find(card, "planCancelButton"))
            verify(!find(card, "planError"), "Cancel clears the message")
        }
    }
}
