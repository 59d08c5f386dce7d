import QtQuick
import QtQuick.Templates as T
import StepstoneTheme

// One of several that can each be chosen; the whole row, label included, is the touch target.
T.CheckBox {
    id: control

    implicitWidth: Math.max(implicitBackgroundWidth + leftInset + rightInset,
                            implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(implicitBackgroundHeight + topInset + bottomInset,
                             implicitContentHeight + topPadding + bottomPadding,
                             implicitIndicatorHeight + topPadding + bottomPadding)
    padding: Theme.spacingSmall
    spacing: Theme.spacing

    indicator: Rectangle {
        implicitWidth: 24
        implicitHeight: 24
        x: control.mirrored ? control.width - width - control.rightPadding : control.leftPadding
        y: control.topPadding + (control.availableHeight - height) / 2
        radius: 4
        color: control.checked ? Theme.primary : Theme.surface
        border.width: 2
        border.color: control.checked ? Theme.primary : Theme.controlBorder

        // A tick drawn from two bars, so it needs no image.
        Rectangle {
            visible: control.checked
            x: 5; y: 11
            width: 7; height: 3
            rotation: 45
            color: Theme.textOnPrimary
        }
        Rectangle {
            visible: control.checked
            x: 8; y: 9
            width: 12; height: 3
            rotation: -50
            color: Theme.textOnPrimary
        }
    }

    contentItem: ControlText {
        leftPadding: control.mirrored ? 0 : control.indicator.width + control.spacing
        rightPadding: control.mirrored ? control.indicator.width + control.spacing : 0
        text: control.text
        font: control.font
        wrapMode: Text.Wrap
        elide: Text.ElideNone
    }

    background: Item {
        implicitWidth: Theme.touchTarget
        implicitHeight: Theme.touchTarget
    }

    FocusRing {
        shown: control.visualFocus
        controlRadius: Theme.controlRadius
    }
}
