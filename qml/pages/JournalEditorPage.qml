import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stepstone

// Write a journal entry or change one. Only the words are needed; title, mood and tags are the
// client's to add. Earlier versions of an edited entry open from here, to read.
Page {
    id: page

    property string entryId
    signal finished()
    signal versionsRequested(string entryId)

    objectName: "journalEditorPage"
    title: page.entryId.length > 0 ? qsTr("Edit entry") : qsTr("New entry")
    background: Rectangle { color: Theme.background }

    JournalEditor {
        id: editor
        session: ProfileSession
        deletion: JournalDeletion
        drafts: JournalDrafts
        onSaved: page.finished()
        onRemoved: page.finished()
    }

    Component.onCompleted: page.entryId.length > 0 ? editor.load(page.entryId) : editor.startNew()
    StackView.onActivated: body.forceActiveFocus(Qt.OtherFocusReason)

    Shortcut {
        sequence: "Ctrl+S"
        onActivated: editor.save()
    }

    header: ToolBar {
        implicitHeight: Math.max(Theme.touchTarget + Theme.spacing,
                                 headerColumn.implicitHeight + Theme.spacing)
        background: Rectangle { color: Theme.background }
        ColumnLayout {
            id: headerColumn
            anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter }
            anchors.leftMargin: Theme.spacingLarge
            anchors.rightMargin: Theme.spacingLarge
            spacing: 0
            Label {
                text: page.title
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.role: Accessible.Heading
            }
            Label {
                objectName: "journalTime"
                visible: text.length > 0
                text: editor.whenText
                font.pixelSize: Theme.fontSmall
                color: Theme.mutedText
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
        }
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(parent.width, Theme.contentMaxWidth) - 2 * Theme.spacing
            x: (parent.width - width) / 2
            spacing: Theme.spacing

            DraftNotice {
                objectName: "journalDraftNotice"
                visible: editor.resumedDraft
                onDiscardRequested: discardDialog.ask(false)
            }

            SectionCard {
                TextField {
                    objectName: "journalTitleField"
                    Layout.fillWidth: true
                    placeholderText: qsTr("Title (optional)")
                    maximumLength: editor.maximumTitleLength
                    text: editor.title
                    Accessible.name: qsTr("Title")
                    onTextEdited: editor.title = text
                }
                TextArea {
                    id: body
                    objectName: "journalBodyField"
                    Layout.fillWidth: true
                    Layout.minimumHeight: 160
                    wrapMode: TextEdit.Wrap
                    placeholderText: qsTr("What is on your mind?")
                    text: editor.body
                    Accessible.name: qsTr("Journal entry")
                    onTextChanged: editor.body = text
                }
            }

            SectionCard {
                title: qsTr("Mood")
                MoodPicker {
                    Layout.fillWidth: true
                    noted: editor.hasMood
                    value: editor.mood
                    from: editor.minimumMood
                    to: editor.maximumMood
                    onNotedToggled: noted => editor.hasMood = noted
                    onMoved: value => editor.mood = value
                }
            }

            SectionCard {
                title: qsTr("Tags")
                TextField {
                    objectName: "journalTagsField"
                    Layout.fillWidth: true
                    placeholderText: qsTr("For example: family, sleep, work")
                    text: editor.tagsText
                    Accessible.name: qsTr("Tags, separated by commas")
                    onTextEdited: editor.tagsText = text
                }
            }

            Button {
                objectName: "earlierVersionsButton"
                visible: editor.earlierVersions > 0
                text: qsTr("Earlier versions (%1)").arg(editor.earlierVersions)
                flat: true
                Accessible.name: qsTr("Show the %n earlier versions of this entry", "",
                                      editor.earlierVersions)
                onClicked: page.versionsRequested(editor.entryId)
            }

            Label {
                objectName: "journalError"
                visible: editor.errorText.length > 0
                text: editor.errorText
                color: Theme.error
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.role: Accessible.AlertMessage
            }
        }
    }

    footer: ToolBar {
        background: Rectangle { color: Theme.surface }
        RowLayout {
            anchors.fill: parent
            anchors.margins: Theme.spacingSmall
            Button {
                visible: editor.editing
                objectName: "journalDeleteButton"
                text: qsTr("Delete")
                flat: true
                Accessible.name: qsTr("Delete this journal entry")
                onClicked: editor.remove()
            }
            Item { Layout.fillWidth: true }
            Button {
                objectName: "journalCancelButton"
                text: qsTr("Cancel")
                flat: true
                Accessible.name: text
                onClicked: editor.unsavedChanges ? discardDialog.ask(true) : page.finished()
            }
            Button {
                objectName: "journalSaveButton"
                text: qsTr("Save")
                highlighted: true
                Layout.preferredHeight: Theme.touchTarget
                Accessible.name: text
                onClicked: editor.save()
            }
        }
    }

    Dialog {
        id: discardDialog

        // Whether the editor closes once the work is discarded (Cancel) or starts afresh.
        property bool closeAfter

        function ask(closeEditor) {
            closeAfter = closeEditor
            open()
        }

        function discard() {
            close()
            editor.discardChanges()
            if (closeAfter)
                page.finished()
        }

        objectName: "journalDiscardDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacingLarge, 420)
        modal: true
        title: qsTr("Discard what you wrote?")
        onOpened: keepWriting.forceActiveFocus(Qt.PopupFocusReason)

        EmptyState {
            width: discardDialog.availableWidth
            text: qsTr("Your changes to this entry will be lost.")
        }

        footer: RowLayout {
            spacing: Theme.spacing
            Item { Layout.fillWidth: true }
            Button {
                id: keepWriting
                objectName: "keepWritingButton"
                text: qsTr("Keep writing")
                Layout.bottomMargin: Theme.spacingLarge
                Accessible.name: text
                onClicked: discardDialog.close()
            }
            Button {
                objectName: "confirmJournalDiscardButton"
                text: qsTr("Discard")
                Layout.rightMargin: Theme.spacingLarge
                Layout.bottomMargin: Theme.spacingLarge
                Accessible.name: text
                onClicked: discardDialog.discard()
            }
        }
    }
}
