import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stepstone

// Words of the form with nothing to answer: a display item, a score the form works out, or a
// question this app cannot take, with why.
FormRowFrame {
    id: row

    required property string answerText

    Label {
        objectName: "formValue"
        visible: row.answerText.length > 0
        text: row.answerText
        textFormat: Text.PlainText
        font.pixelSize: Theme.fontTitle
        font.bold: true
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.name: qsTr("%1: %2").arg(row.text).arg(text)
    }
}
