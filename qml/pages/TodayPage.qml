import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stepstone

// The first page: what today holds, each block leading to its own page. On a phone the first
// screen holds the next session, the quick craving log and today's first doses; on a desktop the
// blocks sit in two columns, with nothing to scroll.
Page {
    id: page

    signal logCravingRequested()
    signal editRequested(string logId)
    // The destination a block leads to ("sessions", "checkIn", "log", …).
    signal destinationRequested(string key)
    signal lapseRequested()
    // The client opens a Task of their homework from here.
    signal homeworkRequested(string taskId)

    objectName: "todayPage"
    // Shown again after a night (or a sleep of the computer): the new day at once.
    onVisibleChanged: {
        if (visible) {
            CheckInToday.recheck()
            LapseHistory.recheck()
        }
    }
    title: qsTr("Today")
    background: Rectangle { color: Theme.background }

    readonly property bool wide: width >= Theme.compactWidth
    // Today shows the first doses of the day; the Medicines page has them all.
    readonly property int doseRowsShown: 2

    CravingLogModel {
        id: latest
        session: ProfileSession
        skills: CopingSkillList
        drafts: CravingDrafts
        limit: 1
    }

    DosesTodayModel {
        id: dosesToday
        session: ProfileSession
    }

    NextMeeting {
        id: meeting
        session: ProfileSession
    }

    HomeworkListModel {
        id: homeworkToDo
        session: ProfileSession
        toDoOnly: true
    }
    // Today shows the first homework to do; the Homework page has it all.
    readonly property int homeworkRowsShown: 2

    SessionListModel {
        id: nextSession
        session: ProfileSession
        includeCancelled: false
        limit: 1
    }

    ScrollView {
        id: scroll
        objectName: "todayScroll"
        anchors.fill: parent
        implicitWidth: 0
        contentWidth: availableWidth

        GridLayout {
            id: grid
            width: Math.min(parent.width, page.wide ? Theme.contentMaxWidth * 1.6
                                                    : Theme.contentMaxWidth) - 2 * Theme.spacing
            x: (parent.width - width) / 2
            // The blocks' cells: one column on a phone, in the order of this file; two on a
            // desktop, the doses beside the check-in, the days and the next meeting.
            columns: page.wide ? 2 : 1
            // Both columns the same width, whatever their blocks hold.
            readonly property real cellWidth: (width - (columns - 1) * columnSpacing) / columns
            columnSpacing: Theme.spacing
            rowSpacing: Theme.spacing

            Label {
                text: page.title
                font.pixelSize: Theme.fontHeadline
                font.bold: true
                color: Theme.text
                Layout.row: 0
                Layout.column: 0
                Layout.columnSpan: grid.columns
                Layout.topMargin: Theme.spacing
                Layout.leftMargin: Theme.spacing
                Accessible.role: Accessible.Heading
            }

            SectionCard {
                objectName: "nextSessionBlock"
                Layout.row: 1
                Layout.column: 0
                title: qsTr("Next session")
                Layout.alignment: Qt.AlignTop
                Layout.preferredWidth: grid.cellWidth
                EmptyState {
                    visible: nextSession.count === 0
                    text: nextSession.errorText.length > 0 ? nextSession.errorText
                                                           : qsTr("No session coming up.")
                }
                Repeater {
                    model: nextSession
                    delegate: ColumnLayout {
                        id: sessionRow
                        required property string sessionId
                        required property string title
                        required property string dayText
                        required property string timeText
                        required property string untilText
                        required property string place
                        required property string answer
                        required property bool answerPending
                        objectName: "nextSession"
                        spacing: Theme.spacingSmall
                        Layout.fillWidth: true
                        Label {
                            text: sessionRow.dayText + " \u00b7 " + sessionRow.timeText
                                  + (sessionRow.untilText.length > 0
                                     ? " \u00b7 " + sessionRow.untilText : "")
                            font.bold: true
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Label {
                            text: sessionRow.title
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Label {
                            visible: text.length > 0
                            text: sessionRow.place
                            color: Theme.mutedText
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        // One row for the answer and the way to every session, so that the
                        // phone's first screen also holds the quick log and the doses.
                        RowLayout {
                            Layout.fillWidth: true
                            Button {
                                objectName: "confirmNextSession"
                                visible: sessionRow.answer === "none"
                                         && ClinicConnection.mayAnswerSessions
                                text: qsTr("I'll be there")
                                Layout.preferredHeight: Theme.touchTarget
                                Accessible.name: qsTr("Confirm: I'll be there")
                                onClicked: ClinicConnection.answerSession(sessionRow.sessionId,
                                                                          true)
                            }
                            Item { Layout.fillWidth: true }
                            BlockLink {
                                objectName: "nextSessionLink"
                                text: qsTr("All sessions")
                                onClicked: page.destinationRequested("sessions")
                            }
                        }
                        EmptyState {
                            visible: sessionRow.answer !== "none"
                            text: sessionRow.answer === "attending"
                                  ? (sessionRow.answerPending
                                     ? qsTr("You said you'll be there; waiting to be sent.")
                                     : qsTr("You said you'll be there."))
                                  : qsTr("You said you can't make it.")
                        }
                    }
                }
                BlockLink {
                    visible: nextSession.count === 0
                    text: qsTr("All sessions")
                    onClicked: page.destinationRequested("sessions")
                }
            }

            SectionCard {
                objectName: "quickLogBlock"
                Layout.row: page.wide ? 1 : 2
                Layout.column: page.wide ? 1 : 0
                title: qsTr("Having a craving?")
                Layout.alignment: Qt.AlignTop
                Layout.preferredWidth: grid.cellWidth
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
                Repeater {
                    objectName: "latestLogs"
                    model: latest
                    delegate: CravingLogDelegate {
                        onClicked: page.editRequested(logId)
                    }
                }
                BlockLink {
                    // On a phone, Log is in the bottom bar.
                    visible: page.wide && latest.count > 0
                    text: qsTr("See all logs")
                    onClicked: page.destinationRequested("log")
                }
            }

            // The doses and the homework to do, one under the other in one cell: on a desktop
            // the column beside the check-in, the days and the next meeting.
            ColumnLayout {
                Layout.row: page.wide ? 2 : 3
                Layout.column: 0
                Layout.rowSpan: page.wide ? 3 : 1
                Layout.alignment: Qt.AlignTop
                Layout.preferredWidth: grid.cellWidth
                spacing: grid.rowSpacing
                SectionCard {
                    objectName: "dosesBlock"
                    title: qsTr("Doses today")
                    EmptyState {
                        visible: dosesToday.count === 0
                        text: dosesToday.errorText.length > 0 ? dosesToday.errorText
                                                              : qsTr("No doses to mark today.")
                    }
                    Repeater {
                        objectName: "todayDoses"
                        model: dosesToday
                        delegate: DoseRow {
                            doses: dosesToday
                            visible: index < page.doseRowsShown
                            Layout.fillWidth: true
                        }
                    }
                    EmptyState {
                        objectName: "moreDoses"
                        visible: dosesToday.count > page.doseRowsShown
                        text: qsTr("%1 more today.").arg(dosesToday.count - page.doseRowsShown)
                    }
                    Label {
                        visible: text.length > 0
                        text: dosesToday.actionErrorText
                        color: Theme.error
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    BlockLink {
                        objectName: "dosesLink"
                        text: qsTr("Medicines")
                        onClicked: page.destinationRequested("medicines")
                    }
                }

                SectionCard {
                    objectName: "homeworkBlock"
                    visible: homeworkToDo.toDoCount > 0
                    title: qsTr("Homework")
                    Repeater {
                        model: homeworkToDo
                        delegate: ItemDelegate {
                            id: homeworkRow
                            required property int index
                            required property string key
                            required property string title
                            required property string whenText
                            objectName: "todayHomework-" + index
                            visible: index < page.homeworkRowsShown
                            Layout.fillWidth: true
                            Accessible.name: homeworkRow.title + ", " + homeworkRow.whenText
                            onClicked: page.homeworkRequested(homeworkRow.key)
                            contentItem: ColumnLayout {
                                spacing: 2
                                Label {
                                    text: homeworkRow.title
                                    textFormat: Text.PlainText
                                    font.pixelSize: Theme.fontBody
                                    color: Theme.text
                                    wrapMode: Text.Wrap
                                    maximumLineCount: 2
                                    elide: Text.ElideRight
                                    Layout.fillWidth: true
                                }
                                Label {
                                    text: homeworkRow.whenText
                                    font.pixelSize: Theme.fontSmall
                                    color: Theme.mutedText
                                    wrapMode: Text.Wrap
                                    Layout.fillWidth: true
                                }
                            }
                        }
                    }
                    EmptyState {
                        objectName: "moreHomework"
                        visible: homeworkToDo.toDoCount > page.homeworkRowsShown
                        text: qsTr("and %n more", "", homeworkToDo.toDoCount - page.homeworkRowsShown)
                    }
                    BlockLink {
                        objectName: "homeworkLink"
                        text: qsTr("All homework")
                        onClicked: page.destinationRequested("homework")
                    }
                }
            }
            SectionCard {
                objectName: "checkInBlock"
                Layout.row: page.wide ? 2 : 4
                Layout.column: page.wide ? 1 : 0
                title: qsTr("Check-in")
                Layout.alignment: Qt.AlignTop
                Layout.preferredWidth: grid.cellWidth
                Label {
                    objectName: "checkInSummary"
                    text: CheckInToday.answered ? CheckInToday.summary
                                                : CheckInToday.due
                                                  ? qsTr("It's time for today's check-in.")
                                                  : qsTr("How is today going? Check in any time; "
                                                         + "yours is set for %1.")
                                                    .arg(CheckInToday.timeText)
                    font.bold: CheckInToday.due
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                BlockLink {
                    objectName: "checkInLink"
                    text: CheckInToday.answered ? qsTr("Change today's check-in")
                                                : qsTr("Check in")
                    highlighted: CheckInToday.due
                    onClicked: page.destinationRequested("checkIn")
                }
            }

            SectionCard {
                objectName: "lapseBlock"
                Layout.row: page.wide ? 3 : 5
                Layout.column: page.wide ? 1 : 0
                title: qsTr("Days")
                Layout.alignment: Qt.AlignTop
                Layout.preferredWidth: grid.cellWidth
                Label {
                    objectName: "todayLapseSince"
                    visible: !LapseHistory.counterHidden
                    text: LapseHistory.sinceText
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                EmptyState {
                    visible: LapseHistory.counterHidden
                    text: qsTr("The count of days is hidden. You can show it on the Check-in page.")
                }
                BlockLink {
                    objectName: "todayRecordLapse"
                    text: qsTr("I used: record a lapse")
                    onClicked: page.lapseRequested()
                }
            }
            SectionCard {
                objectName: "meetingBlock"
                Layout.row: page.wide ? 4 : 6
                Layout.column: page.wide ? 1 : 0
                title: qsTr("Next meeting")
                Layout.alignment: Qt.AlignTop
                Layout.preferredWidth: grid.cellWidth
                Layout.bottomMargin: Theme.spacing
                Label {
                    objectName: "todayNextMeeting"
                    text: meeting.available
                          ? meeting.whenText + " \u00b7 " + meeting.title
                          : (meeting.errorText.length > 0 ? meeting.errorText
                                                          : qsTr("No meetings on your list yet."))
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                EmptyState {
                    visible: meeting.available && meeting.place.length > 0
                    text: meeting.place
                }
                BlockLink {
                    objectName: "meetingLink"
                    text: qsTr("Program and meetings")
                    onClicked: page.destinationRequested("program")
                }
            }
        }
    }
}
