import QtQuick
import QtTest
import Stepstone

// The form renderer on its own, on a form built for every item type: answers typed, chosen and
// slid; enableWhen showing a question and taking its answer away when it hides again; a
// repeating group grown and shrunk; text that is no number refused in words and kept as typed;
// Send stopping at the first question still needed; Tab through every field; a draft resumed.
// (TestCase is invisible: the page is made in the root item.)
Item {
    id: root
    width: 360
    height: 640

    readonly property string everyKind: JSON.stringify({
        resourceType: "Questionnaire", status: "active", title: "Every kind",
        url: "https://example.org/Q/every-kind",
        item: [
            { linkId: "intro", type: "display", text: "Take your time. <b>Nothing</b> here is graded." },
            { linkId: "where", type: "string", text: "Where were you?", required: true, maxLength: 40 },
            { linkId: "used", type: "boolean", text: "Did you use?" },
            { linkId: "what", type: "string", text: "What did you use?",
              enableWhen: [{ question: "used", operator: "=", answerBoolean: true }] },
            { linkId: "urge", type: "integer", text: "Urge to use",
              extension: [
                { url: "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl",
                  valueCodeableConcept: { coding: [{ code: "slider" }] } },
                { url: "http://hl7.org/fhir/StructureDefinition/minValue", valueInteger: 0 },
                { url: "http://hl7.org/fhir/StructureDefinition/maxValue", valueInteger: 5 }] },
            { linkId: "hours", type: "integer", text: "Hours slept" },
            { linkId: "feeling", type: "choice", text: "Main feeling",
              answerOption: [{ valueString: "Calm" }, { valueString: "Sad" }, { valueString: "Angry" }] },
            { linkId: "skills", type: "open-choice", repeats: true, text: "Skills used",
              answerOption: [{ valueString: "Walk" }, { valueString: "Call someone" }] },
            { linkId: "day", type: "date", text: "Which day?" },
            { linkId: "notes", type: "text", text: "Anything else?" },
            { linkId: "link", type: "group", repeats: true, text: "Link in the chain",
              item: [{ linkId: "step", type: "string", text: "What happened next?" }] },
            { linkId: "photo", type: "attachment", text: "A photo" }
        ]
    })

    Component {
        id: pageComponent
        FormPage {
            width: root.width
            height: root.height
            session: FormSession {}
        }
    }

    Component {
        id: homeworkComponent
        HomeworkForm {
            session: ProfileSession
        }
    }
    Component {
        id: homeworkPageComponent
        FormPage {
            width: root.width
            height: root.height
        }
    }

    TestCase {
        name: "FormPage"
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
        // The row that draws the question with these words (its frame's text).
        function row(page, text) {
            const column = find(page, "formScroll").contentItem.contentItem.children[0]
            for (let i = 0; i < column.children.length; ++i) {
                const child = column.children[i]
                if (child.text !== undefined && String(child.text).startsWith(text) && child.visible)
                    return child
            }
            return null
        }
        // Scrolls until `item` is on screen (a row just added is placed by the next layout).
        function bringIntoView(page, item) {
            for (let attempt = 0; attempt < 5; ++attempt) {
                page.reveal(item)
                waitForRendering(page)
                const y = item.mapToItem(page, 0, 0).y
                if (y >= 0 && y + item.height <= page.height)
                    return
            }
        }
        function answers(page) {
            return JSON.parse(fixture.formResponse(page.session))
        }
        function answerOf(page, linkId) {
            const items = answers(page).item ?? []
            return items.find(item => item.linkId === linkId)?.answer ?? null
        }
        function opened(saved) {
            const page = createTemporaryObject(pageComponent, root)
            verify(page)
            verify(fixture.openForm(page.session, root.everyKind, saved ?? ""))
            waitForRendering(page)
            return page
        }

        function test_everyKindIsDrawnAndTakesAnswers() {
            const page = opened()
            compare(page.title, "Every kind")
            verify(row(page, "Take your time. <b>Nothing</b>"), "the form's words shown as written")
            verify(!row(page, "What did you use?"), "hidden until 'used' is yes")
            verify(row(page, "A photo").note.length > 0, "an item it cannot take says why")

            const where = find(row(page, "Where were you?"), "formField")
            mouseClick(where)
            keyClick("A"); keyClick("t"); keyClick(Qt.Key_Space); keyClick("w"); keyClick("o")
            compare(answerOf(page, "where")[0].valueString, "At wo")

            const feeling = row(page, "Main feeling")
            bringIntoView(page, feeling)
            mouseClick(findAll(feeling, "formOption", [])[1])
            compare(answerOf(page, "feeling")[0].valueString, "Sad")

            const skills = row(page, "Skills used")
            bringIntoView(page, skills)
            const boxes = findAll(skills, "formOption", [])
            mouseClick(boxes[0]); mouseClick(boxes[1])
            const other = find(skills, "formOtherField")
            mouseClick(other)
            keyClick("Y"); keyClick("o"); keyClick("g"); keyClick("a")
            compare(answerOf(page, "skills").map(a => a.valueString), ["Walk", "Call someone", "Yoga"])
            mouseClick(boxes[0])
            compare(answerOf(page, "skills").map(a => a.valueString), ["Call someone", "Yoga"])

            const urge = row(page, "Urge to use")
            bringIntoView(page, urge)
            const slider = find(urge, "formSlider")
            slider.forceActiveFocus(Qt.TabFocusReason)
            keyClick(Qt.Key_Right); keyClick(Qt.Key_Right)
            compare(answerOf(page, "urge")[0].valueInteger, 2)
        }

        function test_aFollowUpShowsForYesAndItsAnswerGoesWhenItHides() {
            const page = opened()
            const used = row(page, "Did you use?")
            mouseClick(find(used, "formYes"))
            tryVerify(() => row(page, "What did you use?") !== null)
            const what = find(row(page, "What did you use?"), "formField")
            mouseClick(what)
            keyClick("b"); keyClick("e"); keyClick("e"); keyClick("r")
            compare(answerOf(page, "what")[0].valueString, "beer")
            mouseClick(find(row(page, "Did you use?"), "formNo"))
            tryVerify(() => row(page, "What did you use?") === null)
            compare(answerOf(page, "what"), null, "the hidden question's answer is removed")
            mouseClick(find(row(page, "Did you use?"), "formYes"))
            tryVerify(() => row(page, "What did you use?") !== null)
            compare(find(row(page, "What did you use?"), "formField").text, "")
        }

        function test_wordsForANumberAreRefusedInWordsAndKeptAsTyped() {
            const page = opened()
            const hours = row(page, "Hours slept")
            bringIntoView(page, hours)
            const field = find(hours, "formField")
            mouseClick(field)
            keyClick("s"); keyClick("i"); keyClick("x")
            compare(field.text, "six")
            tryCompare(hours, "problem", "Write a whole number, for example 3.")
            compare(answerOf(page, "hours"), null)
            keyClick(Qt.Key_A, Qt.ControlModifier)
            keyClick("6")
            tryCompare(hours, "problem", "")
            compare(answerOf(page, "hours")[0].valueInteger, 6)
        }

        function test_aRepeatingGroupGrowsAndShrinks() {
            const page = opened()
            const add = find(page, "formAddInstance")
            bringIntoView(page, add)
            mouseClick(add)
            tryVerify(() => row(page, "Link in the chain (2)") !== null)
            const second = find(row(page, "Link in the chain (2)"), "formRemoveInstance")
            verify(second, "an instance beyond the first can be removed")
            const steps = findAll(page, "formField", []).filter(
                f => f.Accessible.name === "What happened next?")
            compare(steps.length, 2)
            tryVerify(() => steps[1].activeFocus, 1000, "the new instance's question takes the keyboard")
            tryVerify(() => { const y = steps[1].mapToItem(page, 0, 0).y
                              return y >= 0 && y + steps[1].height <= page.height }, 1000,
                      "and is on screen")
            keyClick("x")
            compare(answers(page).item.filter(i => i.linkId === "link").length, 1,
                    "only the instance with an answer is written")
            bringIntoView(page, second)
            mouseClick(second)
            tryVerify(() => row(page, "Link in the chain (2)") === null)
            compare(answers(page).item?.filter(i => i.linkId === "link").length ?? 0, 0)
        }

        function test_sendStopsAtTheFirstQuestionStillNeeded() {
            const page = opened()
            let sent = 0
            page.sendRequested.connect(() => ++sent)
            const send = find(page, "formSendButton")
            bringIntoView(page, send)
            mouseClick(send)
            compare(sent, 0)
            const where = row(page, "Where were you?")
            tryCompare(where, "problem", "This one needs an answer before you send the form.")
            tryVerify(() => find(where, "formField").activeFocus, 1000, "the keyboard goes there")
            keyClick("h"); keyClick("o"); keyClick("m"); keyClick("e")
            tryCompare(where, "problem", "")
            bringIntoView(page, send)
            mouseClick(send)
            compare(sent, 1)
        }

        function test_tabReachesEveryAnswerInTheFormsOrder() {
            const page = opened()
            const where = find(row(page, "Where were you?"), "formField")
            where.forceActiveFocus(Qt.TabFocusReason)
            const reached = []
            for (let i = 0; i < 20; ++i) {
                keyClick(Qt.Key_Tab)
                const focused = root.Window.activeFocusItem
                reached.push(focused.Accessible.name)
                const y = focused.mapToItem(page, 0, 0).y
                verify(y >= 0 && y + focused.height <= page.height,
                       "the field with the keyboard is on screen: " + focused.Accessible.name)
            }
            verify(reached.indexOf("Did you use?: yes") >= 0, reached.join(" | "))
            verify(reached.indexOf("Hours slept") > reached.indexOf("Did you use?: yes"))
            verify(reached.indexOf("Anything else?") > reached.indexOf("Hours slept"))
        }

        function test_thePhq9ScoresAsAnsweredAndItem9OffersTheCrisisLinesAtOnce() {
            const page = createTemporaryObject(pageComponent, root)
            verify(fixture.openBuiltInForm(page.session, "phq-9", ""))
            waitForRendering(page)
            const total = () => row(page, "Total score")
            verify(total(), "the total is shown")
            compare(find(total(), "formValue"), null, "no total before any answer, not 0")
            const offer = () => find(page, "formCrisisOffer")
            compare(offer(), null)
            const items = findAll(page, "formOption", [])
            // Four options per item: "Nearly every day" for the first, "Several days" for item 9.
            mouseClick(items[3])
            tryCompare(find(total(), "formValue"), "text", "3")
            compare(offer(), null)
            const ninth = items[8 * 4 + 1]
            bringIntoView(page, ninth)
            mouseClick(ninth)
            tryCompare(find(total(), "formValue"), "text", "4")
            tryVerify(() => offer() !== null, 1000, "offered at once")
            let askedForHelp = 0
            page.helpRequested.connect(() => ++askedForHelp)
            mouseClick(find(page, "formCrisisLinesButton"))
            compare(askedForHelp, 1)
            mouseClick(find(page, "formCrisisLaterButton"))
            tryVerify(() => offer() === null)
        }

        function test_aBuiltInFormIsKeptAsItIsAnsweredResumesAndIsSent() {
            verify(fixture.profileOpen)
            const homework = createTemporaryObject(homeworkComponent, root)
            verify(homework.startBuiltIn("weekly-craving-check"))
            verify(homework.responseId.length > 0)
            const page = createTemporaryObject(homeworkPageComponent, root,
                                               { session: homework.form })
            waitForRendering(page)
            const often = row(page, "How often did you have cravings")
            verify(often)
            mouseClick(findAll(often, "formOption", [])[0])
            compare(homework.problem, "")

            const again = createTemporaryObject(homeworkComponent, root)
            verify(again.resume(homework.responseId), "the draft is in the store")
            const kept = JSON.parse(fixture.formResponse(again.form)).item ?? []
            const frequency = kept.find(item => item.linkId === "frequency")
            verify(frequency, JSON.stringify(kept))
            compare(frequency.answer.length, 1, "the answer given before is there again")

            verify(!homework.send(), "a question still needed stops Send")
            verify(page.session.problemCount > 0)
        }
        function test_aDraftResumesWithItsAnswers() {
            const saved = JSON.stringify({ resourceType: "QuestionnaireResponse", status: "in-progress",
                item: [{ linkId: "where", answer: [{ valueString: "At my sister's" }] },
                       { linkId: "used", answer: [{ valueBoolean: true }] },
                       { linkId: "what", answer: [{ valueString: "nothing in the end" }] }] })
            const page = opened(saved)
            compare(find(row(page, "Where were you?"), "formField").text, "At my sister's")
            verify(find(row(page, "Did you use?"), "formYes").checked)
            compare(find(row(page, "What did you use?"), "formField").text, "nothing in the end")
        }
    }
}
