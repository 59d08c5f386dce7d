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

    // In a short window the destinations scroll; the help button stays in sight below them.
    Flickable {
        anchors { left: parent.left; right: parent.right; top: parent.top; bottom: help.top }
        anchors.bottomMargin: Theme.spacing
        contentHeight: buttons.implicitHeight
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        ColumnLayout {
            id: buttons
            width: parent.width
            spacing: Theme.spacing
            Repeater {
                model: rail.destinations
                delegate: NavigationButton {
                    checked: rail.currentIndex === index
                    onClicked: rail.selected(index)
                }
            }
        }
    }

    HelpButton {
        id: help
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        stacked: true
        font.pixelSize: Theme.fontSmall
        onClicked: rail.helpRequested()
    }
}
