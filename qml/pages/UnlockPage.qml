import QtQuick
import QtQuick.Controls
import Stepstone

// Shown until the client's encrypted data is open: it is the app's first frame, shown while the
// profile opens on a thread of its own; then retry, or a passphrase. A Column, not a layout, so
// the first frame waits for no module it does not need (QtQuick.Layouts loads with the shell).
Page {
    id: page

    readonly property int state: ProfileSession.state
    readonly property bool opening: state === ProfileSession.Opening
    readonly property bool choosing: state === ProfileSession.ChoosePassphrase
    readonly property bool entering: state === ProfileSession.EnterPassphrase

    // "I need help now": crisis lines and the urge timer work before the data is open.
    signal helpRequested()

    objectName: "unlockPage"
    background: Rectangle { color: Theme.background }

    Column {
        width: Math.min(parent.width - 2 * Theme.spacingLarge, 420)
        anchors.centerIn: parent
        spacing: Theme.spacingLarge

        Label {
            text: qsTr("Stepstone")
            font.pixelSize: Theme.fontHeadline
            font.bold: true
            color: Theme.text
            anchors.horizontalCenter: parent.horizontalCenter
            Accessible.role: Accessible.Heading
        }

        BusyIndicator {
            visible: page.opening
            running: visible
            anchors.horizontalCenter: parent.horizontalCenter
            Accessible.ignored: true
        }

        Label {
            objectName: "openingMessage"
            visible: page.opening
            text: qsTr("Opening your data")
            textFormat: Text.PlainText
            color: Theme.text
            anchors.horizontalCenter: parent.horizontalCenter
        }

        Label {
            visible: page.choosing
            text: qsTr("This device has no keyring to keep your key safely. Choose a passphrase: you will need it each time you open Stepstone, and it cannot be recovered if you forget it.")
            wrapMode: Text.Wrap
            color: Theme.text
            width: parent.width
        }

        Label {
            objectName: "unlockMessage"
            visible: text.length > 0
            text: ProfileSession.message
            wrapMode: Text.Wrap
            color: page.state === ProfileSession.Failed ? Theme.error : Theme.text
            width: parent.width
            Accessible.role: Accessible.AlertMessage
        }

        TextField {
            id: passphrase
            objectName: "passphraseField"
            visible: page.choosing || page.entering
            echoMode: TextInput.Password
            placeholderText: qsTr("Passphrase")
            width: parent.width
            Accessible.name: qsTr("Passphrase")
            focus: visible
        }

        TextField {
            id: confirmation
            objectName: "confirmationField"
            visible: page.choosing
            echoMode: TextInput.Password
            placeholderText: qsTr("Passphrase again")
            width: parent.width
            Accessible.name: qsTr("Passphrase again")
        }

        Button {
            objectName: "passphraseButton"
            visible: page.choosing || page.entering
            text: page.choosing ? qsTr("Create") : qsTr("Unlock")
            highlighted: true
            width: parent.width
            Accessible.name: text
            onClicked: page.choosing
                       ? ProfileSession.createWithPassphrase(passphrase.text, confirmation.text)
                       : ProfileSession.unlockWithPassphrase(passphrase.text)
        }

        Button {
            objectName: "retryButton"
            visible: page.state === ProfileSession.KeyUnavailable
            text: qsTr("Try again")
            highlighted: true
            width: parent.width
            Accessible.name: text
            onClicked: ProfileSession.open()
        }

        HelpButton {
            width: parent.width
            onClicked: page.helpRequested()
        }
    }
}
