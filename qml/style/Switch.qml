import QtQuick
import QtQuick.Templates as T
import StepstoneTheme

// On and off; the whole row, label included, is the touch target.
T.Switch {
    id: control

    implicitWidth: Math.max(implicitBackgroundWidth + leftInset + rightInset,
                            implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(implicitBackgroundHeight + topInset + bottomInset,
                             implicitContentHeight + topPadding + bottomPadding,
                             implicitIndicatorHeight + topPadding + bottomPadding)
    padding: Theme.spacingSmall
    spacing: Theme.spacing + Theme.spacingSmall

    indicator: Rectangle {
        implicitWidth: 48
        implicitHeight: 28
        x: control.mirrored ? control.width - width - control.rightPadding : control.leftPadding
        y: control.topPadding + (control.availableHeight - height) / 2
        radius: height / 2
        color: control.checked ? Theme.primary : Theme.surface
        border.width: 2
        border.color: control.checked ? Theme.primary : Theme.controlBorder

        Rectangle {
            x: 4 + control.visualPosition * (parent.width - width - 8)
            anchors.verticalCenter: parent.verticalCenter
            width: 20
            height: 20
            radius: width / 2
            color: control.checked ? Theme.textOnPrimary : Theme.controlBorder

            Behavior on x {
                enabled: !control.down
                SmoothedAnimation { velocity: 200 }
            }
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
