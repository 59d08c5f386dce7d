import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stepstone

// Log a new craving or edit one. Everything but the intensity is optional; Save stays in reach.
Page {
    id: page

    property string logId
    signal finished()

    objectName: "cravingEditorPage"
    title: editor.editing ? qsTr("Edit craving") : qsTr("Log a craving")
    background: Rectangle { color: Theme.background }

    CravingEditor {
        id: editor
        session: ProfileSession
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
        implicitHeight: Theme.touchTarget + Theme.spacing
        background: Rectangle { color: Theme.background }
        Label {
            anchors.fill: parent
            anchors.leftMargin: Theme.spacingLarge
            verticalAlignment: Text.AlignVCenter
            text: page.title
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
            elide: Text.ElideRight
            Accessible.role: Accessible.Heading
        }
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(parent.width, Theme.contentMaxWidth) - 2 * Theme.spacing
            x: (parent.width - width) / 2
            spacing: Theme.spacing

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
                visible: editor.editing
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
                onClicked: page.finished()
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
}
