import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stepstone

// Which reminders come and when, what they say to whoever sees the screen, and whether the app
// stays running for them. Each choice is kept at once.
Page {
    id: page

    objectName: "remindersPage"
    title: qsTr("Reminders")
    background: Rectangle { color: Theme.background }

    header: PageHeader {
        title: page.title
    }

    // A label over a list to choose from.
    component Picker: ColumnLayout {
        id: picker
        property string label
        property alias choices: box.model
        property alias chosen: box.currentIndex
        signal picked(int index)
        spacing: Theme.spacingSmall
        Layout.fillWidth: true
        // One line: a wrapping label's height is not laid out again in Qt 6.4 once the page
        // narrows, and these labels are short.
        Label {
            text: picker.label
            textFormat: Text.PlainText
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        ComboBox {
            id: box
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget
            Accessible.name: picker.label + " " + currentText
            onActivated: index => picker.picked(index)
        }
    }

    component LeadPicker: Picker {
        choices: ReminderSettingsModel.leadChoices
    }

    component HourPicker: Picker {
        choices: ReminderSettingsModel.hourChoices
    }

    component Note: Label {
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        color: Theme.mutedText
        font.pixelSize: Theme.fontSmall
        Layout.fillWidth: true
    }

    ScrollView {
        id: scroll
        objectName: "remindersScroll"
        anchors.fill: parent
        implicitWidth: 0
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(parent.width, Theme.contentMaxWidth) - 2 * Theme.spacing
            x: (parent.width - width) / 2
            spacing: Theme.spacing

            Item { Layout.preferredHeight: Theme.spacingSmall }

            Label {
                objectName: "remindersProblem"
                visible: text.length > 0
                text: Reminders.problem.length > 0 ? Reminders.problem
                                                   : ReminderSettingsModel.problem
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                color: Theme.error
                Layout.fillWidth: true
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }

            SectionCard {
                objectName: "remindWhatCard"
                title: qsTr("Remind me of")

                Switch {
                    objectName: "sessionsOn"
                    text: qsTr("Sessions")
                    checked: ReminderSettingsModel.sessionsOn
                    Layout.fillWidth: true
                    Accessible.name: text
                    onToggled: ReminderSettingsModel.sessionsOn = checked
                }
                LeadPicker {
                    objectName: "firstLead"
                    visible: ReminderSettingsModel.sessionsOn
                    label: qsTr("First reminder")
                    chosen: ReminderSettingsModel.firstLead
                    onPicked: index => ReminderSettingsModel.firstLead = index
                }
                LeadPicker {
                    objectName: "secondLead"
                    visible: ReminderSettingsModel.sessionsOn
                    label: qsTr("Second reminder")
                    chosen: ReminderSettingsModel.secondLead
                    onPicked: index => ReminderSettingsModel.secondLead = index
                }
                Switch {
                    objectName: "dosesOn"
                    text: qsTr("Medicines, at each dose’s time")
                    checked: ReminderSettingsModel.dosesOn
                    Layout.fillWidth: true
                    Accessible.name: text
                    onToggled: ReminderSettingsModel.dosesOn = checked
                }
                Switch {
                    objectName: "checkInOn"
                    text: qsTr("Daily check-in, at %1").arg(ReminderSettingsModel.checkInTimeText)
                    checked: ReminderSettingsModel.checkInOn
                    Layout.fillWidth: true
                    Accessible.name: text
                    onToggled: ReminderSettingsModel.checkInOn = checked
                }
                Note {
                    visible: ReminderSettingsModel.checkInOn
                    text: qsTr("You choose the check-in time on the Check-in page.")
                }
                Switch {
                    objectName: "homeworkOn"
                    text: qsTr("Homework, on the day it is due")
                    checked: ReminderSettingsModel.homeworkOn
                    Layout.fillWidth: true
                    Accessible.name: text
                    onToggled: ReminderSettingsModel.homeworkOn = checked
                }
                HourPicker {
                    objectName: "homeworkHour"
                    visible: ReminderSettingsModel.homeworkOn
                    label: qsTr("Homework reminder at")
                    chosen: ReminderSettingsModel.homeworkHour
                    onPicked: index => ReminderSettingsModel.homeworkHour = index
                }
            }

            SectionCard {
                objectName: "quietCard"
                title: qsTr("Quiet hours")

                Switch {
                    objectName: "quietOn"
                    text: qsTr("No reminders during quiet hours")
                    checked: ReminderSettingsModel.quietOn
                    Layout.fillWidth: true
                    Accessible.name: text
                    onToggled: ReminderSettingsModel.quietOn = checked
                }
                HourPicker {
                    objectName: "quietFrom"
                    visible: ReminderSettingsModel.quietOn
                    label: qsTr("From")
                    chosen: ReminderSettingsModel.quietFromHour
                    onPicked: index => ReminderSettingsModel.quietFromHour = index
                }
                HourPicker {
                    objectName: "quietUntil"
                    visible: ReminderSettingsModel.quietOn
                    label: qsTr("Until")
                    chosen: ReminderSettingsModel.quietUntilHour
                    onPicked: index => ReminderSettingsModel.quietUntilHour = index
                }
                Note {
                    text: qsTr("A reminder that falls in quiet hours comes when they end. One that "
                               + "would be too late by then, such as a dose’s, does not come.")
                }
            }

            SectionCard {
                objectName: "wordsCard"
                title: qsTr("What reminders say")

                Switch {
                    objectName: "detailed"
                    text: qsTr("Say what each reminder is about")
                    checked: ReminderSettingsModel.detailed
                    Layout.fillWidth: true
                    Accessible.name: text
                    onToggled: ReminderSettingsModel.detailed = checked
                }
                Label {
                    objectName: "reminderExample"
                    text: qsTr("A reminder reads: %1").arg(ReminderSettingsModel.example)
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Note {
                    text: ReminderSettingsModel.detailed
                          ? qsTr("Anyone who sees your screen can read what a reminder is about.")
                          : qsTr("Whoever sees your screen learns nothing from a reminder.")
                }
            }

            SectionCard {
                objectName: "backgroundCard"
                title: qsTr("When the window is closed")

                Switch {
                    objectName: "keepRunning"
                    text: qsTr("Keep running so reminders still come")
                    checked: ReminderSettingsModel.keepRunning
                    Layout.fillWidth: true
                    Accessible.name: text
                    onToggled: ReminderSettingsModel.keepRunning = checked
                }
                Switch {
                    objectName: "startAtLogin"
                    visible: ReminderSettingsModel.startAtLoginAvailable
                    text: qsTr("Start when I log in, without a window")
                    checked: ReminderSettingsModel.startAtLogin
                    Layout.fillWidth: true
                    Accessible.name: text
                    onToggled: ReminderSettingsModel.startAtLogin = checked
                }
                Note {
                    text: qsTr("Without either, reminders come only while Stepstone is open.")
                }
            }

            SectionCard {
                objectName: "calendarCard"
                title: qsTr("Sessions in your calendar")

                Note {
                    text: qsTr("Saves your sessions as a calendar file that your calendar app can "
                               + "import. Importing it again updates the same events.")
                }
                Label {
                    objectName: "calendarPath"
                    text: CalendarFile.path
                    textFormat: Text.PlainText
                    wrapMode: Text.WrapAnywhere
                    Layout.fillWidth: true
                }
                Button {
                    objectName: "saveCalendar"
                    text: qsTr("Save the calendar file")
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touchTarget
                    Accessible.name: text
                    onClicked: CalendarFile.write()
                }
                Label {
                    objectName: "calendarStatus"
                    visible: text.length > 0
                    text: CalendarFile.status
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    Accessible.role: Accessible.StatusBar
                    Accessible.name: text
                }
                Switch {
                    objectName: "calendarKeptUpdated"
                    text: qsTr("Save it again whenever my sessions change")
                    checked: CalendarFile.keptUpdated
                    Layout.fillWidth: true
                    Accessible.name: text
                    onToggled: CalendarFile.keptUpdated = checked
                }
                Switch {
                    objectName: "calendarDetailed"
                    text: qsTr("Name each session and its place")
                    checked: CalendarFile.detailed
                    Layout.fillWidth: true
                    Accessible.name: text
                    onToggled: CalendarFile.detailed = checked
                }
                Note {
                    text: CalendarFile.detailed
                          ? qsTr("Your calendar, and any service it syncs with, shows each session’s name and place.")
                          : qsTr("Each session shows as “Appointment”, and nothing more.")
                }
            }

            Item { Layout.preferredHeight: Theme.spacing }
        }
    }
}
