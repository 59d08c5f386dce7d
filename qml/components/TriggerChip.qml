import QtQuick
import QtQuick.Controls
import Stepstone

// One trigger the client can mark; filled when it played a part.
Button {
    id: chip

    checkable: true
    font.pixelSize: Theme.fontBody
    leftPadding: Theme.spacingLarge
    rightPadding: Theme.spacingLarge
    Accessible.role: Accessible.CheckBox
    Accessible.checkable: true
    Accessible.checked: checked
    Accessible.name: text

    background: Rectangle {
        implicitHeight: Theme.touchTarget
        radius: height / 2
        color: chip.checked ? Theme.primary : Theme.surface
        border.color: chip.checked ? Theme.primary : Theme.controlBorder
    }
}
