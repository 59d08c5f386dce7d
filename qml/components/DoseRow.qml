import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stepstone

// One dose of today: when, what, and where it stands. Not yet marked: "Taken" and "Skipped",
// one tap each. Marked: what was marked, Undo, and for a skipped dose an optional reason.
ColumnLayout {
    id: row

    required property int index
    required property string name
    required property string doseText
    required property string timeText
    required property string state
    required property string stateText
    required property string reason
    required property bool marked
    // The model that marks the dose (DosesTodayModel).
    required property var doses

    readonly property string what: qsTr("%1 %2 at %3").arg(row.name).arg(row.doseText)
                                                      .arg(row.timeText)

    objectName: "doseRow"
    spacing: Theme.spacingSmall

    RowLayout {
        spacing: Theme.spacing
        Layout.fillWidth: true
        Label {
            text: row.timeText
            font.pixelSize: Theme.fontBody
            font.bold: true
            Layout.alignment: Qt.AlignTop
        }
        ColumnLayout {
            spacing: 0
            Layout.fillWidth: true
            Label {
                objectName: "doseName"
                text: row.name + " \u00b7 " + row.doseText
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                objectName: "doseState"
                text: row.stateText
                color: row.state === "due" || row.state === "missed" ? Theme.mutedText : Theme.text
                font.pixelSize: Theme.fontSmall
                font.bold: row.marked
                Layout.fillWidth: true
            }
        }
    }

    Flow {
        spacing: Theme.spacing
        Layout.fillWidth: true
        Button {
            objectName: "doseTakenButton"
            visible: !row.marked
            text: qsTr("Taken")
            highlighted: true
            Accessible.name: qsTr("Taken: %1").arg(row.what)
            onClicked: row.doses.markTaken(row.index)
        }
        Button {
            objectName: "doseSkippedButton"
            visible: !row.marked
            text: qsTr("Skipped")
            Accessible.name: qsTr("Skipped: %1").arg(row.what)
            onClicked: row.doses.markSkipped(row.index, "")
        }
        Button {
            objectName: "doseUndoButton"
            visible: row.marked
            text: qsTr("Undo")
            Accessible.name: qsTr("Undo the mark on %1").arg(row.what)
            onClicked: row.doses.undo(row.index)
        }
    }

    RowLayout {
        visible: row.state === "skipped"
        spacing: Theme.spacing
        Layout.fillWidth: true
        TextField {
            id: reasonField
            objectName: "doseReasonField"
            text: row.reason
            maximumLength: row.doses.maximumReasonLength
            placeholderText: qsTr("Why, if you want to say")
            Accessible.name: qsTr("Reason for skipping %1 (optional)").arg(row.what)
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget
            onAccepted: row.doses.markSkipped(row.index, text)
        }
        Button {
            objectName: "doseReasonSave"
            visible: reasonField.text !== row.reason
            text: qsTr("Save")
            Accessible.name: qsTr("Save the reason for %1").arg(row.what)
            onClicked: row.doses.markSkipped(row.index, reasonField.text)
        }
    }
}
