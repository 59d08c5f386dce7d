import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stepstone

// The heading of a group of questions; an instance of a repeating group can be taken out.
FormRowFrame {
    id: row

    required property FormSession session
    required property int index
    required property bool canRemove

    heading: true

    focusTarget: remove

    Button {
        id: remove
        objectName: "formRemoveInstance"
        visible: row.canRemove
        text: qsTr("Remove")
        flat: true
        Accessible.name: qsTr("Remove %1").arg(row.text)
        onClicked: row.session.removeInstance(row.index)
    }
}
