import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stepstone

// Shown beside the page right after a strong craving was logged: the client's own coping steps
// and people, and the urge timer, a tap away. An offer only: nothing behind it is blocked, and
// "Not now" or Esc puts it away.
Pane {
    id: panel

    signal helpRequested()

    objectName: "highCravingOffer"
    padding: Theme.spacingLarge
    Accessible.role: Accessible.Grouping
    Accessible.name: heading.text
    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: Theme.primary
        border.width: 2
    }

    ColumnLayout {
        anchors { left: parent.left; right: parent.right }
        spacing: Theme.spacing

        Label {
            id: heading
            text: qsTr("Your plan, for right now")
            font.pixelSize: Theme.fontTitle
            font.bold: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.role: Accessible.Heading
        }
        Label {
            text: qsTr("Strong cravings rise and pass. Here is what you wrote for times like this.")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Repeater {
            model: PlanModel.copingSteps.slice(0, 3)
            delegate: Label {
                required property string modelData
                objectName: "offerStep"
                text: "\u2022 " + modelData
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
        Repeater {
            model: PlanModel.people.slice(0, 2)
            delegate: PersonRow {
                required property var modelData
                objectName: "offerPerson"
                person: modelData
                Layout.fillWidth: true
            }
        }
        Flow {
            spacing: Theme.spacing
            Layout.fillWidth: true
            Button {
                objectName: "offerTimerButton"
                text: qsTr("Start the 20-minute timer")
                highlighted: true
                Accessible.name: text
                onClicked: {
                    UrgeTimer.start()
                    HighCravingOffer.dismiss()
                    panel.helpRequested()
                }
            }
            Button {
                objectName: "offerHelpButton"
                text: qsTr("More help")
                Accessible.name: qsTr("Open help now")
                onClicked: {
                    HighCravingOffer.dismiss()
                    panel.helpRequested()
                }
            }
            Button {
                objectName: "offerDismissButton"
                text: qsTr("Not now")
                flat: true
                Accessible.name: qsTr("Not now, close this")
                onClicked: HighCravingOffer.dismiss()
            }
        }
    }
}
