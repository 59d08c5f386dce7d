import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Qt.labs.qmlmodels
import Stepstone

// One form, drawn from its rows whatever the form is (built in or the clinic's): each row by
// the component for its kind. Every answer goes to the session at once; Send asks it whether
// anything is missing and, if so, takes the client to the first question to look at.
Page {
    id: page

    required property FormSession session
    // What stops the answers being kept, in words ("" when they are).
    property string problem
    // Whether Send gives the answers to the clinic, or only marks the client's own form done.
    property bool shared: true

    signal sendRequested()
    signal closeRequested()
    // The client asked for the crisis lines (the help page).
    signal helpRequested()

    readonly property Flickable scrolled: scroll.contentItem as Flickable

    // Brings `item` (a field that just took the keyboard) into view, with a little room above.
    function reveal(item) {
        if (!item || !page.scrolled)
            return
        const top = item.mapToItem(column, 0, 0).y
        const bottom = top + item.height
        if (top - Theme.spacingLarge < scrolled.contentY)
            scrolled.contentY = Math.max(0, top - Theme.spacingLarge)
        else if (bottom + Theme.spacingLarge > scrolled.contentY + scrolled.height)
            scrolled.contentY = Math.min(scrolled.contentHeight - scrolled.height,
                                         bottom + Theme.spacingLarge - scrolled.height)
    }

    // The keyboard goes to the row's field once the view has made it.
    function focusRow(row) {
        page.rowToFocus = row
        afterLayout.restart()
    }

    // A row just added is made by the view after this turn of the event loop.
    property int rowToFocus: -1
    Timer {
        id: afterLayout
        interval: 0
        onTriggered: {
            (rows.itemAt(page.rowToFocus) as FormRowFrame)?.takeFocus()
            page.rowToFocus = -1
        }
    }

    // The field with the keyboard stays in view while the layout places the rows around it,
    // until the client scrolls.
    property Item revealed: null
    Connections {
        target: page.scrolled
        function onContentHeightChanged() {
            if (page.revealed && page.revealed.activeFocus)
                page.reveal(page.revealed)
        }
        function onMovementStarted() { page.revealed = null }
    }

    function send() {
        if (page.session.checkBeforeSending()) {
            page.sendRequested()
            return
        }
        const first = rows.itemAt(page.session.firstProblemRow) as FormRowFrame
        if (first) {
            page.reveal(first)
            first.takeFocus()
        }
    }

    // Ctrl+Enter sends, as from the Send button.
    Shortcut {
        sequences: ["Ctrl+Return", "Ctrl+Enter"]
        enabled: page.visible && page.session.loaded && !page.session.finished
        onActivated: page.send()
    }

    objectName: "formPage"
    title: page.session.title
    background: Rectangle { color: Theme.background }

    header: PageHeader {
        objectName: "formHeader"
        title: page.title
    }

    Connections {
        target: page.Window.window
        function onActiveFocusItemChanged() {
            const focused = page.Window.activeFocusItem
            if (focused && column.contains(focused.mapToItem(column, 0, 0))) {
                page.revealed = focused
                page.reveal(focused)
            }
        }
    }

    // Offered at once, without waiting for the clinic to read the answers, and kept in view
    // until the client acts on it or sets it aside.
    property bool crisisOfferSetAside: false
    footer: Pane {
        objectName: "formCrisisOffer"
        visible: page.session.offersCrisisLines && !page.crisisOfferSetAside
        padding: Theme.spacingLarge
        background: Rectangle {
            color: Theme.selectedFill
            border.color: Theme.outline
        }
        ColumnLayout {
            anchors { left: parent.left; right: parent.right }
            spacing: Theme.spacing
            Label {
                text: qsTr("Thank you for saying so. You don't have to wait for your next session: "
                           + "you can talk to someone now, any time.")
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            Flow {
                spacing: Theme.spacing
                Layout.fillWidth: true
                Button {
                    objectName: "formCrisisLinesButton"
                    text: qsTr("Talk to someone now")
                    highlighted: true
                    Accessible.name: text
                    onClicked: page.helpRequested()
                }
                Button {
                    objectName: "formCrisisLaterButton"
                    text: qsTr("Not now")
                    flat: true
                    Accessible.name: qsTr("Not now: the crisis lines stay on the Help page")
                    onClicked: page.crisisOfferSetAside = true
                }
            }
        }
    }

    ScrollView {
        id: scroll
        objectName: "formScroll"
        anchors.fill: parent
        implicitWidth: 0
        contentWidth: availableWidth

        ColumnLayout {
            id: column
            width: Math.min(parent.width, Theme.contentMaxWidth) - 2 * Theme.spacingLarge
            x: (parent.width - width) / 2
            spacing: Theme.spacing

            Label {
                objectName: "formPageProblem"
                visible: page.problem.length > 0
                text: page.problem
                textFormat: Text.PlainText
                color: Theme.error
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            Label {
                objectName: "formFinishedNote"
                visible: page.session.finished
                text: page.shared ? qsTr("Sent to your therapist. These are your answers as you sent them.")
                                  : qsTr("Done. These are your answers; they stay on this device.")
                color: Theme.mutedText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
            }

            Repeater {
                id: rows
                model: page.session
                delegate: DelegateChooser {
                    role: "kind"
                    DelegateChoice { roleValue: "group"; FormGroupRow { session: page.session } }
                    DelegateChoice {
                        roleValue: "add-instance"
                        FormAddInstanceRow {
                            session: page.session
                            onAdded: first => page.focusRow(first)
                        }
                    }
                    DelegateChoice { roleValue: "line"; FormTextRow { session: page.session } }
                    DelegateChoice { roleValue: "number"; FormTextRow { session: page.session } }
                    DelegateChoice { roleValue: "quantity"; FormTextRow { session: page.session } }
                    DelegateChoice { roleValue: "date"; FormTextRow { session: page.session } }
                    DelegateChoice { roleValue: "time"; FormTextRow { session: page.session } }
                    DelegateChoice { roleValue: "date-time"; FormTextRow { session: page.session } }
                    DelegateChoice { roleValue: "paragraph"; FormParagraphRow { session: page.session } }
                    DelegateChoice { roleValue: "yes-no"; FormYesNoRow { session: page.session } }
                    DelegateChoice { roleValue: "radio"; FormChoiceRow { session: page.session } }
                    DelegateChoice { roleValue: "check-list"; FormChoiceRow { session: page.session } }
                    DelegateChoice { roleValue: "drop-down"; FormDropDownRow { session: page.session } }
                    DelegateChoice { roleValue: "slider"; FormSliderRow { session: page.session } }
                    DelegateChoice { FormNoteRow {} }
                }
            }

            Label {
                objectName: "formCopyright"
                visible: text.length > 0
                text: page.session.copyright
                textFormat: Text.PlainText
                font.pixelSize: Theme.fontSmall
                color: Theme.mutedText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingLarge
            }
            Flow {
                spacing: Theme.spacing
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                Layout.bottomMargin: Theme.spacingLarge
                Button {
                    objectName: "formSendButton"
                    visible: !page.session.finished && page.session.loaded
                    text: page.shared ? qsTr("Send to my therapist") : qsTr("Mark as done")
                    highlighted: true
                    Accessible.name: page.shared ? text
                                                 : qsTr("Mark as done: it stays on this device")
                    onClicked: page.send()
                }
                Button {
                    objectName: "formLaterButton"
                    text: page.session.finished || !page.session.loaded ? qsTr("Back")
                                                                        : qsTr("Finish later")
                    flat: !page.session.finished && page.session.loaded
                    Accessible.name: page.session.finished || !page.session.loaded
                                     ? text : qsTr("Finish later: your answers are kept")
                    onClicked: page.closeRequested()
                }
            }
        }
    }
}
