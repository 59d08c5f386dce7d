import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stepstone

// Writing one item of a plan section: a line, or a person with a phone (and when to call).
// Save hands the text up; the form stays open with the reason when it could not be kept.
ColumnLayout {
    id: form

    property bool contacts: false
    property bool asksWhen: false
    property string text
    property string phone
    property string whenToCall
    // Editing an item already in the plan: it can also be moved or removed.
    property bool existing: false
    property bool canMoveUp: false
    property bool canMoveDown: false

    signal saveRequested(string text, string phone, string whenToCall)
    signal cancelled()
    signal moveUpRequested()
    signal moveDownRequested()
    signal removeRequested()

    function takeFocus() {
        (form.contacts ? nameField : lineField).forceActiveFocus(Qt.TabFocusReason)
    }

    spacing: Theme.spacing

    TextArea {
        id: lineField
        objectName: "planLineField"
        visible: !form.contacts
        text: form.text
        wrapMode: TextEdit.Wrap
        placeholderText: qsTr("Write it in your own words")
        Accessible.name: qsTr("Text of this item")
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget
    }
    Label {
        visible: form.contacts
        text: qsTr("Name")
        font.pixelSize: Theme.fontSmall
        color: Theme.mutedText
        Layout.fillWidth: true
    }
    TextField {
        id: nameField
        objectName: "planNameField"
        visible: form.contacts
        text: form.text
        placeholderText: qsTr("Name")
        Accessible.name: qsTr("Name")
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.touchTarget
    }
    Label {
        visible: form.contacts
        text: qsTr("Phone number")
        font.pixelSize: Theme.fontSmall
        color: Theme.mutedText
        Layout.fillWidth: true
    }
    TextField {
        id: phoneField
        objectName: "planPhoneField"
        visible: form.contacts
        text: form.phone
        placeholderText: qsTr("Phone number")
        inputMethodHints: Qt.ImhDialableCharactersOnly
        Accessible.name: qsTr("Phone number")
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.touchTarget
    }
    Label {
        visible: form.contacts && form.asksWhen
        text: qsTr("When to call (optional)")
        font.pixelSize: Theme.fontSmall
        color: Theme.mutedText
        Layout.fillWidth: true
    }
    TextField {
        id: whenField
        objectName: "planWhenField"
        visible: form.contacts && form.asksWhen
        text: form.whenToCall
        placeholderText: qsTr("When to call (optional)")
        Accessible.name: qsTr("When to call")
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.touchTarget
    }
    Label {
        objectName: "planError"
        visible: text.length > 0
        text: PlanModel.errorText
        color: Theme.error
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.role: Accessible.AlertMessage
    }
    Flow {
        spacing: Theme.spacing
        Layout.fillWidth: true
        Button {
            objectName: "planSaveButton"
            text: qsTr("Save")
            highlighted: true
            Accessible.name: text
            onClicked: form.saveRequested(form.contacts ? nameField.text : lineField.text,
                                          phoneField.text, whenField.text)
        }
        Button {
            objectName: "planCancelButton"
            text: qsTr("Cancel")
            flat: true
            Accessible.name: text
            onClicked: {
                PlanModel.clearError()
                form.cancelled()
            }
        }
        Button {
            objectName: "planMoveUpButton"
            visible: form.existing && form.canMoveUp
            text: qsTr("Move up")
            flat: true
            Accessible.name: text
            onClicked: form.moveUpRequested()
        }
        Button {
            objectName: "planMoveDownButton"
            visible: form.existing && form.canMoveDown
            text: qsTr("Move down")
            flat: true
            Accessible.name: text
            onClicked: form.moveDownRequested()
        }
        Button {
            objectName: "planRemoveButton"
            visible: form.existing
            text: qsTr("Remove")
            flat: true
            Accessible.name: text
            onClicked: form.removeRequested()
        }
    }
}
