import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stepstone

// Every craving the client has logged, newest first.
Page {
    id: page

    signal logCravingRequested()
    signal editRequested(string logId)

    objectName: "logPage"
    title: qsTr("Craving log")
    background: Rectangle { color: Theme.background }

    header: PageHeader {
        title: page.title
        actionText: qsTr("Log a craving")
        onActionTriggered: page.logCravingRequested()
    }

    KeyboardList {
        id: list
        objectName: "allLogs"
        anchors.fill: parent
        anchors.margins: Theme.spacing
        clip: true
        spacing: Theme.spacingSmall
        model: CravingLogModel {
            id: logs
            session: ProfileSession
            skills: CopingSkillList
            drafts: CravingDrafts
        }
        delegate: CravingLogDelegate {
            onClicked: page.editRequested(logId)
        }
        ScrollBar.vertical: ScrollBar {}

        EmptyState {
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.spacingLarge
            horizontalAlignment: Text.AlignHCenter
            visible: logs.count === 0
            text: logs.errorText.length > 0 ? logs.errorText : qsTr("No cravings logged yet.")
        }
    }
}
