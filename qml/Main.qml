import QtQuick
import QtQuick.Controls
import Stepstone

ApplicationWindow {
    id: window

    width: 1024
    height: 720
    minimumWidth: 320
    minimumHeight: 480
    visible: true
    title: qsTr("Stepstone")
    color: Theme.background
    font.pixelSize: Theme.fontBody
    // For the few controls the app's style (qml/style) leaves to Basic: scroll bars, the busy
    // indicator, tool bars.
    palette {
        window: Theme.background
        windowText: Theme.text
        base: Theme.surface
        text: Theme.text
        button: Theme.surface
        buttonText: Theme.text
        highlight: Theme.primary
        highlightedText: Theme.textOnPrimary
        light: Theme.surface
        midlight: Theme.selectedFill
        mid: Theme.controlBorder
        dark: Theme.primary
        placeholderText: Theme.mutedText
    }

    Shortcut {
        sequence: "Ctrl+Q"
        onActivated: Qt.quit()
    }

    Loader {
        objectName: "rootLoader"
        anchors.fill: parent
        sourceComponent: ProfileSession.state === ProfileSession.Ready ? shell : unlock
    }

    Component {
        id: shell
        AppShell {}
    }

    Component {
        id: unlock
        UnlockPage {}
    }
}
