import QtQuick
import StepstoneTheme

// The text inside a control: plain text, never markup.
Text {
    textFormat: Text.PlainText
    verticalAlignment: Text.AlignVCenter
    elide: Text.ElideRight
    color: Theme.text
}
