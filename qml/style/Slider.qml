import QtQuick
import QtQuick.Templates as T
import StepstoneTheme

// A horizontal scale (the app has no vertical one): the part up to the handle in the primary
// colour, the rest in the control border colour; the focus ring goes round the handle.
T.Slider {
    id: control

    implicitWidth: Math.max(implicitBackgroundWidth + leftInset + rightInset,
                            implicitHandleWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(Theme.touchTarget, implicitHandleHeight + topPadding + bottomPadding)
    padding: Theme.spacingSmall

    handle: Rectangle {
        x: control.leftPadding + control.visualPosition * (control.availableWidth - width)
        y: control.topPadding + (control.availableHeight - height) / 2
        implicitWidth: 28
        implicitHeight: 28
        radius: width / 2
        color: control.pressed ? Theme.selectedFill : Theme.surface
        border.width: 2
        border.color: Theme.primary

        FocusRing {
            shown: control.visualFocus
            controlRadius: parent.radius
        }
    }

    background: Rectangle {
        x: control.leftPadding
        y: control.topPadding + (control.availableHeight - height) / 2
        implicitWidth: 200
        implicitHeight: 6
        width: control.availableWidth
        height: implicitHeight
        radius: height / 2
        color: Theme.controlBorder

        Rectangle {
            width: control.visualPosition * parent.width
            height: parent.height
            radius: parent.radius
            color: Theme.primary
        }
    }
}
