import QtQuick
import QtQuick.Controls
import Stepstone

// "I need help now", the same wherever the client is; F1 does the same from anywhere (Main.qml).
// F1 because it is one key, needs no other held with it, is marked "help" on keyboards, and no
// text field takes it as typing.
Button {
    id: control

    // In the navigation: the sign above the words, as the destinations beside it show them.
    property bool stacked: false

    objectName: "helpNowButton"
    text: stacked ? "\u2661\n" + qsTr("Help", "the navigation's short label for I need help now")
                  : "\u2661 " + qsTr("Help now")
    horizontalPadding: stacked ? Theme.spacingSmall : Theme.spacingLarge
    highlighted: true
    font.bold: true
    Accessible.name: qsTr("I need help now")
    Accessible.description: qsTr("Your plan, your people, crisis lines and an urge timer. Shortcut: F1")
    ToolTip.visible: hovered || visualFocus
    ToolTip.delay: 400
    ToolTip.text: qsTr("I need help now (F1)")
}
