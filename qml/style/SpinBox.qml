import QtQuick
import QtQuick.Templates as T
import StepstoneTheme

// A number to type or to step with − and +, each a full touch target; the number is typed in
// the middle and read back by the control's valueFromText.
T.SpinBox {
    id: control

    implicitWidth: Math.max(implicitBackgroundWidth + leftInset + rightInset,
                            contentItem.implicitWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(implicitBackgroundHeight + topInset + bottomInset,
                             up.implicitIndicatorHeight, down.implicitIndicatorHeight)
    topPadding: 0
    bottomPadding: 0
    leftPadding: (control.mirrored ? up.indicator : down.indicator).width
    rightPadding: (control.mirrored ? down.indicator : up.indicator).width

    // Whether the typed number has the focus from Tab or Backtab: the ring shows then.
    property bool fieldFocusedByKeyboard: false

    // A template text field, not a TextInput: it knows why it has the focus.
    contentItem: T.TextField {
        function focusedByKeyboard() {
            return activeFocus && (focusReason === Qt.TabFocusReason
                                   || focusReason === Qt.BacktabFocusReason)
        }

        text: control.displayText
        font: control.font
        color: Theme.text
        selectionColor: Theme.primary
        selectedTextColor: Theme.textOnPrimary
        horizontalAlignment: Qt.AlignHCenter
        verticalAlignment: Qt.AlignVCenter
        readOnly: !control.editable
        validator: control.validator
        inputMethodHints: control.inputMethodHints
        onActiveFocusChanged: control.fieldFocusedByKeyboard = focusedByKeyboard()
        onFocusReasonChanged: control.fieldFocusedByKeyboard = focusedByKeyboard()

        // Around the whole control, but inside the field, which is what takes the focus.
        Item {
            x: -parent.x
            y: -parent.y
            width: control.width
            height: control.height
            FocusRing {
                shown: control.visualFocus || control.fieldFocusedByKeyboard
                controlRadius: Theme.controlRadius
            }
        }
    }

    up.indicator: Rectangle {
        x: control.mirrored ? 0 : control.width - width
        implicitWidth: Theme.touchTarget
        implicitHeight: Theme.touchTarget
        height: control.height
        radius: Theme.controlRadius
        color: control.up.pressed ? Theme.selectedFill : "transparent"
        ControlText {
            anchors.centerIn: parent
            text: "+"
            font.pixelSize: Theme.fontTitle
            color: enabled ? Theme.text : Theme.mutedText
        }
    }

    down.indicator: Rectangle {
        x: control.mirrored ? control.width - width : 0
        implicitWidth: Theme.touchTarget
        implicitHeight: Theme.touchTarget
        height: control.height
        radius: Theme.controlRadius
        color: control.down.pressed ? Theme.selectedFill : "transparent"
        ControlText {
            anchors.centerIn: parent
            text: "\u2212"
            font.pixelSize: Theme.fontTitle
            color: enabled ? Theme.text : Theme.mutedText
        }
    }

    background: FieldBackground {
        implicitWidth: Theme.touchTarget * 4
        focused: control.activeFocus
    }
}
