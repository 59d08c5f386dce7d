import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stepstone

// One destination in the bottom bar or side rail.
TabButton {
    id: button

    required property var modelData
    required property int index

    objectName: "nav-" + index
    Layout.fillWidth: true
    Layout.preferredWidth: 1 // equal shares of the bar, whatever the label lengths
    Layout.preferredHeight: 64
    text: modelData.icon + "\n" + modelData.title
    font.pixelSize: Theme.fontSmall
    font.bold: checked
    // Basic draws an unselected tab's text in brightText, meant for a dark tab.
    palette.brightText: Theme.mutedText
    palette.windowText: Theme.primary
    Accessible.name: modelData.title

    background: Rectangle {
        radius: Theme.radius
        color: button.checked ? Theme.selectedFill : "transparent"
        border.color: button.visualFocus ? Theme.primary : "transparent"
        border.width: 2
    }
}
