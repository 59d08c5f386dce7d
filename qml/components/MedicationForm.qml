import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stepstone

// Adding or changing a medicine: every field as the client typed it, and beside each one what
// cannot be read. Nothing typed is cleared when Save cannot keep it yet.
ColumnLayout {
    id: form

    required property MedicationEditor editor
    signal closed()

    function takeFocus() {
        nameField.forceActiveFocus(Qt.TabFocusReason)
    }

    spacing: Theme.spacing

    component FieldTitle: Label {
        font.pixelSize: Theme.fontSmall
        color: Theme.mutedText
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    component FieldError: Label {
        visible: text.length > 0
        color: Theme.error
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }

    FieldTitle { text: qsTr("Name") }
    TextField {
        id: nameField
        objectName: "medicationNameField"
        text: form.editor.name
        placeholderText: qsTr("For example, buprenorphine")
        Accessible.name: qsTr("Medicine name")
        Accessible.description: form.editor.nameError
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.touchTarget
        onTextEdited: form.editor.name = text
    }
    FieldError { objectName: "medicationNameError"; text: form.editor.nameError }

    FieldTitle { text: qsTr("Dose") }
    TextField {
        objectName: "medicationDoseField"
        text: form.editor.dose
        placeholderText: qsTr("For example, 8 mg or 1 film")
        Accessible.name: qsTr("Dose")
        Accessible.description: form.editor.doseError
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.touchTarget
        onTextEdited: form.editor.dose = text
    }
    FieldError { objectName: "medicationDoseError"; text: form.editor.doseError }

    FieldTitle { text: qsTr("When") }
    Flow {
        spacing: Theme.spacing
        Layout.fillWidth: true
        Repeater {
            model: form.editor.kindChoices
            RadioButton {
                required property var modelData
                objectName: "medicationKind-" + modelData.code
                text: modelData.label
                checked: form.editor.kind === modelData.code
                Accessible.name: text
                onClicked: form.editor.kind = modelData.code
            }
        }
    }

    FieldTitle {
        visible: form.editor.kind === "clinic-days"
        text: qsTr("Clinic dosing days")
    }
    Flow {
        visible: form.editor.kind === "clinic-days"
        spacing: Theme.spacing
        Layout.fillWidth: true
        Repeater {
            model: form.editor.weekdayChoices
            TriggerChip {
                required property var modelData
                objectName: "medicationDay-" + modelData.day
                text: modelData.label
                checked: form.editor.clinicDays.indexOf(modelData.day) >= 0
                Accessible.name: modelData.name
                onClicked: form.editor.toggleClinicDay(modelData.day)
            }
        }
    }
    FieldError {
        objectName: "medicationDaysError"
        visible: form.editor.kind === "clinic-days" && text.length > 0
        text: form.editor.clinicDaysError
    }

    FieldTitle {
        visible: form.editor.kind !== "as-needed"
        text: qsTr("Times of day, separated by spaces")
    }
    TextField {
        objectName: "medicationTimesField"
        visible: form.editor.kind !== "as-needed"
        text: form.editor.times
        placeholderText: qsTr("For example, 08:00 20:00")
        inputMethodHints: Qt.ImhPreferNumbers
        Accessible.name: qsTr("Times of day")
        Accessible.description: form.editor.timesError
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.touchTarget
        onTextEdited: form.editor.times = text
    }
    FieldError {
        objectName: "medicationTimesError"
        visible: form.editor.kind !== "as-needed" && text.length > 0
        text: form.editor.timesError
    }

    FieldTitle { text: qsTr("Next refill (optional), year-month-day") }
    TextField {
        objectName: "medicationRefillField"
        text: form.editor.refillOn
        placeholderText: qsTr("For example, 2026-12-19")
        inputMethodHints: Qt.ImhDate
        Accessible.name: qsTr("Next refill date")
        Accessible.description: form.editor.refillError || form.editor.refillNotice
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.touchTarget
        onTextEdited: form.editor.refillOn = text
    }
    FieldError { objectName: "medicationRefillError"; text: form.editor.refillError }
    Label {
        objectName: "medicationRefillNotice"
        visible: text.length > 0
        text: form.editor.refillNotice
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }

    FieldTitle { text: qsTr("Prescriber (optional)") }
    TextField {
        objectName: "medicationPrescriberField"
        text: form.editor.prescriber
        Accessible.name: qsTr("Prescriber")
        Accessible.description: form.editor.prescriberError
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.touchTarget
        onTextEdited: form.editor.prescriber = text
    }
    FieldError { objectName: "medicationPrescriberError"; text: form.editor.prescriberError }

    FieldError { objectName: "medicationSaveError"; text: form.editor.errorText }
    FieldError {
        objectName: "medicationRemoveError"
        text: MedicationDeletion.undoable ? "" : MedicationDeletion.errorText
    }

    Flow {
        spacing: Theme.spacing
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
        Button {
            objectName: "medicationSaveButton"
            text: qsTr("Save")
            highlighted: true
            Accessible.name: qsTr("Save this medicine")
            onClicked: if (form.editor.save()) form.closed()
        }
        Button {
            objectName: "medicationCancelButton"
            text: qsTr("Cancel")
            Accessible.name: qsTr("Cancel, without saving")
            onClicked: form.closed()
        }
        Button {
            objectName: "medicationRemoveButton"
            visible: form.editor.editing
            text: qsTr("Remove")
            Accessible.name: qsTr("Remove this medicine")
            onClicked: {
                if (!MedicationDeletion.remove(form.editor.medicationId))
                    return
                form.editor.startNew()
                form.closed()
            }
        }
    }
}
