import QtQuick
import Stepstone

// Plain text with the places a search matched marked by character formats: what the client
// wrote is never read as markup. `ranges` are {start, length} in `text`.
TextEdit {
    id: matched

    property var ranges: []

    textFormat: TextEdit.PlainText
    readOnly: true
    enabled: false // whoever shows it, not the text, takes the tap
    activeFocusOnPress: false
    wrapMode: TextEdit.Wrap
    color: Theme.text

    MatchHighlighter {
        document: matched.textDocument
        ranges: matched.ranges
        background: Theme.selectedFill
        foreground: Theme.text
    }
}
