import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stepstone

// An optional mood from 0 to 10: off until the client wants to note one.
ColumnLayout {
    id: picker

    property bool noted: false
    property int value: 5
    property int from: 0
    property int to: 10
    signal notedToggled(bool noted)
    signal moved(int value)

    spacing: Theme.spacingSmall

    Switch {
        objectName: "moodSwitch"
        Layout.fillWidth: true
        text: qsTr("Note my mood")
        checked: picker.noted
        Accessible.name: text
        onToggled: picker.notedToggled(checked)
    }

    RowLayout {
        visible: picker.noted
        Layout.fillWidth: true
        spacing: Theme.spacing
        Slider {
            objectName: "moodSlider"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget
            from: picker.from
            to: picker.to
            stepSize: 1
            snapMode: Slider.SnapAlways
            value: picker.value
            Accessible.name: qsTr("Mood, %1 of %2").arg(picker.value).arg(picker.to)
            onMoved: picker.moved(value)
        }
        Label {
            objectName: "moodValue"
            text: qsTr("%1 of %2").arg(picker.value).arg(picker.to)
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
        }
    }
}
