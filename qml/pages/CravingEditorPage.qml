import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stepstone

// Log a new craving or edit one. Everything but the intensity is optional; Save stays in reach.
// Leaving without saving keeps a draft (CravingDrafts); Cancel asks before throwing work away.
Page {
    id: page

    property string logId
    signal finished()

    objectName: "cravingEditorPage"
    title: page.logId.length > 0 ? qsTr("Edit craving") : qsTr("Log a craving")
    background: Rectangle { color: Theme.background }

    CravingEditor {
        id: editor
        session: ProfileSession
        drafts: CravingDrafts
        deletion: CravingDeletion
        offer: HighCravingOffer
        onSaved: page.finished()
        onRemoved: page.finished()
    }

    Component.onCompleted: page.logId.length > 0 ? editor.load(page.logId) : editor.startNew()
    StackView.onActivated: intensity.takeFocus()

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
                objectName: "cravingTime"
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
                objectName: "draftNotice"
                visible: editor.resumedDraft
                onDiscardRequested: discardDialog.ask(false)
            }

            SectionCard {
                IntensityPicker {
                    id: intensity
                    Layout.fillWidth: true
                    value: editor.intensity
                    from: editor.minimumIntensity
                    to: editor.maximumIntensity
                    onMoved: value => editor.intensity = value
                }
            }

            SectionCard {
                title: qsTr("What set it off?")
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacingSmall
                    Repeater {
                        model: editor.triggerChoices
                        delegate: TriggerChip {
                            required property var modelData
                            objectName: "trigger-" + modelData.code
                            text: modelData.label
                            checked: editor.selectedTriggers.indexOf(modelData.code) >= 0
                            onClicked: editor.toggleTrigger(modelData.code)
                        }
                    }
                }
            }

            SectionCard {
                title: qsTr("What was happening?")
                TextArea {
                    objectName: "noteField"
                    Layout.fillWidth: true
                    Layout.minimumHeight: 80
                    wrapMode: TextEdit.Wrap
                    placeholderText: qsTr("Where you were, who was there, what you felt (optional)")
                    text: editor.note
                    Accessible.name: qsTr("What was happening")
                    onTextChanged: editor.note = text
                }
            }

            SectionCard {
                title: qsTr("What did you do?")
                ComboBox {
                    objectName: "skillPicker"
                    Layout.fillWidth: true
                    model: CopingSkillList
                    textRole: "title"
                    valueRole: "skillId"
                    currentIndex: CopingSkillList.indexOf(editor.copingSkillId)
                    Accessible.name: qsTr("Coping skill used")
                    onActivated: editor.copingSkillId = currentValue
                }
            }

            SectionCard {
                title: qsTr("How did it end?")
                Repeater {
                    model: editor.outcomeChoices
                    delegate: RadioButton {
                        required property var modelData
                        objectName: "outcome-" + modelData.code
                        text: modelData.label
                        checked: editor.outcome === modelData.code
                        Accessible.name: text
                        onClicked: editor.outcome = modelData.code
                    }
                }
            }

            Label {
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
                visible: editor.editing && page.logId.length > 0
                objectName: "deleteButton"
                text: qsTr("Delete")
                flat: true
                Accessible.name: qsTr("Delete this craving log")
                onClicked: editor.remove()
            }
            Item { Layout.fillWidth: true }
            Button {
                objectName: "cancelButton"
                text: qsTr("Cancel")
                flat: true
                Accessible.name: text
                onClicked: editor.unsavedChanges ? discardDialog.ask(true) : page.finished()
            }
            Button {
                objectName: "saveButton"
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

        objectName: "discardDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacingLarge, 420)
        modal: true
        title: editor.editing ? qsTr("Discard your changes?") : qsTr("Discard this craving log?")
        onOpened: keepEditing.forceActiveFocus(Qt.PopupFocusReason)

        EmptyState {
            width: parent.width
            text: qsTr("What you entered will be lost.")
        }

        footer: RowLayout {
            spacing: Theme.spacing
            Item { Layout.fillWidth: true }
            Button {
                id: keepEditing
                objectName: "keepEditingButton"
                text: qsTr("Keep editing")
                Layout.bottomMargin: Theme.spacingLarge
                Accessible.name: text
                onClicked: discardDialog.close()
            }
            Button {
                objectName: "confirmDiscardButton"
                text: qsTr("Discard")
                Layout.rightMargin: Theme.spacingLarge
                Layout.bottomMargin: Theme.spacingLarge
                Accessible.name: text
                onClicked: discardDialog.discard()
            }
        }
    }
}
