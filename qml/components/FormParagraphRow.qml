import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stepstone

// An answer of several lines, kept as it is typed.
FormRowFrame {
    id: row

    required property FormSession session
    required property int index
    required property string answerText
    required property bool readOnly

    focusTarget: area

    TextArea {
        id: area
        objectName: "formField"
        readOnly: row.readOnly
        wrapMode: TextEdit.Wrap
        Accessible.name: row.problem.length > 0 ? qsTr("%1. %2").arg(row.text).arg(row.problem)
                                                 : row.text
        Layout.fillWidth: true
        Layout.minimumHeight: 3 * Theme.touchTarget
        onTextChanged: {
            if (activeFocus)
                row.session.setText(row.index, text)
        }
        Binding on text {
            value: row.answerText
            when: !area.activeFocus
            restoreMode: Binding.RestoreNone
        }
    }
}
