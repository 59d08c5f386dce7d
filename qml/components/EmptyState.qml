import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stepstone

Label {
    Layout.fillWidth: true
    wrapMode: Text.Wrap
    color: Theme.mutedText
    font.pixelSize: Theme.fontBody
}
