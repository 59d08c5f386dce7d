import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stepstone

// Where the client is in treatment (IOP, standard outpatient, aftercare) and when they step
// down, their next peer-support meeting, and the meetings they go to every week.
Page {
    id: page

    // Which meeting is open for writing: "" none, kNew, or a meeting's id.
    readonly property string kNew: "new"
    property string editing: ""
    property bool changingProgram: false

    function openMeeting(id) {
        meetingEditor.clearError()
        page.editing = id
    }

    // The form goes first: the list is read again once the meeting is gone, and the form with it.
    function removeMeeting(id) {
        page.editing = ""
        MeetingDeletion.remove(id)
    }

    objectName: "programPage"
    title: qsTr("Program")
    background: Rectangle { color: Theme.background }

    header: PageHeader {
        title: page.title
    }

    ProgramStatusModel {
        id: program
        session: ProfileSession
    }
    MeetingListModel {
        id: meetings
        session: ProfileSession
    }
    MeetingEditor {
        id: meetingEditor
        session: ProfileSession
        // Saving reads the list again, which can take the form away with it: the page closes it.
        onSaved: page.editing = ""
    }
    NextMeeting {
        id: next
        session: ProfileSession
    }

    ScrollView {
        objectName: "programScroll"
        anchors.fill: parent
        implicitWidth: 0
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(parent.width, Theme.contentMaxWidth) - 2 * Theme.spacing
            x: (parent.width - width) / 2
            spacing: Theme.spacing

            SectionCard {
                objectName: "programCard"
                title: qsTr("Where I am")
                Layout.topMargin: Theme.spacing
                Label {
                    objectName: "programLevel"
                    text: program.known ? program.levelText
                                        : qsTr("Not set yet: choose where you are in treatment.")
                    font.pixelSize: Theme.fontBody
                    font.bold: program.known
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    objectName: "programStepDown"
                    visible: text.length > 0 && !page.changingProgram
                    text: program.stepDownText
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Button {
                    objectName: "programChangeButton"
                    visible: !page.changingProgram
                    text: program.known ? qsTr("Change") : qsTr("Choose")
                    Accessible.name: qsTr("Change where I am in treatment")
                    onClicked: {
                        program.clearError()
                        page.changingProgram = true
                        levelBox.forceActiveFocus(Qt.TabFocusReason)
                    }
                }
                ColumnLayout {
                    visible: page.changingProgram
                    spacing: Theme.spacingSmall
                    Layout.fillWidth: true
                    ComboBox {
                        id: levelBox
                        objectName: "programLevelBox"
                        model: program.levelNames
                        currentIndex: program.level
                        Accessible.name: qsTr("Where I am: %1").arg(currentText)
                        Layout.fillWidth: true
                        Layout.preferredHeight: Theme.touchTarget
                    }
                    Label {
                        visible: program.hasStepDown(levelBox.currentIndex)
                        text: qsTr("Step-down date (optional)")
                        font.pixelSize: Theme.fontSmall
                        color: Theme.mutedText
                        Layout.fillWidth: true
                    }
                    TextField {
                        id: dateField
                        objectName: "programDateField"
                        visible: program.hasStepDown(levelBox.currentIndex)
                        text: program.stepDownDate
                        placeholderText: program.dateExample
                        inputMethodHints: Qt.ImhDate
                        Accessible.name: qsTr("Step-down date")
                        Layout.fillWidth: true
                        Layout.preferredHeight: Theme.touchTarget
                    }
                    Label {
                        objectName: "programError"
                        visible: text.length > 0
                        text: program.errorText
                        color: Theme.error
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                        Accessible.role: Accessible.AlertMessage
                        Accessible.name: text
                    }
                    Flow {
                        spacing: Theme.spacing
                        Layout.fillWidth: true
                        Button {
                            objectName: "programSaveButton"
                            text: qsTr("Save")
                            highlighted: true
                            Accessible.name: qsTr("Save where I am")
                            onClicked: {
                                if (program.save(levelBox.currentIndex, dateField.text))
                                    page.changingProgram = false
                            }
                        }
                        Button {
                            text: qsTr("Cancel")
                            flat: true
                            Accessible.name: text
                            onClicked: {
                                program.clearError()
                                levelBox.currentIndex = program.level
                                dateField.text = program.stepDownDate
                                page.changingProgram = false
                            }
                        }
                    }
                }
            }

            SectionCard {
                objectName: "nextMeetingCard"
                visible: next.available
                title: qsTr("Next meeting")
                Label {
                    objectName: "nextMeetingTitle"
                    text: next.title
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    objectName: "nextMeetingWhen"
                    text: qsTr("%1 · %2").arg(next.whenText).arg(next.kindText)
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    visible: next.place.length > 0
                    text: next.place
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    Accessible.name: qsTr("Place: %1").arg(next.place)
                }
                Button {
                    objectName: "nextMeetingLinkButton"
                    visible: next.link.length > 0
                    text: qsTr("Open meeting link")
                    Accessible.name: qsTr("Open the link of %1").arg(next.title)
                    Accessible.description: next.link
                    onClicked: ContactActions.open(next.link)
                }
            }

            SectionCard {
                objectName: "meetingsCard"
                title: qsTr("My meetings")
                Layout.bottomMargin: Theme.spacingLarge + Theme.touchTarget
                EmptyState {
                    objectName: "meetingsEmpty"
                    visible: meetings.count === 0 && page.editing !== page.kNew
                    text: qsTr("The peer-support meetings you go to: 12-step, SMART Recovery, "
                               + "alumni groups. They stay yours after the program ends.")
                }
                Label {
                    objectName: "meetingRemoveError"
                    visible: text.length > 0 && !MeetingDeletion.undoable
                    text: MeetingDeletion.errorText
                    color: Theme.error
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: text
                }
                Label {
                    visible: text.length > 0
                    text: meetings.errorText
                    color: Theme.error
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Repeater {
                    model: meetings
                    delegate: ColumnLayout {
                        id: entry

                        required property string meetingId
                        required property string name
                        required property int kind
                        required property string kindText
                        required property int weekday
                        required property string whenText
                        required property string timeText
                        required property string place
                        required property string link
                        required property bool linkOpenable
                        required property string note

                        spacing: Theme.spacing
                        Layout.fillWidth: true

                        MeetingDelegate {
                            visible: page.editing !== entry.meetingId
                            name: entry.name
                            kindText: entry.kindText
                            whenText: entry.whenText
                            place: entry.place
                            link: entry.link
                            linkOpenable: entry.linkOpenable
                            note: entry.note
                            Layout.fillWidth: true
                            onEditRequested: page.openMeeting(entry.meetingId)
                        }
                        Loader {
                            active: page.editing === entry.meetingId
                            visible: active
                            Layout.fillWidth: true
                            sourceComponent: MeetingForm {
                                editor: meetingEditor
                                meetingId: entry.meetingId
                                name: entry.name
                                kind: entry.kind
                                weekday: entry.weekday
                                timeText: entry.timeText
                                place: entry.place
                                link: entry.link
                                note: entry.note
                                Component.onCompleted: takeFocus()
                                onCancelled: page.editing = ""
                                onRemoveRequested: page.removeMeeting(entry.meetingId)
                            }
                        }
                        Rectangle {
                            color: Theme.outline
                            implicitHeight: 1
                            Layout.fillWidth: true
                        }
                    }
                }
                Loader {
                    active: page.editing === page.kNew
                    visible: active
                    Layout.fillWidth: true
                    sourceComponent: MeetingForm {
                        editor: meetingEditor
                        Component.onCompleted: takeFocus()
                        onCancelled: page.editing = ""
                    }
                }
                Button {
                    objectName: "meetingAddButton"
                    visible: page.editing !== page.kNew
                    text: qsTr("Add a meeting")
                    Accessible.name: text
                    onClicked: page.openMeeting(page.kNew)
                }
            }
        }
    }

    UndoBar {
        id: undoBar
        objectName: "meetingUndoBar"
        visible: MeetingDeletion.undoable
        width: Math.min(page.width - 2 * Theme.spacing, Theme.contentMaxWidth)
        anchors { horizontalCenter: parent.horizontalCenter; bottom: parent.bottom }
        anchors.bottomMargin: Theme.spacing
        text: MeetingDeletion.errorText.length > 0 ? MeetingDeletion.errorText
                                                   : qsTr("Meeting removed")
        actionText: qsTr("Undo")
        actionName: qsTr("Undo removing the meeting")
        onActionTriggered: MeetingDeletion.undo()
    }

    Binding {
        target: MeetingDeletion
        property: "held"
        value: undoBar.visible && undoBar.held
    }

    Shortcut {
        sequence: "Ctrl+Z"
        enabled: page.visible && MeetingDeletion.undoable && !CravingDeletion.undoable
                 && !JournalDeletion.undoable
        onActivated: MeetingDeletion.undo()
    }
}
