import QtQuick
import QtQuick.Templates as T
import StepstoneTheme

// A short hint beside a control, as plain text in the theme's inverse colours.
T.ToolTip {
    id: control

    x: parent ? (parent.width - implicitWidth) / 2 : 0
    y: -implicitHeight - Theme.spacingSmall
    implicitWidth: Math.max(implicitBackgroundWidth + leftInset + rightInset,
                            implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(implicitBackgroundHeight + topInset + bottomInset,
                             implicitContentHeight + topPadding + bottomPadding)
    margins: Theme.spacing
    padding: Theme.spacing
    closePolicy: T.Popup.CloseOnEscape | T.Popup.CloseOnPressOutsideParent
                 | T.Popup.CloseOnReleaseOutsideParent

    contentItem: ControlText {
        text: control.text
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.Wrap
        color: Theme.background
    }

    background: Rectangle {
        color: Theme.text
        radius: Theme.controlRadius / 2
    }
}
