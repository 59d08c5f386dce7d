import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stepstone

// Connecting to the clinic: signing in and out, and how the sync is doing.
Page {
    id: page

    objectName: "clinicPage"
    title: qsTr("Clinic")
    background: Rectangle { color: Theme.background }

    readonly property int connection: ClinicConnection.state

    signal sharingRequested()

    header: PageHeader { title: page.title }

    ScrollView {
        anchors.fill: parent
        // The page takes the width it is given; wrapped text must not ask for more.
        implicitWidth: 0
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(parent.width, Theme.contentMaxWidth)
            x: (parent.width - width) / 2
            spacing: Theme.spacingLarge

            SectionCard {
                objectName: "signInCard"
                title: page.connection === ClinicConnection.SignInAgain
                       ? qsTr("Sign in again") : qsTr("Connect to your clinic")
                visible: page.connection === ClinicConnection.SignedOut
                         || page.connection === ClinicConnection.SignInAgain
                Layout.leftMargin: Theme.spacing
                Layout.rightMargin: Theme.spacing

                EmptyState {
                    text: qsTr("See your sessions and choose what to share with your care team. "
                               + "You sign in on your clinic's own page in your browser; "
                               + "Stepstone never sees your password.")
                }
                Label {
                    text: qsTr("Clinic address")
                    color: Theme.text
                    font.pixelSize: Theme.fontSmall
                }
                TextField {
                    id: address
                    objectName: "clinicAddress"
                    text: ClinicConnection.clinicAddress
                    placeholderText: qsTr("for example clinic.example.org/fhir")
                    inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
                    selectByMouse: true
                    Layout.fillWidth: true
                    Accessible.name: qsTr("Clinic address")
                    onAccepted: ClinicConnection.signIn(text)
                }
                Button {
                    objectName: "signInButton"
                    text: qsTr("Sign in")
                    highlighted: true
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touchTarget
                    Accessible.name: text
                    onClicked: ClinicConnection.signIn(address.text)
                }
            }

            SectionCard {
                title: qsTr("Signing in")
                visible: page.connection === ClinicConnection.SigningIn
                Layout.leftMargin: Theme.spacing
                Layout.rightMargin: Theme.spacing
                EmptyState {
                    text: qsTr("Finish signing in on your clinic's page in your browser, then "
                               + "come back here.")
                }
                Button {
                    text: qsTr("Cancel")
                    Accessible.name: text
                    onClicked: ClinicConnection.cancelSignIn()
                }
            }

            SectionCard {
                objectName: "connectedCard"
                title: qsTr("Connected")
                visible: page.connection === ClinicConnection.SignedIn
                Layout.leftMargin: Theme.spacing
                Layout.rightMargin: Theme.spacing
                Label {
                    objectName: "clinicName"
                    text: ClinicConnection.clinicName
                    textFormat: Text.PlainText
                    color: Theme.text
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                SyncStatusLine { Layout.fillWidth: true }
                Button {
                    objectName: "updateNowButton"
                    // Stays enabled while a run goes on, so that a keyboard or screen-reader
                    // user who pressed it keeps their place; a press then changes nothing.
                    text: ClinicConnection.syncing ? qsTr("Updating…") : qsTr("Update now")
                    Accessible.name: text
                    onClicked: if (!ClinicConnection.syncing) ClinicConnection.refresh()
                }
            }

            SetAsideList {
                visible: page.connection === ClinicConnection.SignedIn && count > 0
                Layout.leftMargin: Theme.spacing
                Layout.rightMargin: Theme.spacing
            }

            SectionCard {
                title: qsTr("Sharing with your care team")
                visible: page.connection !== ClinicConnection.ProfileLocked
                Layout.leftMargin: Theme.spacing
                Layout.rightMargin: Theme.spacing
                EmptyState {
                    objectName: "sharingSummary"
                    text: !CravingSharing.available
                          ? qsTr("Connect to your clinic to choose what to share with your care team.")
                          : CravingSharing.sharing
                            ? qsTr("You share your craving logs with your care team.")
                            : !CravingSharing.decided
                              ? qsTr("You have not chosen yet what to share with %1. Nothing is shared until you do.")
                                .arg(ClinicConnection.clinicName)
                              : qsTr("You share nothing. Your craving logs stay on this device.")
                    textFormat: Text.PlainText
                }
                Button {
                    objectName: "sharingButton"
                    visible: CravingSharing.available
                    text: qsTr("Choose what to share")
                    highlighted: !CravingSharing.decided
                    Accessible.name: text
                    onClicked: page.sharingRequested()
                }
            }

            Label {
                objectName: "clinicMessage"
                visible: text.length > 0
                text: ClinicConnection.message
                color: page.connection === ClinicConnection.SignedIn ? Theme.text : Theme.error
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacingLarge
                Layout.rightMargin: Theme.spacingLarge
                Accessible.name: text
            }

            SectionCard {
                title: qsTr("Sign out")
                visible: page.connection === ClinicConnection.SignedIn
                         || page.connection === ClinicConnection.SignInAgain
                Layout.leftMargin: Theme.spacing
                Layout.rightMargin: Theme.spacing
                Layout.bottomMargin: Theme.spacingLarge
                EmptyState {
                    text: qsTr("Everything you logged stays on this device. Nothing more is "
                               + "shared until you sign in again.")
                }
                Button {
                    objectName: "signOutButton"
                    text: qsTr("Sign out of the clinic")
                    Accessible.name: text
                    onClicked: ClinicConnection.signOut()
                }
            }
        }
    }
}
