import QtQuick
import QtQuick.Templates as T
import StepstoneTheme

// What the client types stays plain text: no markup is read from it, as it is shown nowhere as
// anything but the characters typed.
T.TextArea {
    id: control

    implicitWidth: Math.max(contentWidth + leftPadding + rightPadding,
                            implicitBackgroundWidth + leftInset + rightInset,
                            placeholder.implicitWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(contentHeight + topPadding + bottomPadding,
                             implicitBackgroundHeight + topInset + bottomInset,
                             placeholder.implicitHeight + topPadding + bottomPadding)
    padding: Theme.spacing
    leftPadding: Theme.spacing + Theme.spacingSmall
    textFormat: TextEdit.PlainText

    // Tab moves on, as it does everywhere else, rather than typing a tab character: a keyboard
    // user is never kept in the field.
    Keys.onTabPressed: control.nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason)
    Keys.onBacktabPressed: control.nextItemInFocusChain(false).forceActiveFocus(Qt.BacktabFocusReason)

    color: Theme.text
    selectionColor: Theme.primary
    selectedTextColor: Theme.textOnPrimary
    placeholderTextColor: Theme.mutedText

    ControlText {
        id: placeholder
        x: control.leftPadding
        y: control.topPadding
        width: control.width - (control.leftPadding + control.rightPadding)
        height: control.height - (control.topPadding + control.bottomPadding)
        text: control.placeholderText
        font: control.font
        color: control.placeholderTextColor
        verticalAlignment: Text.AlignTop
        wrapMode: Text.Wrap
        elide: Text.ElideNone
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
