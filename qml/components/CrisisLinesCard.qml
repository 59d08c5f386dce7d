import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stepstone

// Crisis lines, from the data file a clinic can replace (CrisisLineList), in the client's
// language: each with its ways in (call, text, chat) as buttons.
SectionCard {
    id: card

    title: qsTr("Crisis lines, any time")

    Label {
        objectName: "crisisLinesProblem"
        visible: text.length > 0
        text: CrisisLineList.problem
        color: Theme.error
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    Repeater {
        model: CrisisLineList
        delegate: ColumnLayout {
            id: line

            required property string name
            required property string description
            required property var contacts

            objectName: "crisisLine"
            spacing: Theme.spacingSmall
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingSmall

            Label {
                text: line.name
                font.pixelSize: Theme.fontTitle
                font.bold: true
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.role: Accessible.Heading
            }
            Label {
                visible: text.length > 0
                text: line.description
                color: Theme.mutedText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Flow {
                spacing: Theme.spacing
                Layout.fillWidth: true
                Repeater {
                    model: line.contacts
                    delegate: Button {
                        required property var modelData
                        required property int index
                        objectName: "crisisContact"
                        text: modelData.note.length > 0
                              ? qsTr("%1 (%2)").arg(modelData.text).arg(modelData.note)
                              : modelData.text
                        highlighted: index === 0
                        Accessible.name: qsTr("%1: %2").arg(line.name).arg(text)
                        onClicked: ContactActions.open(modelData.url)
                    }
                }
            }
        }
    }
}
