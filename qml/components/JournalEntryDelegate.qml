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

        // Plain text whose matches the highlighter marks with character formats: what the
        // client wrote is never read as markup.
        TextEdit {
            id: snippetText
            objectName: "journalSnippet"
            visible: row.snippet !== ""
            text: row.snippet
            textFormat: TextEdit.PlainText
            readOnly: true
            enabled: false // the row, not the text, takes the tap
            activeFocusOnPress: false
            wrapMode: TextEdit.Wrap
            color: Theme.text
            font.pixelSize: Theme.fontSmall
            Layout.fillWidth: true

            MatchHighlighter {
                document: snippetText.textDocument
                ranges: row.highlights
                background: Theme.selectedFill
                foreground: Theme.text
            }
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
