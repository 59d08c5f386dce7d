import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stepstone

// On a phone, the destinations the bottom bar has no room for, one large row each.
Page {
    id: page

    required property var destinations
    required property int firstIndex
    signal selected(int index)

    objectName: "morePage"
    title: qsTr("More")
    background: Rectangle { color: Theme.background }

    header: PageHeader { title: page.title }

    ColumnLayout {
        anchors { left: parent.left; right: parent.right; top: parent.top }
        anchors.margins: Theme.spacing
        spacing: Theme.spacingSmall
        Repeater {
            model: page.destinations
            delegate: ItemDelegate {
                required property var modelData
                required property int index
                objectName: "more-" + index
                visible: index >= page.firstIndex
                Layout.fillWidth: true
                text: modelData.icon + "  " + modelData.title
                font.pixelSize: Theme.fontBody
                Accessible.name: modelData.title
                onClicked: page.selected(index)
            }
        }
    }
}
