import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stepstone

// The desktop navigation: destinations stacked down the left edge.
Pane {
    id: rail

    required property var destinations
    property int currentIndex: 0
    signal selected(int index)
    signal helpRequested()

    padding: Theme.spacing
    Accessible.role: Accessible.PageTabList
    Accessible.name: qsTr("Main navigation")
    background: Rectangle {
        color: Theme.surface
        Rectangle { anchors.right: parent.right; width: 1; height: parent.height; color: Theme.outline }
    }

    ColumnLayout {
        anchors { left: parent.left; right: parent.right; top: parent.top }
        spacing: Theme.spacing
        Repeater {
            model: rail.destinations
            delegate: NavigationButton {
                checked: rail.currentIndex === index
                onClicked: rail.selected(index)
            }
        }
    }

    HelpButton {
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        stacked: true
        font.pixelSize: Theme.fontSmall
        onClicked: rail.helpRequested()
    }
}
