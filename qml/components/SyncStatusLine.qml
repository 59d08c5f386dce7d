import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stepstone

// Where the sync with the clinic stands, in words, and what went wrong last, if anything.
ColumnLayout {
    spacing: Theme.spacingSmall
    visible: ClinicConnection.state === ClinicConnection.SignedIn

    RowLayout {
        spacing: Theme.spacing
        Layout.fillWidth: true
        Label {
            objectName: "syncStatus"
            text: ClinicConnection.syncStatus
            color: Theme.mutedText
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.name: text
        }
        // After the words, so they stay where they are when a sync starts or ends.
        BusyIndicator {
            running: ClinicConnection.syncing
            visible: running
            Layout.preferredWidth: 24
            Layout.preferredHeight: 24
        }
    }
    Label {
        objectName: "syncProblem"
        visible: text.length > 0
        text: ClinicConnection.syncProblem
        color: Theme.error
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.name: text
    }
}
