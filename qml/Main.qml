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
    // Window switchers and screen readers say where the client is: help is its own place.
    title: help.visible ? qsTr("Help now \u2013 Stepstone") : qsTr("Stepstone")
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

    // "I need help now" from anywhere, locked or not (HelpButton says why F1).
    Shortcut {
        sequence: "F1"
        onActivated: help.open()
    }

    // A reminder's "Open" brings the window back, from the background too.
    Connections {
        target: Reminders
        function onOpenRequested() {
            window.show()
            window.raise()
            window.requestActivate()
        }
    }

    // The check of the whole file runs after the profile opened; what it found stays in view.
    header: Label {
        objectName: "damageBanner"
        visible: ProfileSession.damage.length > 0
        text: ProfileSession.damage
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        padding: Theme.spacingLarge
        color: Theme.textOnPrimary
        background: Rectangle { color: Theme.error }
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }

    // By address, not by type: the shell and its pages load only once the profile is open, so
    // the first frame (the opening state) waits for none of them.
    Loader {
        id: root
        objectName: "rootLoader"
        anchors.fill: parent
        source: ProfileSession.state === ProfileSession.Ready ? "AppShell.qml"
                                                              : "pages/UnlockPage.qml"
    }

    // The shell and the unlock page both ask for help; it opens over whatever they show, so the
    // page underneath (a craving half written, too) stays as it was.
    Connections {
        target: root.item
        ignoreUnknownSignals: true
        function onHelpRequested() { help.open() }
    }

    Popup {
        id: help
        objectName: "helpLayer"
        parent: Overlay.overlay
        width: parent ? parent.width : 0
        height: parent ? parent.height : 0
        padding: 0
        modal: true
        focus: true
        closePolicy: Popup.CloseOnEscape
        background: Rectangle { color: Theme.background }
        // By address and only when asked for, so the first frame waits for none of it.
        Loader {
            id: helpPage
            anchors.fill: parent
            source: help.visible ? "pages/HelpPage.qml" : ""
        }
        Connections {
            target: helpPage.item
            ignoreUnknownSignals: true
            function onDone() { help.close() }
        }
    }
}
