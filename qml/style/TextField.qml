import QtQuick
import QtQuick.Templates as T
import StepstoneTheme

T.TextField {
    id: control

    implicitWidth: implicitBackgroundWidth + leftInset + rightInset
                   || Math.max(contentWidth, placeholder.implicitWidth) + leftPadding + rightPadding
    implicitHeight: Math.max(implicitBackgroundHeight + topInset + bottomInset,
                             contentHeight + topPadding + bottomPadding,
                             placeholder.implicitHeight + topPadding + bottomPadding)
    padding: Theme.spacing
    leftPadding: Theme.spacing + Theme.spacingSmall

    color: Theme.text
    selectionColor: Theme.primary
    selectedTextColor: Theme.textOnPrimary
    placeholderTextColor: Theme.mutedText
    verticalAlignment: TextInput.AlignVCenter

    ControlText {
        id: placeholder
        x: control.leftPadding
        y: control.topPadding
        width: control.width - (control.leftPadding + control.rightPadding)
        height: control.height - (control.topPadding + control.bottomPadding)
        text: control.placeholderText
        font: control.font
        color: control.placeholderTextColor
        verticalAlignment: control.verticalAlignment
        visible: !control.length && !control.preeditText
                 && (!control.activeFocus || control.horizontalAlignment !== Qt.AlignHCenter)
    }

    background: FieldBackground {
        focused: control.activeFocus
    }

    // A text field is no Control and has no visualFocus: the ring shows when Tab brought the focus.
    FocusRing {
        shown: control.activeFocus && (control.focusReason === Qt.TabFocusReason
                                       || control.focusReason === Qt.BacktabFocusReason)
        controlRadius: Theme.controlRadius
    }
}
