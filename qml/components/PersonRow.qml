import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stepstone

// Someone the client can reach: their name, the phone as written, when to call, and Call and
// Text buttons when the phone can be dialled. A phone that cannot ("call mom") is shown as
// written with a note, and no button pretends to call it.
ColumnLayout {
    id: row

    required property var person // text, phone, whenToCall, callable, dialNote
    property bool large: false

    spacing: Theme.spacingSmall

    Label {
        text: row.person.text
        font.pixelSize: row.large ? Theme.fontTitle : Theme.fontBody
        font.bold: true
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        objectName: "personPhone"
        visible: row.person.phone.length > 0
        text: row.person.phone
        color: Theme.text
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        visible: row.person.whenToCall.length > 0
        text: qsTr("When: %1").arg(row.person.whenToCall)
        color: Theme.mutedText
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        objectName: "phoneNote"
        visible: text.length > 0
        text: row.person.dialNote
        color: Theme.mutedText
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    RowLayout {
        visible: row.person.callable
        spacing: Theme.spacing
        Layout.fillWidth: true
        Button {
            objectName: "callButton"
            text: qsTr("Call")
            highlighted: true
            Layout.fillWidth: true
            Accessible.name: qsTr("Call %1").arg(row.person.text)
            onClicked: ContactActions.call(row.person.phone)
        }
        Button {
            objectName: "textButton"
            text: qsTr("Text")
            Layout.fillWidth: true
            Accessible.name: qsTr("Text %1").arg(row.person.text)
            onClicked: ContactActions.text(row.person.phone, "")
        }
    }
}
