import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stepstone

// A titled card that groups one part of a page.
Pane {
    id: card

    property string title
    default property alias content: column.data

    Layout.fillWidth: true
    padding: Theme.spacingLarge
    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: Theme.outline
    }

    ColumnLayout {
        id: column
        anchors { left: parent.left; right: parent.right }
        spacing: Theme.spacing

        Label {
            visible: card.title.length > 0
            text: card.title
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.role: Accessible.Heading
        }
    }
}
