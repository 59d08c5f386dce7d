import QtQuick
import QtQuick.Templates as T
import StepstoneTheme

// A highlighted (or checked) button is filled; every other one, flat or not, has an edge that
// stands out from the surface (3:1), so it still looks like a button.
T.Button {
    id: control

    readonly property bool filled: checked || highlighted

    implicitWidth: Math.max(implicitBackgroundWidth + leftInset + rightInset,
                            implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(implicitBackgroundHeight + topInset + bottomInset,
                             implicitContentHeight + topPadding + bottomPadding)
    padding: Theme.spacing
    horizontalPadding: Theme.spacingLarge
    opacity: enabled ? 1 : 0.5

    contentItem: ControlText {
        text: control.text
        font: control.font
        horizontalAlignment: Text.AlignHCenter
        // A long label (Spanish runs long) takes a second line rather than the title's room.
        wrapMode: Text.Wrap
        maximumLineCount: 2
        color: control.filled ? Theme.textOnPrimary : control.flat ? Theme.primary : Theme.text
    }

    background: Rectangle {
        implicitWidth: Theme.touchTarget * 1.5
        implicitHeight: Theme.touchTarget
        radius: Theme.controlRadius
        color: control.filled ? Theme.primary : control.flat ? "transparent" : Theme.surface
        border.width: control.filled ? 0 : 1
        border.color: Theme.controlBorder

        Rectangle {
            anchors.fill: parent
            radius: parent.radius
            color: Theme.pressedOverlay
            visible: control.down
        }
    }

    FocusRing {
        shown: control.visualFocus
        controlRadius: (control.background as Rectangle)?.radius ?? Theme.controlRadius
    }
}
