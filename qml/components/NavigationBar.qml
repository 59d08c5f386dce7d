import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stepstone

// The phone navigation: one button per destination along the bottom edge.
Pane {
    id: bar

    required property var destinations
    property int currentIndex: 0
    signal selected(int index)
    signal helpRequested()

    padding: 0
    Accessible.role: Accessible.PageTabList
    Accessible.name: qsTr("Main navigation")
    background: Rectangle {
        color: Theme.surface
        Rectangle { width: parent.width; height: 1; color: Theme.outline }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0
        Repeater {
            model: bar.destinations
            delegate: NavigationButton {
                checked: bar.currentIndex === index
                onClicked: bar.selected(index)
            }
        }
        HelpButton {
            Layout.preferredWidth: 76
            Layout.fillHeight: true
            Layout.margins: Theme.spacingSmall
            stacked: true
            font.pixelSize: Theme.fontSmall
            onClicked: bar.helpRequested()
        }
    }
}
