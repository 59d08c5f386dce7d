import QtQuick
import QtTest
import Stepstone

// The program page on its own: where the client is and the step-down date in plain words; a
// meeting added through the form, an http link refused with the reason and everything kept as
// typed; a meeting removed and brought back with Undo. (TestCase is invisible: the page is made
// in the root item.)
Item {
    id: root
    width: 360
    height: 640

    Component {
        id: pageComponent
        ProgramPage {
            width: root.width
            height: root.height
        }
    }

    TestCase {
        name: "ProgramPage"
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
        // Scrolls the page until `item` is on screen, then clicks it.
        function clickInView(page, item) {
            const flick = find(page, "programScroll").contentItem
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
        function names(page) {
            return findAll(page, "meetingName", []).map(label => label.text)
        }

        function test_aStepDownDateReadsInPlainWords() {
            verify(fixture.profileOpen)
            const page = createTemporaryObject(pageComponent, root)
            verify(page)
            clickInView(page, find(page, "programChangeButton"))
            const levelBox = find(page, "programLevelBox")
            tryVerify(() => levelBox.activeFocus, 1000, "the choice takes the keyboard")
            levelBox.currentIndex = 0 // IOP
            const dateField = find(page, "programDateField")
            dateField.text = "2026-02-30"
            clickInView(page, find(page, "programSaveButton"))
            verify(find(page, "programError").text.length > 0, "a date no calendar has is said")
            compare(find(page, "programDateField").text, "2026-02-30", "and kept as typed")

            dateField.text = "2026-04-21"
            clickInView(page, find(page, "programSaveButton"))
            verify(!find(page, "programError"))
            // The fixture's clock shows 14 March 2026.
            tryCompare(find(page, "programStepDown"), "text",
                       "Step-down to outpatient on 21 April: in 38 days")
            compare(find(page, "programLevel").text, "Intensive outpatient (IOP)")
        }

        function test_anHttpLinkIsRefusedAndTheFormKeepsEverything() {
            const page = createTemporaryObject(pageComponent, root)
            const before = names(page).length
            clickInView(page, find(page, "meetingAddButton"))
            const name = find(page, "meetingNameField")
            tryVerify(() => name.activeFocus, 1000, "the new meeting takes the keyboard")
            keySequence("T")
            name.text = "Late SMART at the library"
            find(page, "meetingKindBox").currentIndex = 1 // SMART Recovery
            find(page, "meetingDayBox").currentIndex = 5 // Saturday
            find(page, "meetingTimeField").text = "23:30"
            find(page, "meetingLinkField").text = "http://meet.example.org/smart"
            find(page, "meetingNoteField").text = "Ask for Dana"
            clickInView(page, find(page, "meetingSaveButton"))

            const error = find(page, "meetingError")
            verify(error, "the reason is shown")
            verify(error.text.indexOf("https://") >= 0, error.text)
            compare(find(page, "meetingNameField").text, "Late SMART at the library")
            compare(find(page, "meetingLinkField").text, "http://meet.example.org/smart")
            compare(find(page, "meetingNoteField").text, "Ask for Dana")
            compare(names(page).length, before, "nothing saved")

            find(page, "meetingTimeField").text = "25:00"
            find(page, "meetingLinkField").text = "https://meet.example.org/smart"
            clickInView(page, find(page, "meetingSaveButton"))
            verify(find(page, "meetingError").text.indexOf("19:30") >= 0, "not a time: said")

            find(page, "meetingTimeField").text = "23:30"
            clickInView(page, find(page, "meetingSaveButton"))
            tryCompare(names(page), "length", before + 1)
            verify(names(page).indexOf("Late SMART at the library") >= 0, names(page))
            verify(!find(page, "meetingNameField"), "the form closes once saved")
            // The fixture's clock shows Saturday 14 March, 16:30: tonight's meeting is next.
            compare(find(page, "nextMeetingTitle").text, "Late SMART at the library")
            const when = find(page, "nextMeetingWhen").text
            verify(when.startsWith("Today at ") && when.endsWith(" · SMART Recovery"), when)
        }

        function test_aMeetingIsChangedInPlace() {
            const page = createTemporaryObject(pageComponent, root)
            clickInView(page, find(page, "meetingAddButton"))
            find(page, "meetingNameField").text = "Women's group"
            find(page, "meetingTimeField").text = "7:05"
            clickInView(page, find(page, "meetingSaveButton"))
            tryVerify(() => names(page).indexOf("Women's group") >= 0)
            const before = names(page).length

            const index = names(page).indexOf("Women's group")
            clickInView(page, findAll(page, "meetingEditButton", [])[index])
            const name = find(page, "meetingNameField")
            compare(name.text, "Women's group", "the form opens with what was written")
            compare(find(page, "meetingTimeField").text, "07:05")
            name.text = "Women's group (hybrid)"
            clickInView(page, find(page, "meetingSaveButton"))
            tryVerify(() => names(page).indexOf("Women's group (hybrid)") >= 0)
            compare(names(page).length, before, "changed, not added")
            verify(!find(page, "meetingNameField"), "the form closes once saved")
        }

        function test_aRemovedMeetingComesBackWithUndo() {
            const page = createTemporaryObject(pageComponent, root)
            clickInView(page, find(page, "meetingAddButton"))
            find(page, "meetingNameField").text = "Alumni Thursday"
            find(page, "meetingDayBox").currentIndex = 3
            find(page, "meetingTimeField").text = "18:00"
            clickInView(page, find(page, "meetingSaveButton"))
            tryVerify(() => names(page).indexOf("Alumni Thursday") >= 0)
            const before = names(page).length

            const index = names(page).indexOf("Alumni Thursday")
            clickInView(page, findAll(page, "meetingEditButton", [])[index])
            clickInView(page, find(page, "meetingRemoveButton"))
            tryCompare(names(page), "length", before - 1)
            verify(names(page).indexOf("Alumni Thursday") < 0)

            const undoBar = find(page, "meetingUndoBar")
            verify(undoBar, "the way back is offered")
            mouseClick(find(undoBar, "meetingUndoBarAction"))
            tryCompare(names(page), "length", before)
            verify(names(page).indexOf("Alumni Thursday") >= 0, "back as it was")
            tryVerify(() => !find(page, "meetingUndoBar"), 1000, "the bar goes once undone")
        }
    }
}
