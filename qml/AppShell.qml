import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stepstone

// Navigation that fits the window: a bottom bar on a phone, a side rail on a desktop.
Item {
    id: shell

    readonly property bool compact: width < Theme.compactWidth
    readonly property var destinations: [
        { key: "today", title: qsTr("Today"), icon: "\u2302" },
        { key: "log", title: qsTr("Log"), icon: "\u2630" },
        { key: "journal", title: qsTr("Journal"), icon: "\u270e" },
        { key: "plan", title: qsTr("Plan"), icon: "\u2691" },
        { key: "homework", title: qsTr("Homework"), icon: "\u270d" },
        { key: "sessions", title: qsTr("Sessions"), icon: "\u25f7" },
        { key: "checkIn", title: qsTr("Check-in"), icon: "\u2713" },
        { key: "medicines", title: qsTr("Medicines"), icon: "\u211e" },
        { key: "program", title: qsTr("Program"), icon: "\u2693" },
        { key: "clinic", title: qsTr("Clinic"), icon: "\u2695" },
        { key: "reminders", title: qsTr("Reminders"), icon: "\u25d4" }
    ]
    property int currentIndex: 0

    // "I need help now": Main.qml shows it over whatever is open.
    signal helpRequested()

    function showPage(index) {
        currentIndex = index
        stack.pop(null)
    }

    // Goes to the destination with this key ("checkIn"); the order may change, the keys do not.
    function show(key) {
        showPage(destinations.findIndex(destination => destination.key === key))
    }

    function openEditor(logId) {
        stack.push(editorPage, { logId: logId })
    }

    function openJournalEditor(entryId) {
        stack.push(journalEditorPage, { entryId: entryId })
    }

    // One of: { taskId }, { responseId } or { builtInName }.
    function openHomework(what) {
        stack.push(homeworkFormPage, what)
    }

    // A reminder's "Open": what it is about.
    Connections {
        target: Reminders
        function onOpenRequested(destination) { shell.show(destination) }
    }

    Shortcut {
        sequence: "Ctrl+N"
        onActivated: shell.openEditor("")
    }

    Shortcut {
        sequence: "Ctrl+Z"
        enabled: CravingDeletion.undoable
        onActivated: CravingDeletion.undo()
    }

    Shortcut {
        sequence: "Ctrl+Z"
        enabled: JournalDeletion.undoable && !CravingDeletion.undoable
        onActivated: JournalDeletion.undo()
    }

    // Esc, or Back on Android, closes whatever page lies on top (the editor, sharing, …).
    Shortcut {
        sequences: ["Esc", "Back"]
        enabled: stack.depth > 1
        onActivated: stack.pop()
    }

    // After a strong craving, the offer of the client's plan goes away with Esc too.
    Shortcut {
        sequence: "Esc"
        enabled: offer.visible
        onActivated: HighCravingOffer.dismiss()
    }

    // Ctrl+1 … Ctrl+9 and Ctrl+0 go to the destinations, in the order they are shown.
    Repeater {
        model: Math.min(shell.destinations.length, 10)
        Item {
            id: destinationKey
            required property int index
            Shortcut {
                sequence: "Ctrl+" + ((destinationKey.index + 1) % 10)
                onActivated: shell.showPage(destinationKey.index)
            }
        }
    }

    NavigationRail {
        id: rail
        visible: !shell.compact
        width: Theme.railWidth
        anchors { left: parent.left; top: parent.top; bottom: parent.bottom }
        destinations: shell.destinations
        currentIndex: shell.currentIndex
        onSelected: index => shell.showPage(index)
        onHelpRequested: shell.helpRequested()
    }

    StackView {
        id: stack
        anchors {
            left: shell.compact ? parent.left : rail.right
            right: parent.right
            top: parent.top
            bottom: shell.compact ? bar.top : parent.bottom
        }
        initialItem: StackLayout {
            currentIndex: shell.currentIndex
            TodayPage {
                onLogCravingRequested: shell.openEditor("")
                onEditRequested: logId => shell.openEditor(logId)
                onDestinationRequested: key => shell.show(key)
                onLapseRequested: {
                    shell.show("checkIn")
                    checkInPage.recordLapse()
                }
                onHomeworkRequested: taskId => shell.openHomework({ taskId: taskId })
            }
            LogPage {
                onLogCravingRequested: shell.openEditor("")
                onEditRequested: logId => shell.openEditor(logId)
            }
            JournalPage {
                onWriteRequested: shell.openJournalEditor("")
                onOpenRequested: entryId => shell.openJournalEditor(entryId)
            }
            PlanPage {}
            HomeworkPage {
                onTaskOpened: taskId => shell.openHomework({ taskId: taskId })
                onResponseOpened: responseId => shell.openHomework({ responseId: responseId })
                onFormStarted: name => shell.openHomework({ builtInName: name })
            }
            SessionsPage {
                onConnectRequested: shell.show("clinic")
            }
            CheckInPage {
                id: checkInPage
                onPlanRequested: shell.show("plan")
                onHelpRequested: shell.helpRequested()
            }
            MedicationPage {}
            ProgramPage {}
            ClinicPage {
                onSharingRequested: stack.push(sharingPage)
            }
            RemindersPage {}
        }
    }

    NavigationBar {
        id: bar
        visible: shell.compact
        height: visible ? implicitHeight : 0
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        destinations: shell.destinations
        currentIndex: shell.currentIndex
        onSelected: index => shell.showPage(index)
        onMoreRequested: stack.push(morePage, { destinations: shell.destinations,
                                                firstIndex: bar.primaryCount })
        onHelpRequested: shell.helpRequested()
    }

    // Right after a strong craving was saved: the client's own plan, beside the page, never in
    // the way of the editor or another page on top.
    HighCravingPanel {
        id: offer
        visible: HighCravingOffer.shown && stack.depth === 1
        width: Math.min(stack.width - 2 * Theme.spacing, Theme.contentMaxWidth)
        // The page's title stays in sight above it: an offer, not a new screen.
        maximumHeight: Math.round(stack.height * 0.78)
        anchors { horizontalCenter: stack.horizontalCenter; bottom: stack.bottom }
        anchors.bottomMargin: Theme.spacing
        onHelpRequested: shell.helpRequested()
    }

    // After a delete, the way back, whatever page the client is on.
    UndoBar {
        id: undoBar
        objectName: "undoBar"
        visible: CravingDeletion.undoable
        width: Math.min(stack.width - 2 * Theme.spacing, Theme.contentMaxWidth)
        anchors { horizontalCenter: stack.horizontalCenter; bottom: stack.bottom }
        anchors.bottomMargin: Theme.spacing
        text: CravingDeletion.errorText.length > 0 ? CravingDeletion.errorText
                                                   : qsTr("Craving log deleted")
        actionText: qsTr("Undo")
        actionName: qsTr("Undo delete")
        onActionTriggered: CravingDeletion.undo()
    }

    Binding {
        target: CravingDeletion
        property: "held"
        value: undoBar.visible && undoBar.held
    }

    UndoBar {
        id: journalUndoBar
        objectName: "journalUndoBar"
        visible: JournalDeletion.undoable
        width: undoBar.width
        anchors { horizontalCenter: stack.horizontalCenter; bottom: undoBar.visible ? undoBar.top : stack.bottom }
        anchors.bottomMargin: Theme.spacing
        text: JournalDeletion.errorText.length > 0 ? JournalDeletion.errorText
                                                   : qsTr("Journal entry deleted")
        actionText: qsTr("Undo")
        actionName: qsTr("Undo delete of the journal entry")
        onActionTriggered: JournalDeletion.undo()
    }

    Binding {
        target: JournalDeletion
        property: "held"
        value: journalUndoBar.visible && journalUndoBar.held
    }

    Component {
        id: morePage
        MorePage {
            onSelected: index => shell.showPage(index)
        }
    }

    Component {
        id: sharingPage
        SharingPage {
            onDone: stack.pop()
        }
    }

    Component {
        id: editorPage
        CravingEditorPage {
            onFinished: stack.pop()
        }
    }

    Component {
        id: journalEditorPage
        JournalEditorPage {
            onFinished: stack.pop()
            onVersionsRequested: entryId => stack.push(journalVersionsPage, { entryId: entryId })
        }
    }

    Component {
        id: homeworkFormPage
        HomeworkFormPage {
            onDone: stack.pop()
            onHelpRequested: shell.helpRequested()
        }
    }

    Component {
        id: journalVersionsPage
        JournalVersionsPage {
            onDone: stack.pop()
        }
    }
}
