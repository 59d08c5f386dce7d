import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stepstone

// The phone navigation: one button per destination along the bottom edge.
Pane {
    id: bar

    required property var destinations
    property int currentIndex: 0
    // The destinations shown in the bar; the rest are under "More".
    readonly property int primaryCount: destinations.length > 5 ? 4 : destinations.length
    signal selected(int index)
    signal moreRequested()
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
                visible: index < bar.primaryCount
                checked: bar.currentIndex === index
                onClicked: bar.selected(index)
            }
        }
        NavigationButton {
            visible: bar.primaryCount < bar.destinations.length
            objectName: "nav-more"
            index: -1
            modelData: ({ title: qsTr("More"), icon: "\u2026" })
            checked: bar.currentIndex >= bar.primaryCount
            onClicked: bar.moreRequested()
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
