import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stepstone

// What could not be sent to the clinic as it is: what, why, and what the client can do.
SectionCard {
    id: card

    objectName: "setAsideCard"
    title: qsTr("Not sent to your clinic")
    readonly property int count: notSent.count

    EmptyState {
        visible: notSent.errorText.length > 0
        text: notSent.errorText
        color: Theme.error
    }

    Repeater {
        model: SetAsideModel {
            id: notSent
            session: ProfileSession
            clinic: ClinicConnection
        }
        delegate: ColumnLayout {
            id: item
            required property int index
            required property string what
            required property string why
            required property string howToFix
            Layout.fillWidth: true
            spacing: Theme.spacingSmall
            Label {
                text: item.what
                textFormat: Text.PlainText
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                text: item.why + " " + item.howToFix
                textFormat: Text.PlainText
                color: Theme.text
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Button {
                objectName: "keepOnDeviceButton"
                text: qsTr("Keep on this device only")
                Accessible.name: qsTr("Keep %1 on this device only").arg(item.what)
                onClicked: notSent.keepOnDeviceOnly(item.index)
            }
        }
    }
}
