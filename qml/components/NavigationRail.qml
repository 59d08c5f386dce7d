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

    // The chosen destination stays in sight, one reached from elsewhere (a reminder) too.
    onCurrentIndexChanged: {
        if (currentIndex >= 0 && currentIndex < buttonRepeater.count)
            showButton(buttonRepeater.itemAt(currentIndex))
    }

    function showButton(button: Item) {
        const top = Math.min(button.y, destinationList.contentY)
        destinationList.contentY = Math.max(top, button.y + button.height - destinationList.height)
    }

    // In a short window the destinations scroll; the help button stays in sight below them.
    Flickable {
        id: destinationList
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
                id: buttonRepeater
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
