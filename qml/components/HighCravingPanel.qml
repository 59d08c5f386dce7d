import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stepstone

// Shown beside the page right after a strong craving was logged: the client's own coping steps
// and people, and the urge timer, a tap away. An offer only: nothing behind it is blocked, and
// "Not now" or Esc puts it away. However long the plan, its buttons stay in view.
Pane {
    id: panel

    property real maximumHeight: 480
    signal helpRequested()

    objectName: "highCravingOffer"
    padding: Theme.spacingLarge
    implicitHeight: Math.min(layout.implicitHeight + topPadding + bottomPadding, maximumHeight)
    Accessible.role: Accessible.Grouping
    Accessible.name: heading.text
    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: Theme.primary
        border.width: 2
    }

    ColumnLayout {
        id: layout
        anchors.fill: parent
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

        Flickable {
            id: plan
            clip: true
            contentHeight: planColumn.implicitHeight
            boundsBehavior: Flickable.StopAtBounds
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: planColumn.implicitHeight
            ScrollBar.vertical: ScrollBar {}

            ColumnLayout {
                id: planColumn
                width: plan.width
                spacing: Theme.spacing
                Label {
                    text: qsTr("Strong cravings rise and pass. Here is what you wrote for times "
                               + "like this.")
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Repeater {
                    model: PlanModel.firstCopingSteps
                    delegate: Label {
                        required property string modelData
                        objectName: "offerStep"
                        text: "\u2022 " + modelData
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                }
                Repeater {
                    model: PlanModel.firstPeople
                    delegate: PersonRow {
                        required property var modelData
                        objectName: "offerPerson"
                        person: modelData
                        Layout.fillWidth: true
                        Layout.topMargin: Theme.spacingSmall
                    }
                }
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
