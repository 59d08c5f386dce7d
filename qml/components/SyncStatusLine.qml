import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stepstone

// Where the sync with the clinic stands, in words, and what went wrong last, if anything.
// Positioned rather than laid out: the words wrap to the width the card gives, and a layout
// nested in the card's own went round in circles (a polish loop) when they did.
Column {
    id: line

    spacing: Theme.spacingSmall
    visible: ClinicConnection.state === ClinicConnection.SignedIn

    Item {
        width: line.width
        height: Math.max(status.implicitHeight, busy.height)

        Label {
            id: status
            objectName: "syncStatus"
            anchors { left: parent.left; right: busy.left; rightMargin: Theme.spacing }
            text: ClinicConnection.syncStatus
            color: Theme.mutedText
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
            Accessible.name: text
        }
        // After the words, and its place kept while no sync runs, so the words neither move nor
        // wrap anew when a sync starts or ends.
        BusyIndicator {
            id: busy
            anchors.right: parent.right
            width: 24
            height: 24
            running: ClinicConnection.syncing
            opacity: running ? 1 : 0
            Accessible.ignored: !running
        }
    }
    Label {
        objectName: "syncProblem"
        width: line.width
        visible: text.length > 0
        text: ClinicConnection.syncProblem
        color: Theme.error
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.Wrap
        Accessible.name: text
    }
}
