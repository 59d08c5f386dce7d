import QtQuick
import QtTest
import Stepstone

// The Medicines page on its own: a medicine is added through the form as a client types it (a
// dose of "abc" is named beside the dose and nothing typed is lost), its doses of today appear,
// and one is marked taken in one tap, then undone; another is skipped with a reason.
// (TestCase is invisible: the page is made in the root item.)
Item {
    id: root
    width: 360
    height: 640

    Component {
        id: pageComponent
        MedicationPage {
            width: root.width
            height: root.height
        }
    }

    TestCase {
        name: "MedicationPage"
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
            const flick = find(page, "medicationScroll").contentItem
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
        // Types into a field as a client does, key by key.
        function typeInto(page, field, text) {
            clickInView(page, field)
            tryVerify(() => field.activeFocus, 1000)
            for (const c of text)
                keyClick(c)
        }
        function namesOfDoses(page) {
            return findAll(page, "doseName", []).map(label => label.text)
        }

        function test_aMedicineIsAddedAndItsDoseMarkedTakenInOneTap() {
            verify(fixture.profileOpen)
            const page = createTemporaryObject(pageComponent, root)
            verify(page)
            compare(findAll(page, "medicationRow", []).length, 0)

            mouseClick(find(page, "medicationHeaderAction"))
            tryVerify(() => find(page, "medicationFormCard") !== null)
            typeInto(page, find(page, "medicationNameField"), "Buprenorphine")
            typeInto(page, find(page, "medicationDoseField"), "abc")
            typeInto(page, find(page, "medicationTimesField"), "08:00 20:00")
            clickInView(page, find(page, "medicationSaveButton"))

            const doseError = find(page, "medicationDoseError")
            verify(doseError, "the dose's problem is said beside it")
            compare(doseError.text,
                    "The dose starts with a number, then the unit: 8 mg, 0.5 ml.")
            verify(!find(page, "medicationNameError"), "only the dose is wrong")
            compare(find(page, "medicationNameField").text, "Buprenorphine",
                    "nothing typed is lost")
            compare(find(page, "medicationDoseField").text, "abc")
            compare(find(page, "medicationTimesField").text, "08:00 20:00")
            compare(findAll(page, "medicationRow", []).length, 0, "nothing saved yet")

            const dose = find(page, "medicationDoseField")
            clickInView(page, dose)
            dose.selectAll()
            keyClick(Qt.Key_Delete)
            typeInto(page, dose, "8 mg")
            tryVerify(() => !find(page, "medicationDoseError"), 1000,
                      "the words go once the dose reads")
            clickInView(page, find(page, "medicationSaveButton"))
            tryVerify(() => !find(page, "medicationFormCard"), 1000, "saved: the form closes")
            tryCompare(findAll(page, "medicationRow", []), "length", 1)
            compare(find(page, "medicationName").text, "Buprenorphine \u00b7 8 mg")

            tryCompare(namesOfDoses(page), "length", 2)
            const first = findAll(page, "doseRow", [])[0]
            compare(find(first, "doseState").text, "Due",
                    "added after 08:00: due, never missed")
            clickInView(page, find(first, "doseTakenButton"))
            tryCompare(find(first, "doseState"), "text", "Taken")
            verify(!find(first, "doseTakenButton"), "marked: no second mark by mistake")

            clickInView(page, find(first, "doseUndoButton"))
            tryCompare(find(first, "doseState"), "text", "Due")
            verify(find(first, "doseTakenButton"))

            const second = findAll(page, "doseRow", [])[1]
            clickInView(page, find(second, "doseSkippedButton"))
            tryCompare(find(second, "doseState"), "text", "Skipped")
            typeInto(page, find(second, "doseReasonField"), "felt sick")
            keyClick(Qt.Key_Return)
            tryCompare(find(second, "doseReasonField"), "text", "felt sick")
            tryVerify(() => !find(second, "doseReasonSave"), 1000, "the reason is kept")
        }

        function test_aRefillDateInThePastIsKeptWithANotice() {
            const page = createTemporaryObject(pageComponent, root)
            verify(page)
            const before = findAll(page, "medicationRow", []).length
            mouseClick(find(page, "medicationHeaderAction"))
            typeInto(page, find(page, "medicationNameField"), "Naltrexone")
            typeInto(page, find(page, "medicationDoseField"), "50 mg")
            typeInto(page, find(page, "medicationTimesField"), "9:00")
            typeInto(page, find(page, "medicationRefillField"), "2026-03-01")
            tryVerify(() => find(page, "medicationRefillNotice") !== null, 1000,
                      "noticed as it is typed")
            clickInView(page, find(page, "medicationSaveButton"))
            tryCompare(findAll(page, "medicationRow", []), "length", before + 1,
                       1000, "kept, never refused")
            const refills = findAll(page, "medicationRefill", []).map(label => label.text)
            verify(refills.some(text => text.indexOf("it may be time to ask for it") >= 0),
                   refills.join(" | "))
        }

        function test_aClinicDayScheduleNeedsItsDaysAndTimes() {
            const page = createTemporaryObject(pageComponent, root)
            verify(page)
            mouseClick(find(page, "medicationHeaderAction"))
            typeInto(page, find(page, "medicationNameField"), "Methadone")
            typeInto(page, find(page, "medicationDoseField"), "80 mg")
            clickInView(page, find(page, "medicationKind-clinic-days"))
            clickInView(page, find(page, "medicationSaveButton"))
            verify(find(page, "medicationDaysError"), "no weekday chosen")
            verify(find(page, "medicationTimesError"), "no time given")
            verify(find(page, "medicationFormCard"), "the form stays open with what was typed")
            clickInView(page, find(page, "medicationDay-1"))
            tryVerify(() => !find(page, "medicationDaysError"))
            clickInView(page, find(page, "medicationCancelButton"))
        }
    }
}
