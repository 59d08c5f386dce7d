import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stepstone

// Shown until the client's encrypted data is open: the first frame shows it while opening runs
// on its own thread; then retry, or a passphrase.
Page {
    id: page

    readonly property int state: ProfileSession.state
    readonly property bool opening: state === ProfileSession.Opening
    readonly property bool choosing: state === ProfileSession.ChoosePassphrase
    readonly property bool entering: state === ProfileSession.EnterPassphrase

    objectName: "unlockPage"
    background: Rectangle { color: Theme.background }

    ColumnLayout {
        width: Math.min(parent.width - 2 * Theme.spacingLarge, 420)
        anchors.centerIn: parent
        spacing: Theme.spacingLarge

        Label {
            text: qsTr("Stepstone")
            font.pixelSize: Theme.fontHeadline
            font.bold: true
            color: Theme.text
            Layout.alignment: Qt.AlignHCenter
            Accessible.role: Accessible.Heading
        }

        BusyIndicator {
            visible: page.opening
            running: visible
            Layout.alignment: Qt.AlignHCenter
            Accessible.ignored: true
        }

        Label {
            objectName: "openingMessage"
            visible: page.opening
            text: qsTr("Opening your data")
            textFormat: Text.PlainText
            color: Theme.text
            Layout.alignment: Qt.AlignHCenter
        }

        Label {
            visible: page.choosing
            text: qsTr("This device has no keyring to keep your key safely. Choose a passphrase: you will need it each time you open Stepstone, and it cannot be recovered if you forget it.")
            wrapMode: Text.Wrap
            color: Theme.text
            Layout.fillWidth: true
        }

        Label {
            objectName: "unlockMessage"
            visible: text.length > 0
            text: ProfileSession.message
            wrapMode: Text.Wrap
            color: page.state === ProfileSession.Failed ? Theme.error : Theme.text
            Layout.fillWidth: true
            Accessible.role: Accessible.AlertMessage
        }

        TextField {
            id: passphrase
            objectName: "passphraseField"
            visible: page.choosing || page.entering
            echoMode: TextInput.Password
            placeholderText: qsTr("Passphrase")
            Layout.fillWidth: true
            Accessible.name: qsTr("Passphrase")
            focus: visible
        }

        TextField {
            id: confirmation
            objectName: "confirmationField"
            visible: page.choosing
            echoMode: TextInput.Password
            placeholderText: qsTr("Passphrase again")
            Layout.fillWidth: true
            Accessible.name: qsTr("Passphrase again")
        }

        Button {
            visible: page.choosing || page.entering
            text: page.choosing ? qsTr("Create") : qsTr("Unlock")
            highlighted: true
            Layout.fillWidth: true
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
            Layout.fillWidth: true
            Accessible.name: text
            onClicked: ProfileSession.open()
        }
    }
}
