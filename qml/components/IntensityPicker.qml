import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stepstone

// Craving strength from 0 to 10: one tap on the scale, or the arrow keys.
ColumnLayout {
    id: picker

    property int value: 5
    property int from: 0
    property int to: 10
    signal moved(int value)

    function takeFocus() {
        slider.forceActiveFocus(Qt.OtherFocusReason)
    }

    spacing: Theme.spacingSmall

    RowLayout {
        Layout.fillWidth: true
        Label {
            text: qsTr("How strong is it?")
            font.pixelSize: Theme.fontBody
            color: Theme.text
            Layout.fillWidth: true
            wrapMode: Text.Wrap
        }
        Label {
            objectName: "intensityValue"
            text: qsTr("%1 of %2").arg(picker.value).arg(picker.to)
            font.pixelSize: Theme.fontHeadline
            font.bold: true
            color: Theme.intensityColors[picker.value]
        }
    }

    Slider {
        id: slider
        objectName: "intensitySlider"
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.touchTarget
        from: picker.from
        to: picker.to
        stepSize: 1
        snapMode: Slider.SnapAlways
        value: picker.value
        focus: true
        Accessible.name: qsTr("Craving intensity, %1 of %2").arg(picker.value).arg(picker.to)
        onMoved: picker.moved(Math.round(value))
    }

    RowLayout {
        Layout.fillWidth: true
        Label { text: qsTr("None"); color: Theme.mutedText; font.pixelSize: Theme.fontSmall }
        Item { Layout.fillWidth: true }
        Label { text: qsTr("Strongest"); color: Theme.mutedText; font.pixelSize: Theme.fontSmall }
    }
}
