import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stepstone

// A number on a scale (an urge from 0 to 5): not answered until the client moves it.
FormRowFrame {
    id: row

    required property FormSession session
    required property int index
    required property real number
    required property bool answered
    required property real from
    required property real to
    required property real step
    required property bool readOnly

    focusTarget: slider

    Label {
        text: row.answered ? qsTr("%1 of %2").arg(Number(row.number).toLocaleString(Qt.locale(), "f", row.step % 1 === 0 ? 0 : 1))
                                               .arg(Number(row.to).toLocaleString(Qt.locale(), "f", 0))
                           : qsTr("Not answered yet")
        textFormat: Text.PlainText
        font.pixelSize: Theme.fontSmall
        color: row.answered ? Theme.text : Theme.mutedText
    }
    Slider {
        id: slider
        objectName: "formSlider"
        from: row.from
        to: row.to
        stepSize: row.step
        snapMode: Slider.SnapAlways
        value: row.number
        enabled: !row.readOnly
        Accessible.name: row.answered ? qsTr("%1, %2 of %3").arg(row.text).arg(value).arg(to)
                                      : qsTr("%1, not answered yet, from %2 to %3").arg(row.text).arg(from).arg(to)
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.touchTarget
        onMoved: row.session.setNumber(row.index, value)
    }
}
