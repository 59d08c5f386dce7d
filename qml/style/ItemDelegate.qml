import QtQuick
import QtQuick.Templates as T
import StepstoneTheme

// A row in a list. Lists clip at their edges, so the focus ring sits just inside the row. It shows
// when the keyboard brought the focus to the row, or to the list while this row is its current
// one (the arrow keys move it).
T.ItemDelegate {
    id: control

    implicitWidth: Math.max(implicitBackgroundWidth + leftInset + rightInset,
                            implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(implicitBackgroundHeight + topInset + bottomInset,
                             implicitContentHeight + topPadding + bottomPadding)
    padding: Theme.spacing + Theme.spacingSmall
    spacing: Theme.spacing

    contentItem: ControlText {
        text: control.text
        font: control.font
    }

    background: Rectangle {
        implicitWidth: Theme.touchTarget * 2
        implicitHeight: Theme.touchTarget
        radius: Theme.controlRadius
        color: control.down || control.highlighted ? Theme.selectedFill : "transparent"
    }

    FocusRing {
        shown: (control.activeFocus && control.focusReason !== Qt.MouseFocusReason)
               || (control.ListView.isCurrentItem && control.ListView.view.activeFocus)
        inside: true
        controlRadius: Theme.controlRadius
    }
}
