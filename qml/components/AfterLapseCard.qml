import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stepstone

// Right after a lapse is saved: what the client's own plan says to do after one, when it says
// anything. An offer; one tap puts it away.
SectionCard {
    id: card

    signal planRequested()
    signal helpRequested()
    signal dismissed()

    objectName: "afterLapseCard"
    title: qsTr("Saved. What your plan says for after a lapse")

    Repeater {
        model: LapseHistory.afterLapseSteps
        delegate: Label {
            required property string modelData
            text: "\u2022 " + modelData
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
            Layout.fillWidth: true
        }
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Button {
            objectName: "afterLapsePlan"
            text: qsTr("Open my plan")
            Accessible.name: text
            onClicked: card.planRequested()
        }
        Button {
            text: qsTr("I need help now")
            Accessible.name: text
            onClicked: card.helpRequested()
        }
        Button {
            objectName: "afterLapseDismiss"
            text: qsTr("Not now")
            flat: true
            Accessible.name: qsTr("Put away what the plan says")
            onClicked: card.dismissed()
        }
    }
}
