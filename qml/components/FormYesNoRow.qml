import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stepstone

// Yes or no, and neither until the client chooses: a question left alone is not a "no".
FormRowFrame {
    id: row

    required property FormSession session
    required property int index
    required property int yesNo
    required property bool readOnly

    focusTarget: yes

    Flow {
        spacing: Theme.spacing
        Layout.fillWidth: true
        RadioButton {
            id: yes
            objectName: "formYes"
            text: qsTr("Yes")
            checked: row.yesNo === 1
            enabled: !row.readOnly
            Accessible.name: qsTr("%1: yes").arg(row.text)
            onClicked: row.session.setYesNo(row.index, true)
        }
        RadioButton {
            objectName: "formNo"
            text: qsTr("No")
            checked: row.yesNo === 0
            enabled: !row.readOnly
            Accessible.name: qsTr("%1: no").arg(row.text)
            onClicked: row.session.setYesNo(row.index, false)
        }
        Button {
            visible: row.yesNo >= 0 && !row.readOnly && !row.mandatory
            text: qsTr("Clear")
            flat: true
            Accessible.name: qsTr("Clear the answer to: %1").arg(row.text)
            onClicked: row.session.clearAnswer(row.index)
        }
    }
}
