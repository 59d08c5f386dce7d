import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stepstone

// One craving log in a list; activating it opens it for editing.
ItemDelegate {
    id: row

    required property string logId
    required property int intensity
    required property string whenText
    required property string detailText
    required property string note
    required property string outcomeText
    required property bool hasDraft
    readonly property string draftText: qsTr("Changes not saved yet")

    Layout.fillWidth: true
    width: ListView.view ? ListView.view.width : implicitWidth
    Accessible.name: qsTr("Craving %1 of 10, %2, %3").arg(intensity).arg(whenText).arg(outcomeText)
                     + (hasDraft ? ", " + draftText : "")

    contentItem: RowLayout {
        spacing: Theme.spacingLarge

        Rectangle {
            Layout.preferredWidth: 44
            Layout.preferredHeight: 44
            Layout.alignment: Qt.AlignTop
            radius: 22
            color: Theme.intensityColors[row.intensity]
            Label {
                anchors.centerIn: parent
                text: row.intensity
                color: Theme.intensityDigit
                font.pixelSize: Theme.fontTitle
                font.bold: true
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label {
                text: row.whenText + " \u00b7 " + row.outcomeText
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: Theme.text
                Layout.fillWidth: true
                wrapMode: Text.Wrap
            }
            Label {
                visible: text.length > 0
                text: row.detailText
                font.pixelSize: Theme.fontSmall
                color: Theme.mutedText
                Layout.fillWidth: true
                wrapMode: Text.Wrap
            }
            Label {
                objectName: "draftMark"
                visible: row.hasDraft
                text: row.draftText
                font.pixelSize: Theme.fontSmall
                font.bold: true
                color: Theme.primary
                Layout.fillWidth: true
                wrapMode: Text.Wrap
            }
            Label {
                visible: row.note.length > 0
                text: row.note
                font.pixelSize: Theme.fontSmall
                color: Theme.text
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }
        }
    }
}
