import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stepstone

// One journal entry in a list: its time, title and the start of its text, or, in search
// results, the part that matched with the matching words marked. Activating it opens it.
ItemDelegate {
    id: row

    required property int index
    required property string entryId
    required property string headingText
    required property string detailText
    required property string snippet
    required property var highlights
    required property string accessibleText

    objectName: "journalEntry-" + index
    width: ListView.view ? ListView.view.width : implicitWidth
    Accessible.name: accessibleText

    contentItem: ColumnLayout {
        spacing: 2

        Label {
            text: row.headingText
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.text
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }

        MatchedText {
            objectName: "journalSnippet"
            visible: row.snippet !== ""
            text: row.snippet
            ranges: row.highlights
            font.pixelSize: Theme.fontSmall
            Layout.fillWidth: true
        }

        Label {
            visible: text.length > 0
            text: row.detailText
            font.pixelSize: Theme.fontSmall
            color: Theme.mutedText
            Layout.fillWidth: true
            wrapMode: Text.Wrap
        }
    }
}
