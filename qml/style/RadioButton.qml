import QtQuick
import QtQuick.Templates as T
import StepstoneTheme

// One choice of several; the whole row, label included, is the touch target.
T.RadioButton {
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
        radius: width / 2
        color: Theme.surface
        border.width: 2
        border.color: control.checked ? Theme.primary : Theme.controlBorder

        Rectangle {
            anchors.centerIn: parent
            width: 12
            height: 12
            radius: width / 2
            color: Theme.primary
            visible: control.checked
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
