import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stepstone

// The options of a question, all in view: one to choose (radio buttons) or any number (check
// boxes); an open question also takes the client's own words.
FormRowFrame {
    id: row

    required property FormSession session
    required property int index
    required property string kind
    required property var options
    required property var selected
    required property bool open
    required property string otherText
    required property bool readOnly

    focusTarget: choices.count > 0 ? choices.itemAt(0) : null

    ButtonGroup {
        id: oneOf
    }
    Component {
        id: radioOption
        RadioButton {
            required property int index
            required property string modelData
            objectName: "formOption"
            text: modelData
            checked: row.selected[index] === true
            enabled: !row.readOnly
            ButtonGroup.group: oneOf
            Accessible.name: modelData
            Layout.fillWidth: true
            onClicked: row.session.chooseOption(row.index, index)
        }
    }
    Component {
        id: checkOption
        CheckBox {
            required property int index
            required property string modelData
            objectName: "formOption"
            text: modelData
            checked: row.selected[index] === true
            enabled: !row.readOnly
            Accessible.name: modelData
            Layout.fillWidth: true
            onClicked: row.session.chooseOption(row.index, index)
        }
    }
    Repeater {
        id: choices
        model: row.options
        delegate: row.kind === "radio" ? radioOption : checkOption
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
