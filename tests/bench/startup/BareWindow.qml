import QtQuick
import QtQuick.Controls

// The baseline of scripts/bench startup: a window of the app's size and style showing one line.
ApplicationWindow {
    width: 1024
    height: 720
    visible: true
    title: "Bare Qt Quick window"

    Label {
        anchors.centerIn: parent
        text: "Stepstone"
        font.pixelSize: 28
        font.bold: true
    }
}
