import QtQuick
import QtQuick.Controls
import StepstoneTheme

// The baseline of scripts/bench startup: a window of the app's size and style showing one line.
ApplicationWindow {
    color: Theme.background
    width: 1024
    height: 720
    visible: true
    title: "Bare Qt Quick window"

    Label {
        anchors.centerIn: parent
        text: "Stepstone"
        font.pixelSize: Theme.fontTitle
        font.bold: true
        color: Theme.text
    }
}
