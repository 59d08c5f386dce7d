import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stepstone

// A short notice along the bottom of the window with one action that takes back what was just
// done ("Craving log deleted · Undo"). It stands out in the inverse colours of the page.
Pane {
    id: bar

    property alias text: message.text
    property alias actionText: action.text
    property string actionName
    // While the pointer or the keyboard focus is on it, whoever shows it keeps it open.
    readonly property bool held: hovered || action.activeFocus
    signal actionTriggered()

    hoverEnabled: true
    padding: Theme.spacing
    leftPadding: Theme.spacingLarge
    Accessible.role: Accessible.AlertMessage
    Accessible.name: bar.text
    background: Rectangle {
        color: Theme.text
        radius: Theme.radius / 2
    }

    RowLayout {
        anchors { left: parent.left; right: parent.right }
        spacing: Theme.spacing
        Label {
            id: message
            color: Theme.background
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Button {
            id: action
            objectName: bar.objectName + "Action"
            Layout.preferredHeight: Theme.touchTarget
            Accessible.name: bar.actionName.length > 0 ? bar.actionName : text
            onClicked: bar.actionTriggered()
        }
    }
}
