import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stepstone

// The lapses the client recorded, latest first, each to change or delete.
ColumnLayout {
    id: list

    signal editRequested(string lapseId, int daysAgo, string whatHappened, string nextTime)

    spacing: Theme.spacingSmall

    Repeater {
        objectName: "lapseHistory"
        model: LapseHistory.recent
        delegate: ColumnLayout {
            id: row
            required property var modelData
            objectName: "lapseRow"
            spacing: Theme.spacingSmall
            Layout.fillWidth: true

            Label {
                text: row.modelData.dayText
                font.bold: true
                Layout.fillWidth: true
            }
            Label {
                visible: text.length > 0
                text: row.modelData.whatHappened
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                visible: row.modelData.nextTime.length > 0
                text: qsTr("Next time: %1").arg(row.modelData.nextTime)
                color: Theme.mutedText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            RowLayout {
                spacing: Theme.spacing
                Button {
                    objectName: "editLapse"
                    text: qsTr("Change")
                    flat: true
                    Accessible.name: qsTr("Change the lapse of %1").arg(row.modelData.dayText)
                    onClicked: list.editRequested(row.modelData.lapseId, row.modelData.daysAgo,
                                                  row.modelData.whatHappened,
                                                  row.modelData.nextTime)
                }
                Button {
                    objectName: "deleteLapse"
                    text: qsTr("Delete")
                    flat: true
                    Accessible.name: qsTr("Delete the lapse of %1").arg(row.modelData.dayText)
                    onClicked: LapseDeletion.remove(row.modelData.lapseId)
                }
            }
        }
    }
}
