import QtQuick
import StepstoneTheme

// The box of a text field or area: an edge that stands out (3:1), in the primary colour and
// thicker while the field has the focus.
Rectangle {
    property bool focused

    implicitWidth: 200
    implicitHeight: Theme.touchTarget
    radius: Theme.controlRadius
    color: Theme.surface
    border.width: focused ? 2 : 1
    border.color: focused ? Theme.primary : Theme.controlBorder
}
