import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stepstone

// One of the client's meetings as they wrote it: name, kind, when, place, link and note, with
// the link opened in the system's browser (only https) and a way to change it.
ColumnLayout {
    id: row

    required property string name
    required property string kindText
    required property string whenText
    required property string place
    required property string link
    required property bool linkOpenable
    required property string note

    signal editRequested()

    spacing: Theme.spacingSmall

    Label {
        objectName: "meetingName"
        text: row.name
        font.pixelSize: Theme.fontBody
        font.bold: true
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        objectName: "meetingWhen"
        text: qsTr("%1 · %2").arg(row.whenText).arg(row.kindText)
        font.pixelSize: Theme.fontSmall
        color: Theme.mutedText
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        visible: row.place.length > 0
        text: row.place
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.name: qsTr("Place: %1").arg(row.place)
    }
    Label {
        visible: row.note.length > 0
        text: row.note
        font.pixelSize: Theme.fontSmall
        color: Theme.mutedText
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Flow {
        spacing: Theme.spacing
        Layout.fillWidth: true
        Button {
            objectName: "meetingLinkButton"
            visible: row.linkOpenable
            text: qsTr("Open meeting link")
            Accessible.name: qsTr("Open the link of %1").arg(row.name)
            Accessible.description: row.link
            onClicked: ContactActions.open(row.link)
        }
        Button {
            objectName: "meetingEditButton"
            text: qsTr("Change")
            flat: true
            Accessible.name: qsTr("Change %1").arg(row.name)
            onClicked: row.editRequested()
        }
    }
}
