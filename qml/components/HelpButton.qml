import QtQuick
import QtQuick.Controls
import Stepstone

// "I need help now", the same wherever the client is; F1 does the same from anywhere (Main.qml).
// F1 because it is one key, needs no other held with it, is marked "help" on keyboards, and no
// text field takes it as typing.
Button {
    id: control

    objectName: "helpNowButton"
    text: "\u2661 " + qsTr("Help now")
    highlighted: true
    font.bold: true
    Accessible.name: qsTr("I need help now")
    Accessible.description: qsTr("Your plan, your people, crisis lines and an urge timer. Shortcut: F1")
    ToolTip.visible: hovered || visualFocus
    ToolTip.delay: 400
    ToolTip.text: qsTr("I need help now (F1)")
}
