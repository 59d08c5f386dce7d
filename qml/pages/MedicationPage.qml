import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stepstone

// The client's medicines, MAT included: today's doses to mark in one tap, the list with each
// medicine's dose, schedule and refill, and the form that adds or changes one.
Page {
    id: page

    objectName: "medicationPage"
    title: qsTr("Medicines")
    background: Rectangle { color: Theme.background }

    property bool formOpen: false

    function openForm(medicationId) {
        if (medicationId.length > 0)
            editor.load(medicationId)
        else if (!page.formOpen)
            editor.startNew()
        page.formOpen = true
        scroll.ScrollBar.vertical.position = 0
        form.takeFocus()
    }

    header: PageHeader {
        objectName: "medicationHeader"
        title: page.title
        actionText: page.formOpen ? "" : qsTr("Add")
        onActionTriggered: page.openForm("")
    }

    MedicationEditor {
        id: editor
        session: ProfileSession
    }

    ScrollView {
        id: scroll
        objectName: "medicationScroll"
        anchors.fill: parent
        implicitWidth: 0
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(parent.width, Theme.contentMaxWidth) - 2 * Theme.spacing
            x: (parent.width - width) / 2
            spacing: Theme.spacing

            SectionCard {
                objectName: "medicationFormCard"
                visible: page.formOpen
                title: editor.editing ? qsTr("Change a medicine") : qsTr("Add a medicine")
                MedicationForm {
                    id: form
                    editor: editor
                    Layout.fillWidth: true
                    onClosed: page.formOpen = false
                }
            }

            SectionCard {
                objectName: "dosesTodayCard"
                title: qsTr("Today's doses")
                EmptyState {
                    visible: dosesToday.count === 0
                    text: dosesToday.errorText.length > 0 ? dosesToday.errorText
                        : medications.count === 0 ? qsTr("Add a medicine to see its doses here.")
                        : qsTr("No doses scheduled for today.")
                }
                Repeater {
                    model: DosesTodayModel {
                        id: dosesToday
                        session: ProfileSession
                    }
                    delegate: DoseRow {
                        doses: dosesToday
                        Layout.fillWidth: true
                    }
                }
                Label {
                    objectName: "doseActionError"
                    visible: text.length > 0
                    text: dosesToday.actionErrorText
                    color: Theme.error
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }

            SectionCard {
                objectName: "medicationListCard"
                title: qsTr("Your medicines")
                Layout.bottomMargin: Theme.spacingLarge + (undoBar.visible ? undoBar.height : 0)
                EmptyState {
                    visible: medications.count === 0
                    text: medications.errorText.length > 0 ? medications.errorText
                        : qsTr("None yet. Add the medicines of your treatment, with their doses "
                               + "and times; they stay on this device.")
                }
                Repeater {
                    model: MedicationListModel {
                        id: medications
                        session: ProfileSession
                    }
                    delegate: ColumnLayout {
                        id: medication
                        required property string medicationId
                        required property string name
                        required property string doseText
                        required property string scheduleText
                        required property string refillText
                        required property bool refillPast
                        required property string prescriber
                        objectName: "medicationRow"
                        spacing: Theme.spacingSmall
                        Layout.fillWidth: true
                        // Positioned rather than a row layout, which kept a wrapped name's
                        // height from before the width was known.
                        Item {
                            Layout.fillWidth: true
                            implicitHeight: Math.max(nameLabel.implicitHeight,
                                                     editButton.implicitHeight)
                            Label {
                                id: nameLabel
                                objectName: "medicationName"
                                anchors {
                                    left: parent.left
                                    right: editButton.left
                                    rightMargin: Theme.spacing
                                    verticalCenter: parent.verticalCenter
                                }
                                text: medication.name + " \u00b7 " + medication.doseText
                                font.pixelSize: Theme.fontBody
                                font.bold: true
                                wrapMode: Text.Wrap
                            }
                            Button {
                                id: editButton
                                objectName: "medicationEditButton"
                                anchors { right: parent.right; verticalCenter: parent.verticalCenter }
                                text: qsTr("Edit")
                                Accessible.name: qsTr("Edit %1").arg(medication.name)
                                onClicked: page.openForm(medication.medicationId)
                            }
                        }
                        Label {
                            text: medication.scheduleText
                            color: Theme.mutedText
                            font.pixelSize: Theme.fontSmall
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Label {
                            objectName: "medicationRefill"
                            visible: text.length > 0
                            text: medication.refillText
                            color: medication.refillPast ? Theme.error : Theme.mutedText
                            font.pixelSize: Theme.fontSmall
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Label {
                            visible: text.length > 0
                            text: medication.prescriber.length > 0
                                  ? qsTr("Prescribed by %1").arg(medication.prescriber) : ""
                            color: Theme.mutedText
                            font.pixelSize: Theme.fontSmall
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                    }
                }
            }
        }
    }

    UndoBar {
        id: undoBar
        objectName: "medicationUndoBar"
        visible: MedicationDeletion.undoable
        width: Math.min(page.width - 2 * Theme.spacing, Theme.contentMaxWidth)
        anchors { horizontalCenter: parent.horizontalCenter; bottom: parent.bottom }
        anchors.bottomMargin: Theme.spacing
        text: MedicationDeletion.errorText.length > 0 ? MedicationDeletion.errorText
                                                      : qsTr("Medicine removed")
        actionText: qsTr("Undo")
        actionName: qsTr("Undo removing the medicine")
        onActionTriggered: MedicationDeletion.undo()
    }

    Binding {
        target: MedicationDeletion
        property: "held"
        value: undoBar.visible && undoBar.held
    }

    Shortcut {
        sequence: "Ctrl+Z"
        enabled: page.visible && MedicationDeletion.undoable && !CravingDeletion.undoable
        onActivated: MedicationDeletion.undo()
    }
}
