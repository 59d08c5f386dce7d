import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stepstone

// A one-line answer: words, a number, a date, a time, a date and time, an amount with its unit.
// What is typed is handed to the session as it is typed; the field shows the kept answer again
// only once the client has left it.
FormRowFrame {
    id: row

    required property FormSession session
    required property int index
    required property string kind
    required property string answerText
    required property string hint
    required property string unit
    required property int maxLength
    required property bool readOnly

    focusTarget: field

    RowLayout {
        spacing: Theme.spacing
        Layout.fillWidth: true
        TextField {
            id: field
            objectName: "formField"
            readOnly: row.readOnly
            placeholderText: row.hint
            maximumLength: row.maxLength > 0 ? row.maxLength : 32767
            inputMethodHints: row.kind === "number" || row.kind === "quantity"
                              ? Qt.ImhFormattedNumbersOnly : Qt.ImhNone
            Accessible.name: row.problem.length > 0 ? qsTr("%1. %2").arg(row.text).arg(row.problem)
                                                     : row.text
            Accessible.description: row.hint
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget
            onTextEdited: row.session.setText(row.index, text)
            Binding on text {
                value: row.answerText
                when: !field.activeFocus
                restoreMode: Binding.RestoreNone
            }
        }
        Label {
            visible: row.unit.length > 0
            text: row.unit
            textFormat: Text.PlainText
            font.pixelSize: Theme.fontBody
        }
    }
}
