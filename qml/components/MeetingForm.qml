import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stepstone

// Writing one peer-support meeting: name, kind, day, time, place or link, a note. Save hands
// it to the editor; when it cannot be kept, the form stays open with the reason and everything
// as typed.
ColumnLayout {
    id: form

    required property MeetingEditor editor
    // Empty for a new meeting.
    property string meetingId
    property string name
    property int kind: 0
    property int weekday: 1
    property string timeText
    property string place
    property string link
    property string note

    signal cancelled()
    signal removeRequested()

    function takeFocus() {
        nameField.forceActiveFocus(Qt.TabFocusReason)
    }

    // After a refused save, the keyboard goes to the field the reason is about.
    function focusField(field) {
        const fields = { name: nameField, day: dayBox, time: timeField, place: placeField,
                         link: linkField, note: noteField }
        fields[field]?.forceActiveFocus(Qt.TabFocusReason)
    }

    spacing: Theme.spacingSmall

    Label {
        text: qsTr("Name")
        font.pixelSize: Theme.fontSmall
        color: Theme.mutedText
        Layout.fillWidth: true
    }
    TextField {
        id: nameField
        objectName: "meetingNameField"
        text: form.name
        placeholderText: qsTr("Tuesday night home group")
        Accessible.name: qsTr("Meeting name")
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.touchTarget
    }
    Label {
        text: qsTr("Kind")
        font.pixelSize: Theme.fontSmall
        color: Theme.mutedText
        Layout.fillWidth: true
    }
    ComboBox {
        id: kindBox
        objectName: "meetingKindBox"
        model: form.editor.kindNames
        currentIndex: form.kind
        Accessible.name: qsTr("Kind of meeting: %1").arg(currentText)
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.touchTarget
    }
    GridLayout {
        columns: form.width >= Theme.compactWidth ? 2 : 1
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacingSmall
        Layout.fillWidth: true
        ColumnLayout {
            spacing: Theme.spacingSmall
            Layout.fillWidth: true
            Label {
                text: qsTr("Day")
                font.pixelSize: Theme.fontSmall
                color: Theme.mutedText
                Layout.fillWidth: true
            }
            ComboBox {
                id: dayBox
                objectName: "meetingDayBox"
                model: form.editor.weekdayNames
                currentIndex: form.weekday - 1
                Accessible.name: qsTr("Day of the week: %1").arg(currentText)
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget
            }
        }
        ColumnLayout {
            spacing: Theme.spacingSmall
            Layout.fillWidth: true
            Label {
                text: qsTr("Time (like 19:30)")
                font.pixelSize: Theme.fontSmall
                color: Theme.mutedText
                Layout.fillWidth: true
            }
            TextField {
                id: timeField
                objectName: "meetingTimeField"
                text: form.timeText
                placeholderText: "19:30"
                inputMethodHints: Qt.ImhPreferNumbers
                Accessible.name: qsTr("Time")
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget
            }
        }
    }
    Label {
        text: qsTr("Place (optional)")
        font.pixelSize: Theme.fontSmall
        color: Theme.mutedText
        Layout.fillWidth: true
    }
    TextField {
        id: placeField
        objectName: "meetingPlaceField"
        text: form.place
        placeholderText: qsTr("Address or room")
        Accessible.name: qsTr("Place")
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.touchTarget
    }
    Label {
        text: qsTr("Link for online meetings (optional, https://)")
        font.pixelSize: Theme.fontSmall
        color: Theme.mutedText
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    TextField {
        id: linkField
        objectName: "meetingLinkField"
        text: form.link
        placeholderText: "https://"
        inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
        Accessible.name: qsTr("Link")
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.touchTarget
    }
    Label {
        text: qsTr("Note (optional)")
        font.pixelSize: Theme.fontSmall
        color: Theme.mutedText
        Layout.fillWidth: true
    }
    TextArea {
        id: noteField
        objectName: "meetingNoteField"
        text: form.note
        wrapMode: TextEdit.Wrap
        placeholderText: qsTr("Who to ask for, what to bring")
        Accessible.name: qsTr("Note")
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget
    }
    Label {
        objectName: "meetingError"
        visible: text.length > 0
        text: form.editor.errorText
        color: Theme.error
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
    Flow {
        spacing: Theme.spacing
        Layout.fillWidth: true
        Button {
            objectName: "meetingSaveButton"
            text: qsTr("Save")
            highlighted: true
            Accessible.name: qsTr("Save meeting")
            // Once saved, the editor says so and the page closes the form (this one may be gone).
            onClicked: {
                if (!form.editor.save(form.meetingId, nameField.text, kindBox.currentIndex,
                                      dayBox.currentIndex + 1, timeField.text, placeField.text,
                                      linkField.text, noteField.text))
                    form.focusField(form.editor.errorField)
            }
        }
        Button {
            objectName: "meetingCancelButton"
            text: qsTr("Cancel")
            flat: true
            Accessible.name: text
            onClicked: {
                form.editor.clearError()
                form.cancelled()
            }
        }
        Button {
            objectName: "meetingRemoveButton"
            visible: form.meetingId.length > 0
            text: qsTr("Remove")
            flat: true
            Accessible.name: qsTr("Remove this meeting")
            onClicked: {
                form.editor.clearError()
                form.removeRequested()
            }
        }
    }
}
