import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stepstone

Page {
    id: page

    signal logCravingRequested()
    signal editRequested(string logId)
    signal showAllRequested()

    objectName: "todayPage"
    title: qsTr("Today")
    background: Rectangle { color: Theme.background }

    CravingLogModel {
        id: latest
        session: ProfileSession
        skills: CopingSkillList
        drafts: CravingDrafts
        limit: 3
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(parent.width, Theme.contentMaxWidth)
            x: (parent.width - width) / 2
            spacing: Theme.spacingLarge

            Label {
                text: page.title
                font.pixelSize: Theme.fontHeadline
                font.bold: true
                color: Theme.text
                Layout.topMargin: Theme.spacingLarge
                Layout.leftMargin: Theme.spacingLarge
                Accessible.role: Accessible.Heading
            }

            SectionCard {
                title: qsTr("Having a craving?")
                Layout.leftMargin: Theme.spacing
                Layout.rightMargin: Theme.spacing
                EmptyState {
                    text: qsTr("Writing it down helps it pass. It takes a few seconds.")
                }
                Button {
                    objectName: "logCravingButton"
                    text: qsTr("Log a craving")
                    highlighted: true
                    focus: true
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touchTarget
                    Accessible.name: text
                    onClicked: page.logCravingRequested()
                }
                EmptyState {
                    objectName: "draftWaiting"
                    visible: CravingDrafts.hasNewLog
                    text: qsTr("A craving log you started is waiting: open it to finish or "
                               + "discard it.")
                }
            }

            SectionCard {
                title: qsTr("Latest logs")
                Layout.leftMargin: Theme.spacing
                Layout.rightMargin: Theme.spacing
                Layout.bottomMargin: Theme.spacingLarge

                EmptyState {
                    visible: latest.count === 0
                    text: latest.errorText.length > 0 ? latest.errorText
                                                      : qsTr("No cravings logged yet.")
                }
                Repeater {
                    objectName: "latestLogs"
                    model: latest
                    delegate: CravingLogDelegate {
                        onClicked: page.editRequested(logId)
                    }
                }
                Button {
                    visible: latest.count > 0
                    flat: true
                    text: qsTr("See all logs")
                    Accessible.name: text
                    onClicked: page.showAllRequested()
                }
            }
        }
    }
}
