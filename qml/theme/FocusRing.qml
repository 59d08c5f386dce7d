import QtQuick
import StepstoneTheme

// The one keyboard-focus indicator every control shows (qml/style puts it on each of them): a ring
// with a gap around the control, so it stands out against the surface the control sits on. Where
// a list clips its items at the edge, the ring is drawn just inside instead.
Rectangle {
    property bool shown
    property bool inside: false
    property real controlRadius: 0

    objectName: "focusRing"
    visible: shown
    anchors.fill: parent
    anchors.margins: inside ? Theme.focusRingWidth : -2 * Theme.focusRingWidth
    radius: Math.max(0, controlRadius + (inside ? -Theme.focusRingWidth : 2 * Theme.focusRingWidth))
    color: "transparent"
    border.width: Theme.focusRingWidth
    border.color: Theme.focusRing
    z: 10
}
