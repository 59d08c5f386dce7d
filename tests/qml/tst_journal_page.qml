import QtQuick
import QtTest
import Stepstone

// The journal page on its own: entries by day, newest first, a page at a time with "Load more";
// a search finds words by their start with accents folded and marks what matched; whatever is
// typed, the answer is entries or a plain "nothing matches", never an error.
// (TestCase is invisible: the page is made in the root item.)
Item {
    id: root
    width: 360
    height: 640

    Component {
        id: pageComponent
        JournalPage {
            width: root.width
            height: root.height
        }
    }

    TestCase {
        name: "JournalPage"
        when: windowShown

        SignalSpy { id: openSpy; signalName: "openRequested" }
        SignalSpy { id: writeSpy; signalName: "writeRequested" }

        function find(item, name) {
            if (item.objectName === name)
                return item
            for (let i = 0; i < item.children.length; ++i) {
                const found = find(item.children[i], name)
                if (found)
                    return found
            }
            return null
        }
        function visibleText(item) {
            let text = item.visible && item.text !== undefined ? String(item.text) : ""
            for (let i = 0; i < item.children.length; ++i)
                text += "\n" + visibleText(item.children[i])
            return text
        }

        // One test writes everything the others read: the profile is shared by the whole run.
        function initTestCase() {
            verify(fixture.profileOpen)
            verify(fixture.addJournalEntry("Yesterday", "La búsqueda de trabajo me cansa", 24 * 60))
            verify(fixture.addJournalEntry("", "Walked by the river after group", 30))
            verify(fixture.addJournalEntry("Tonight", "Called my sponsor on the way home", 5))
            // Older than the first page, so "Load more" has something to bring.
            for (let i = 0; i < 35; ++i)
                verify(fixture.addJournalEntry("", "An older evening, number " + i, 3 * 24 * 60 + i))
        }

        function test_entriesByDayNewestFirstOpenAndWrite() {
            const page = createTemporaryObject(pageComponent, root)
            const list = find(page, "journalEntries")
            tryVerify(() => list.count >= 3)
            const newest = list.itemAtIndex(0)
            verify(newest.headingText.endsWith("· Tonight"), newest.headingText)
            verify(newest.accessibleText.length > 0, "the row reads out in words")
            const todaySection = newest.ListView.section
            list.positionViewAtIndex(2, ListView.Contain)
            tryVerify(() => list.itemAtIndex(2) !== null)
            const yesterday = list.itemAtIndex(2)
            verify(yesterday.headingText.endsWith("· Yesterday"), yesterday.headingText)
            verify(yesterday.ListView.section !== todaySection, "yesterday's entry is under another day")
            list.positionViewAtBeginning()
            tryVerify(() => list.itemAtIndex(0) !== null)
            waitForRendering(list)
            const first = list.itemAtIndex(0)

            openSpy.target = page
            mouseClick(first)
            compare(openSpy.count, 1)
            compare(openSpy.signalArguments[0][0], first.entryId)

            writeSpy.target = page
            mouseClick(find(page.header, "journalHeaderAction"))
            compare(writeSpy.count, 1)
        }

        function test_loadMoreBringsTheOlderEntries() {
            const page = createTemporaryObject(pageComponent, root)
            const list = find(page, "journalEntries")
            tryCompare(list, "count", 30)
            const more = find(page, "loadMoreButton")
            verify(more.visible)
            list.positionViewAtEnd()
            waitForRendering(list)
            mouseClick(more)
            tryCompare(list, "count", 38)
            tryVerify(() => !more.visible, 1000, "nothing more to load")
        }

        function test_searchFoldsAccentsMatchesPrefixesAndMarksTheMatch() {
            const page = createTemporaryObject(pageComponent, root)
            const list = find(page, "journalEntries")
            const search = find(page, "journalSearch")
            search.text = "busq trab"
            tryCompare(list, "count", 1)
            const hit = list.itemAtIndex(0)
            verify(hit.headingText.endsWith("· Yesterday"), hit.headingText)
            verify(hit.highlights.length >= 2, "both words are marked")

            search.text = "walk riv"
            tryCompare(list, "count", 1)
            search.text = "sponsor zzz"
            tryCompare(list, "count", 0)
            verify(visibleText(page).includes("Nothing in your journal matches"))
        }

        function test_queryCharactersAreWordsNotSyntax() {
            const page = createTemporaryObject(pageComponent, root)
            const list = find(page, "journalEntries")
            const search = find(page, "journalSearch")
            for (const typed of ["\"", "*", "NEAR", "river NEAR group", "-river", "(", "OR"]) {
                search.text = typed
                wait(50)
                const shown = visibleText(page)
                verify(!/error|syntax|malformed|SQL/i.test(shown), typed + ": " + shown)
                verify(list.count > 0 || shown.includes("Nothing in your journal matches"), typed)
            }
            search.text = "river NEAR group"
            tryCompare(list, "count", 0, 1000, "NEAR is a word to find, and no entry has it")
            search.text = ""
            tryVerify(() => list.count >= 30)
        }
    }
}
