import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stepstone

// The clinic's upcoming sessions. Pulling the list down asks the clinic for news.
Page {
    id: page

    signal connectRequested()

    objectName: "sessionsPage"
    title: qsTr("Sessions")
    background: Rectangle { color: Theme.background }

    readonly property bool signedIn: ClinicConnection.state === ClinicConnection.SignedIn

    header: PageHeader {
        title: page.title
        actionText: page.signedIn ? qsTr("Update") : ""
        onActionTriggered: ClinicConnection.refresh()
    }

    ColumnLayout {
        width: Math.min(parent.width, Theme.contentMaxWidth) - 2 * Theme.spacing
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        SyncStatusLine {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing
            Layout.rightMargin: Theme.spacing
        }

        // Positioned rather than a row layout, which kept the height of fewer lines than the
        // words wrapped to (three in Spanish on a phone) and let the list cover the last one.
        Item {
            visible: !page.signedIn && sessions.count > 0
            Layout.fillWidth: true
            Layout.preferredHeight: Math.max(mayBeOld.implicitHeight, connect.implicitHeight)
            Layout.leftMargin: Theme.spacing
            Layout.rightMargin: Theme.spacing
            Label {
                id: mayBeOld
                objectName: "sessionsMayBeOld"
                anchors { left: parent.left; right: connect.left; rightMargin: Theme.spacing }
                anchors.verticalCenter: parent.verticalCenter
                text: qsTr("Not connected to your clinic, so these may be out of date.")
                color: Theme.mutedText
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
            }
            Button {
                id: connect
                anchors { right: parent.right; verticalCenter: parent.verticalCenter }
                text: qsTr("Connect")
                Accessible.name: qsTr("Connect to your clinic")
                onClicked: page.connectRequested()
            }
        }

        KeyboardList {
            id: list
            objectName: "sessionList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacing
            boundsBehavior: Flickable.DragOverBounds
            model: SessionListModel {
                id: sessions
                session: ProfileSession
            }
            delegate: SessionCard {}
            ScrollBar.vertical: ScrollBar {}

            // Pull to refresh: let go after pulling the top of the list down far enough.
            readonly property bool pulledFarEnough: verticalOvershoot < -Theme.touchTarget * 1.5
            onDragEnded: if (pulledFarEnough) ClinicConnection.refresh()

            Label {
                anchors.horizontalCenter: parent.horizontalCenter
                y: -list.verticalOvershoot - height - Theme.spacing
                visible: list.verticalOvershoot < 0 && page.signedIn
                text: list.pulledFarEnough ? qsTr("Release to update") : qsTr("Pull to update")
                color: Theme.mutedText
                font.pixelSize: Theme.fontSmall
            }

            ColumnLayout {
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.spacingLarge
                visible: sessions.count === 0
                spacing: Theme.spacingLarge
                EmptyState {
                    objectName: "sessionsEmpty"
                    horizontalAlignment: Text.AlignHCenter
                    text: sessions.errorText.length > 0 ? sessions.errorText
                        : page.signedIn ? qsTr("No upcoming sessions.")
                        : qsTr("Connect to your clinic to see your sessions here.")
                }
                Button {
                    visible: !page.signedIn
                    text: qsTr("Connect to your clinic")
                    highlighted: true
                    Accessible.name: text
                    Layout.alignment: Qt.AlignHCenter
                    onClicked: page.connectRequested()
                }
            }
        }
    }
}
