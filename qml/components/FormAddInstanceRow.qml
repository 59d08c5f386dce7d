import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stepstone

// After the last instance of a repeating group: one more (another link of the chain).
Button {
    id: row

    required property FormSession session
    required property int index
    required text
    required property int depth

    // The new instance's first question is at `row`.
    signal added(int row)

    objectName: "formAddInstance"
    Accessible.name: text
    Layout.leftMargin: Math.min(row.depth, 3) * Theme.spacingLarge
    Layout.maximumWidth: parent ? parent.width - Layout.leftMargin : implicitWidth
    onClicked: row.added(row.session.addInstance(row.index))
}
