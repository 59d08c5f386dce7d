import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stepstone

// Recording a lapse, or changing one: the day, what happened, and what to try next time. Both
// answers are optional; the words are the client's.
SectionCard {
    id: form

    // Empty for a new lapse.
    property string lapseId
    signal saved(bool added)
    signal cancelled()

    function start(id, daysAgo, whatHappened, nextTime) {
        lapseId = id
        day.currentIndex = Math.max(0, Math.min(daysAgo, day.count - 1))
        what.text = whatHappened
        next.text = nextTime
        what.forceActiveFocus()
    }

    objectName: "lapseForm"
    title: lapseId.length > 0 ? qsTr("Change this lapse") : qsTr("Record a lapse")

    EmptyState {
        text: qsTr("A lapse is something to learn from, not a failure. Write as much or as "
                   + "little as you like.")
    }
    Label {
        text: qsTr("When")
        Layout.fillWidth: true
    }
    ComboBox {
        id: day
        objectName: "lapseDay"
        model: LapseHistory.dayChoices
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.touchTarget
        Accessible.name: qsTr("Day of the lapse: %1").arg(currentText)
    }
    Label {
        text: qsTr("What happened")
        Layout.fillWidth: true
    }
    TextArea {
        id: what
        objectName: "lapseWhat"
        wrapMode: TextEdit.Wrap
        placeholderText: qsTr("Where you were, who with, what led up to it")
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget * 1.5
        Accessible.name: qsTr("What happened")
    }
    Label {
        text: qsTr("What I'll try next time")
        Layout.fillWidth: true
    }
    TextArea {
        id: next
        objectName: "lapseNextTime"
        wrapMode: TextEdit.Wrap
        placeholderText: qsTr("One thing you could do differently")
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget * 1.5
        Accessible.name: qsTr("What I'll try next time")
    }
    Label {
        objectName: "lapseError"
        visible: text.length > 0
        text: LapseHistory.errorText
        color: Theme.error
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Button {
            objectName: "saveLapse"
            text: qsTr("Save")
            highlighted: true
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget
            Accessible.name: form.lapseId.length > 0 ? qsTr("Save the change") : qsTr("Save the lapse")
            onClicked: {
                const adding = form.lapseId.length === 0
                const ok = adding ? LapseHistory.record(day.currentIndex, what.text, next.text)
                                  : LapseHistory.change(form.lapseId, day.currentIndex,
                                                        what.text, next.text)
                if (ok)
                    form.saved(adding)
            }
        }
        Button {
            objectName: "cancelLapse"
            text: qsTr("Cancel")
            flat: true
            Layout.preferredHeight: Theme.touchTarget
            Accessible.name: text
            onClicked: {
                LapseHistory.clearError()
                form.cancelled()
            }
        }
    }
}
