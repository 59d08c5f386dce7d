import QtQuick
import QtQuick.Templates as T
import StepstoneTheme

// A choice from a list whose entries may come from the clinic (the coping skills): every entry is
// shown as plain text. Not editable (the app has no editable one).
T.ComboBox {
    id: control

    implicitWidth: Math.max(implicitBackgroundWidth + leftInset + rightInset,
                            implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(implicitBackgroundHeight + topInset + bottomInset,
                             implicitContentHeight + topPadding + bottomPadding,
                             implicitIndicatorHeight + topPadding + bottomPadding)
    padding: Theme.spacing
    leftPadding: padding + (control.mirrored ? indicator.width + spacing : Theme.spacingSmall)
    rightPadding: padding + (control.mirrored ? Theme.spacingSmall : indicator.width + spacing)

    delegate: ItemDelegate {
        required property var model
        required property int index

        width: ListView.view.width
        text: model[control.textRole]
        font.weight: control.currentIndex === index ? Font.DemiBold : Font.Normal
        highlighted: control.highlightedIndex === index
        hoverEnabled: control.hoverEnabled
    }

    indicator: ControlText {
        x: control.mirrored ? control.padding : control.width - width - control.padding
        y: control.topPadding + (control.availableHeight - height) / 2
        text: "\u25be"
        font.pixelSize: Theme.fontTitle
    }

    contentItem: ControlText {
        text: control.displayText
        font: control.font
    }

    background: Rectangle {
        implicitWidth: Theme.touchTarget * 3
        implicitHeight: Theme.touchTarget
        radius: Theme.controlRadius
        color: control.down ? Theme.selectedFill : Theme.surface
        border.width: 1
        border.color: Theme.controlBorder
    }

    popup: T.Popup {
        y: control.height
        width: control.width
        height: Math.min(contentItem.implicitHeight + topPadding + bottomPadding,
                         control.Window.height - topMargin - bottomMargin)
        topMargin: Theme.spacing
        bottomMargin: Theme.spacing
        padding: 1

        contentItem: ListView {
            clip: true
            implicitHeight: contentHeight
            model: control.delegateModel
            currentIndex: control.highlightedIndex
            highlightMoveDuration: 0
        }

        background: Rectangle {
            color: Theme.surface
            radius: Theme.controlRadius
            border.width: 1
            border.color: Theme.controlBorder
        }
    }

    FocusRing {
        shown: control.visualFocus
        controlRadius: Theme.controlRadius
    }
}
