import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stepstone

// One destination in the bottom bar or side rail.
TabButton {
    required property var modelData
    required property int index

    objectName: "nav-" + index
    Layout.fillWidth: true
    Layout.preferredWidth: 1 // equal shares of the bar, whatever the label lengths
    Layout.preferredHeight: 64
    text: modelData.icon + "\n" + modelData.title
    font.pixelSize: Theme.fontSmall
    font.bold: checked
    Accessible.name: modelData.title
}
