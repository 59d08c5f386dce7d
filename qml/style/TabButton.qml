import QtQuick
import QtQuick.Templates as T
import StepstoneTheme

// A navigation destination: the chosen one in the primary colour. The bar's buttons reach the
// window's edge, so the focus ring is drawn just inside.
T.TabButton {
    id: control

    implicitWidth: Math.max(implicitBackgroundWidth + leftInset + rightInset,
                            implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(implicitBackgroundHeight + topInset + bottomInset,
                             implicitContentHeight + topPadding + bottomPadding)
    padding: Theme.spacingSmall

    contentItem: ControlText {
        text: control.text
        font: control.font
        horizontalAlignment: Text.AlignHCenter
        color: control.checked ? Theme.primary : Theme.mutedText
    }

    background: Rectangle {
        implicitHeight: Theme.touchTarget
        radius: Theme.controlRadius
        color: control.checked ? Theme.selectedFill : "transparent"
    }

    FocusRing {
        shown: control.visualFocus
        inside: true
        controlRadius: Theme.controlRadius
    }
}
