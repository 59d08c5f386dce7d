import QtQuick
import QtQuick.Controls
import Stepstone

// One trigger the client can mark; checked when it played a part.
Button {
    id: chip

    checkable: true
    flat: !checked
    highlighted: checked
    font.pixelSize: Theme.fontBody
    Accessible.role: Accessible.CheckBox
    Accessible.checkable: true
    Accessible.checked: checked
    Accessible.name: text
}
