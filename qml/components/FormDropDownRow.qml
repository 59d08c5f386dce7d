import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stepstone

// A long list of options, one to choose, in a drop-down; an open question also takes the
// client's own words.
FormRowFrame {
    id: row

    required property FormSession session
    required property int index
    required property var options
    required property int currentIndex
    required property bool open
    required property string otherText
    required property bool readOnly

    focusTarget: box

    ComboBox {
        id: box
        objectName: "formDropDown"
        model: row.options
        currentIndex: row.currentIndex
        enabled: !row.readOnly
        displayText: currentIndex < 0 ? qsTr("Choose one") : currentText
        Accessible.name: qsTr("%1: %2").arg(row.text).arg(displayText)
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.touchTarget
        onActivated: choice => row.session.chooseOption(row.index, choice)
    }
    TextField {
        objectName: "formOtherField"
        visible: row.open
        text: row.otherText
        readOnly: row.readOnly
        placeholderText: qsTr("Or in your own words")
        Accessible.name: qsTr("%1, in your own words").arg(row.text)
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.touchTarget
        onTextEdited: row.session.setOtherText(row.index, text)
    }
}
