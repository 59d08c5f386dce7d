import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stepstone

// What the client shares with their care team, in plain words, and what has been sent.
Page {
    id: page

    signal done()

    objectName: "sharingPage"
    title: qsTr("Sharing")
    background: Rectangle { color: Theme.background }

    header: PageHeader {
        title: page.title
        actionText: qsTr("Done")
        onActionTriggered: page.done()
    }

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
                title: qsTr("Craving logs")
                Layout.leftMargin: Theme.spacing
                Layout.rightMargin: Theme.spacing
                Layout.topMargin: Theme.spacing

                Label {
                    objectName: "sharingExplanation"
                    text: qsTr("When you share, your therapist and care team at your clinic see "
                               + "each craving log: when it happened, how strong it was, what "
                               + "set it off, the coping skill you used, how it ended, and your "
                               + "note. Logs you made before are shared too.")
                    color: Theme.text
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    text: qsTr("You can stop at any time. Stopping means nothing new is sent; "
                               + "what your clinic already received stays in your clinic record.")
                    color: Theme.text
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    text: qsTr("These records are protected by federal confidentiality rules for "
                               + "substance use treatment (42 CFR Part 2): your clinic may not pass "
                               + "them on without your written consent.")
                    color: Theme.mutedText
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Switch {
                    id: shareSwitch
                    objectName: "shareCravingsSwitch"
                    text: qsTr("Share my craving logs with my care team")
                    checked: CravingSharing.sharing
                    enabled: CravingSharing.available && ClinicConnection.mayShareCravings
                    Layout.fillWidth: true
                    Accessible.name: text
                    onToggled: CravingSharing.setSharing(checked)
                }
                Label {
                    objectName: "sharingNotAllowed"
                    visible: !ClinicConnection.mayShareCravings
                    text: qsTr("Your clinic's sign-in does not allow Stepstone to share craving "
                               + "logs. Ask your clinic, then sign in again.")
                    color: Theme.error
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    objectName: "sharingState"
                    text: (CravingSharing.sharing
                           ? qsTr("On: new logs are sent when you are online.")
                           : qsTr("Off: your craving logs stay on this device."))
                          + (CravingSharing.decidedText.length > 0
                             ? " " + CravingSharing.decidedText : "")
                    color: Theme.mutedText
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    visible: text.length > 0
                    text: CravingSharing.errorText
                    color: Theme.error
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }

            SectionCard {
                title: qsTr("Sent to your clinic")
                Layout.leftMargin: Theme.spacing
                Layout.rightMargin: Theme.spacing
                Layout.bottomMargin: Theme.spacingLarge

                EmptyState {
                    visible: sent.count === 0
                    text: sent.errorText.length > 0 ? sent.errorText : qsTr("Nothing sent yet.")
                }
                Repeater {
                    model: SentLogModel {
                        id: sent
                        session: ProfileSession
                        clinic: ClinicConnection
                        limit: 50
                    }
                    delegate: RowLayout {
                        required property string what
                        required property string when
                        Layout.fillWidth: true
                        Label {
                            text: parent.what
                            color: Theme.text
                            font.pixelSize: Theme.fontSmall
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Label {
                            text: parent.when
                            color: Theme.mutedText
                            font.pixelSize: Theme.fontSmall
                        }
                    }
                }
            }
        }
    }
}
