import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stepstone

// A page's title bar: the title, and an optional action on the right.
ToolBar {
    id: header

    property string title
    property string actionText
    signal actionTriggered()

    // A long title (Spanish runs long) takes a second line rather than being cut.
    implicitHeight: Math.max(Theme.touchTarget, row.implicitHeight) + Theme.spacing
    background: Rectangle { color: Theme.background }

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: Theme.spacingLarge
        anchors.rightMargin: Theme.spacing
        Label {
            text: header.title
            font.pixelSize: Theme.fontHeadline
            font.bold: true
            color: Theme.text
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
            Accessible.role: Accessible.Heading
        }
        Button {
            objectName: "headerAction"
            visible: header.actionText.length > 0
            Layout.maximumWidth: header.width / 2
            text: header.actionText
            highlighted: true
            Accessible.name: text
            onClicked: header.actionTriggered()
        }
    }
}
