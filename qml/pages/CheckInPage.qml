import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stepstone

// The daily check-in, and lapses: recorded without shame, counted in plain words (or not at
// all, if the client prefers), with what their plan says to do after one.
Page {
    id: page

    signal planRequested()
    signal helpRequested()

    // Opens the lapse form, as "I used" on Today does.
    function recordLapse() {
        afterLapse.visible = false
        lapseForm.visible = true
        lapseForm.start("", 0, "", "")
        showCard(lapseForm)
    }

    // A card that just opened starts at the top of the page (on a phone it opens below the
    // fold): it stays there while the layout places it, until the client scrolls.
    property Item shownCard: null
    readonly property Flickable scrolled: scroll.contentItem as Flickable

    function showCard(card) {
        shownCard = card
        scrollToShownCard()
    }

    function scrollToShownCard() {
        if (!shownCard || !shownCard.visible)
            return
        const top = shownCard.mapToItem(cards, 0, 0).y + cards.y - Theme.spacing
        scrolled.contentY = Math.max(0, Math.min(top, scrolled.contentHeight - scrolled.height))
    }

    Connections {
        target: page.shownCard
        function onYChanged() { page.scrollToShownCard() }
    }
    Connections {
        target: page.scrolled
        function onContentHeightChanged() { page.scrollToShownCard() }
        function onMovementStarted() { page.shownCard = null }
    }

    objectName: "checkInPage"
    // Shown again after a night (or a sleep of the computer): the new day at once.
    onVisibleChanged: {
        if (visible) {
            CheckInToday.recheck()
            LapseHistory.recheck()
        }
    }
    title: qsTr("Check-in")
    background: Rectangle { color: Theme.background }

    header: PageHeader {
        title: page.title
    }

    Shortcut {
        sequence: "Ctrl+Z"
        enabled: page.visible && LapseDeletion.undoable
        onActivated: LapseDeletion.undo()
    }

    ScrollView {
        id: scroll
        objectName: "checkInScroll"
        anchors.fill: parent
        implicitWidth: 0
        contentWidth: availableWidth

        ColumnLayout {
            id: cards
            width: Math.min(parent.width, Theme.contentMaxWidth) - 2 * Theme.spacing
            x: (parent.width - width) / 2
            spacing: Theme.spacing

            CheckInForm {
                Layout.topMargin: Theme.spacing
                onUsedTodaySaved: {
                    offerLapse.visible = LapseHistory.dayChoices.length > 0
                    if (offerLapse.visible)
                        page.showCard(offerLapse)
                }
            }

            SectionCard {
                id: offerLapse
                objectName: "offerLapse"
                visible: false
                EmptyState {
                    text: qsTr("Would you like to note what happened? It can help you and your "
                               + "therapist see what to try next time.")
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    Button {
                        objectName: "offerLapseYes"
                        text: qsTr("Record a lapse")
                        Accessible.name: text
                        onClicked: {
                            offerLapse.visible = false
                            page.recordLapse()
                        }
                    }
                    Button {
                        text: qsTr("Not now")
                        flat: true
                        Accessible.name: qsTr("Do not record a lapse now")
                        onClicked: offerLapse.visible = false
                    }
                }
            }

            SectionCard {
                objectName: "checkInTimeCard"
                title: qsTr("When to check in")
                EmptyState {
                    text: CheckInToday.due ? qsTr("It is past your check-in time, %1.")
                                             .arg(CheckInToday.timeText)
                                           : qsTr("Your check-in time is %1. You can answer any "
                                                  + "time of the day.").arg(CheckInToday.timeText)
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    TextField {
                        id: time
                        objectName: "checkInTime"
                        text: CheckInToday.timeText
                        inputMethodHints: Qt.ImhPreferNumbers
                        Layout.preferredWidth: Theme.touchTarget * 2.5
                        Accessible.name: qsTr("Check-in time, hours and minutes")
                        onAccepted: CheckInToday.setTime(text)
                    }
                    Button {
                        objectName: "setCheckInTime"
                        text: qsTr("Set time")
                        Accessible.name: text
                        onClicked: CheckInToday.setTime(time.text)
                    }
                }
            }

            SectionCard {
                objectName: "lapseCard"
                title: qsTr("Lapses")
                Label {
                    objectName: "lapseSince"
                    visible: !LapseHistory.counterHidden
                    text: LapseHistory.sinceText
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                EmptyState {
                    objectName: "lapseLongest"
                    visible: !LapseHistory.counterHidden && text.length > 0
                    text: LapseHistory.longestText
                }
                Button {
                    objectName: "recordLapse"
                    visible: !lapseForm.visible
                    text: qsTr("I used: record a lapse")
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touchTarget
                    Accessible.name: qsTr("Record a lapse")
                    onClicked: page.recordLapse()
                }
                Switch {
                    objectName: "hideLapseCounter"
                    text: qsTr("Hide the count of days")
                    checked: LapseHistory.counterHidden
                    Layout.fillWidth: true
                    Accessible.name: text
                    onToggled: LapseHistory.counterHidden = checked
                }
            }

            LapseForm {
                id: lapseForm
                visible: false
                onSaved: added => {
                    visible = false
                    afterLapse.visible = added && LapseHistory.afterLapseSteps.length > 0
                    if (afterLapse.visible)
                        page.showCard(afterLapse)
                }
                onCancelled: visible = false
            }

            AfterLapseCard {
                id: afterLapse
                visible: false
                onPlanRequested: page.planRequested()
                onHelpRequested: page.helpRequested()
                onDismissed: visible = false
            }

            SectionCard {
                objectName: "lapseHistoryCard"
                visible: LapseHistory.hasLapses
                title: qsTr("Your lapses")
                Layout.bottomMargin: Theme.spacingLarge + (undo.visible ? undo.height : 0)
                LapseHistoryList {
                    Layout.fillWidth: true
                    onEditRequested: (lapseId, daysAgo, whatHappened, nextTime) => {
                        afterLapse.visible = false
                        lapseForm.visible = true
                        lapseForm.start(lapseId, daysAgo, whatHappened, nextTime)
                        page.showCard(lapseForm)
                    }
                }
            }
        }
    }

    UndoBar {
        id: undo
        objectName: "lapseUndoBar"
        visible: LapseDeletion.undoable
        width: Math.min(parent.width - 2 * Theme.spacing, Theme.contentMaxWidth)
        anchors { horizontalCenter: parent.horizontalCenter; bottom: parent.bottom }
        anchors.bottomMargin: Theme.spacing
        text: LapseDeletion.errorText.length > 0 ? LapseDeletion.errorText : qsTr("Lapse deleted")
        actionText: qsTr("Undo")
        actionName: qsTr("Undo delete of the lapse")
        onActionTriggered: LapseDeletion.undo()
    }

    Binding {
        target: LapseDeletion
        property: "held"
        value: undo.held
    }
}
