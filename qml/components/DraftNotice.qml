import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stepstone

// Says that a form holds work from an earlier visit that was never saved, and offers to throw
// it away (the form asks first).
Pane {
    id: notice

    signal discardRequested()

    Layout.fillWidth: true
    padding: Theme.spacing
    leftPadding: Theme.spacingLarge
    Accessible.role: Accessible.AlertMessage
    Accessible.name: heading.text + ". " + explanation.text
    background: Rectangle {
        color: Theme.selectedFill
        radius: Theme.radius
        border.color: Theme.primary
    }

    RowLayout {
        anchors { left: parent.left; right: parent.right }
        spacing: Theme.spacing
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label {
                id: heading
                text: qsTr("Draft, not saved yet")
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                id: explanation
                text: qsTr("Continue where you left off, then save.")
                font.pixelSize: Theme.fontSmall
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
        Button {
            objectName: "discardDraftButton"
            text: qsTr("Discard draft")
            Layout.preferredHeight: Theme.touchTarget
            Accessible.name: text
            onClicked: notice.discardRequested()
        }
    }
}
