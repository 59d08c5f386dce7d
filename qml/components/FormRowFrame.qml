import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stepstone

// One question of a form: its words, the field that answers it, and beneath, a note and what
// is wrong with the answer. The form's words are data, shown as written, never as markup.
ColumnLayout {
    id: frame

    // From the session's row.
    required property string text
    required property bool mandatory
    required property string note
    required property string problem
    required property int depth
    // A group's heading rather than a question.
    property bool heading: false
    // What takes the keyboard when the page sends the client to this question.
    property Item focusTarget: null
    default property alias field: slot.data

    function takeFocus() {
        frame.focusTarget?.forceActiveFocus(Qt.TabFocusReason)
    }

    spacing: Theme.spacingSmall
    Layout.fillWidth: true
    Layout.leftMargin: Math.min(frame.depth, 3) * Theme.spacingLarge
    Layout.topMargin: Theme.spacing

    Label {
        visible: frame.text.length > 0
        text: frame.mandatory ? qsTr("%1 (needed)").arg(frame.text) : frame.text
        textFormat: Text.PlainText
        font.pixelSize: frame.heading ? Theme.fontTitle : Theme.fontBody
        font.bold: frame.heading
        Accessible.role: frame.heading ? Accessible.Heading : Accessible.StaticText
        Accessible.name: text
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    ColumnLayout {
        id: slot
        spacing: Theme.spacingSmall
        Layout.fillWidth: true
    }
    Label {
        visible: frame.note.length > 0
        text: frame.note
        textFormat: Text.PlainText
        font.pixelSize: Theme.fontSmall
        color: Theme.mutedText
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        objectName: "formProblem"
        visible: frame.problem.length > 0
        text: frame.problem
        textFormat: Text.PlainText
        font.pixelSize: Theme.fontSmall
        color: Theme.error
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
}
