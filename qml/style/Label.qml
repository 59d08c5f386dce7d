import QtQuick
import QtQuick.Templates as T
import StepstoneTheme

// Every Label shows its text as written. Text from the clinic or the client is data, never
// markup: a "<b>" or an "<img src=…>" in it is shown as those characters, and nothing is fetched.
T.Label {
    color: Theme.text
    linkColor: Theme.primary
    textFormat: Text.PlainText
}
