import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stepstone

// Today's check-in: mood, craving, sleep, "used today" and one line of note. It shows what was
// answered today, and saving again changes today's answers.
SectionCard {
    id: form

    // The client said they used today and saved: the page may offer to record a lapse.
    signal usedTodaySaved()

    objectName: "checkInForm"
    title: qsTr("Today's check-in")

    // The day the form shows; at midnight it turns to the new day's (empty) answers.
    property string loadedDay

    function load() {
        loadedDay = CheckInToday.dayText
        mood.value = CheckInToday.mood
        craving.value = CheckInToday.craving
        sleepNoted.checked = CheckInToday.sleepHours >= 0
        sleep.value = Math.round(Math.max(CheckInToday.sleepHours, 7.5) * 2)
        used.checked = CheckInToday.usedToday
        note.text = CheckInToday.note
    }

    Component.onCompleted: load()
    Connections {
        target: CheckInToday
        function onChanged() {
            if (CheckInToday.dayText !== form.loadedDay)
                form.load()
        }
    }

    EmptyState {
        objectName: "checkInDay"
        text: CheckInToday.answered
              ? qsTr("%1: answered. You can change it until midnight.").arg(CheckInToday.dayText)
              : CheckInToday.dayText
    }

    Label {
        text: qsTr("Mood: %1 of 10").arg(mood.value)
        font.pixelSize: Theme.fontBody
        Layout.fillWidth: true
    }
    Slider {
        id: mood
        objectName: "checkInMood"
        from: 0; to: 10; stepSize: 1
        snapMode: Slider.SnapAlways
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.touchTarget
        Accessible.name: qsTr("Mood, %1 of 10: 0 is very low, 10 is very good").arg(value)
    }

    Label {
        text: qsTr("Craving today: %1 of 10").arg(craving.value)
        font.pixelSize: Theme.fontBody
        Layout.fillWidth: true
    }
    Slider {
        id: craving
        objectName: "checkInCraving"
        from: 0; to: 10; stepSize: 1
        snapMode: Slider.SnapAlways
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.touchTarget
        Accessible.name: qsTr("Strongest craving today, %1 of 10").arg(value)
    }

    Switch {
        id: sleepNoted
        objectName: "checkInSleepNoted"
        text: qsTr("Note how long I slept")
        Layout.fillWidth: true
        Accessible.name: text
    }
    SpinBox {
        id: sleep
        objectName: "checkInSleep"
        visible: sleepNoted.checked
        from: 0
        to: CheckInToday.maximumSleepHours * 2
        editable: true
        textFromValue: (value, locale) => qsTr("%1 h").arg(Number(value / 2).toLocaleString(locale, "f", value % 2 ? 1 : 0))
        valueFromText: (text, locale) => Math.round(Number.fromLocaleString(locale, text.replace(/[^0-9.,]/g, "")) * 2)
        Layout.preferredHeight: Theme.touchTarget
        Accessible.name: qsTr("Hours slept: %1").arg(displayText)
    }

    Switch {
        id: used
        objectName: "checkInUsed"
        text: qsTr("I used today")
        Layout.fillWidth: true
        Accessible.name: text
    }

    TextField {
        id: note
        objectName: "checkInNote"
        placeholderText: qsTr("One line, if you like")
        maximumLength: CheckInToday.maximumNoteLength
        Layout.fillWidth: true
        Accessible.name: qsTr("Note for today")
        onAccepted: save.clicked()
    }

    Label {
        objectName: "checkInError"
        visible: text.length > 0
        text: CheckInToday.errorText
        color: Theme.error
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    Button {
        id: save
        objectName: "saveCheckIn"
        text: CheckInToday.answered ? qsTr("Update check-in") : qsTr("Save check-in")
        highlighted: true
        enabled: CheckInToday.available
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.touchTarget
        Accessible.name: text
        onClicked: {
            const wasUsed = CheckInToday.usedToday
            if (CheckInToday.save(mood.value, craving.value,
                                  sleepNoted.checked ? sleep.value / 2 : -1,
                                  used.checked, note.text)) {
                form.load()
                if (used.checked && !wasUsed)
                    form.usedTodaySaved()
            }
        }
    }
}
