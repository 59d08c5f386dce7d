import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stepstone

// The way from a block of the Today page to its own page, at the block's foot.
Button {
    flat: true
    Layout.alignment: Qt.AlignRight
    Layout.preferredHeight: Theme.touchTarget
    Accessible.name: text
}
