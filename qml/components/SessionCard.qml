import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stepstone

// One upcoming session: when, what kind, where or how to join, and whether it still happens.
Pane {
    id: card

    required property string sessionId
    required property string title
    required property string kindText
    required property string dayText
    required property string timeText
    required property string place
    required property string videoLink
    required property string comment
    required property bool cancelled
    required property string statusText
    required property string answer
    required property bool answerPending
    required property bool videoLinkWithheld

    width: ListView.view ? ListView.view.width : implicitWidth
    padding: Theme.spacingLarge
    activeFocusOnTab: true
    Accessible.role: Accessible.ListItem
    Accessible.name: spokenSummary()

    function spokenSummary() {
        const where = place.length > 0 ? place : (videoLink.length > 0 ? qsTr("Video session") : "")
        let summary = dayText + ", " + timeText + ", " + title
        if (cancelled)
            summary += ", " + statusText
        if (where.length > 0)
            summary += ", " + where
        return summary
    }

    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: Theme.outline

        // The list clips at its edges, so the ring sits inside the card.
        FocusRing {
            shown: (card.activeFocus && card.focusReason !== Qt.MouseFocusReason)
                   || (card.ListView.isCurrentItem && card.ListView.view.activeFocus)
            inside: true
            controlRadius: Theme.radius
        }
    }

    ColumnLayout {
        anchors { left: parent.left; right: parent.right }
        spacing: Theme.spacingSmall

        RowLayout {
            Layout.fillWidth: true
            Label {
                text: card.dayText + " \u00b7 " + card.timeText
                font.pixelSize: Theme.fontBody
                font.bold: true
                font.strikeout: card.cancelled
                color: card.cancelled ? Theme.mutedText : Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                objectName: "sessionStatus"
                visible: card.statusText.length > 0
                text: card.statusText
                color: card.cancelled ? Theme.textOnError : Theme.text
                font.pixelSize: Theme.fontSmall
                font.bold: true
                leftPadding: Theme.spacing
                rightPadding: Theme.spacing
                topPadding: 2
                bottomPadding: 2
                background: Rectangle {
                    radius: height / 2
                    color: card.cancelled ? Theme.error : Theme.selectedFill
                }
            }
        }
        Label {
            text: card.title
            font.pixelSize: Theme.fontTitle
            color: card.cancelled ? Theme.mutedText : Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            visible: card.title !== card.kindText
            text: card.kindText
            font.pixelSize: Theme.fontSmall
            color: Theme.mutedText
            Layout.fillWidth: true
        }
        Label {
            visible: card.place.length > 0
            text: card.place
            font.pixelSize: Theme.fontSmall
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.name: qsTr("Place: %1").arg(card.place)
        }
        Button {
            visible: card.videoLink.length > 0 && !card.cancelled
            text: qsTr("Join video session")
            highlighted: true
            Accessible.name: text
            Accessible.description: card.videoLink
            Layout.preferredHeight: Theme.touchTarget
            onClicked: Qt.openUrlExternally(card.videoLink)
        }
        Label {
            visible: card.videoLinkWithheld && card.videoLink.length === 0 && !card.cancelled
            text: qsTr("This is a video session. Ask your clinic for the link.")
            font.pixelSize: Theme.fontSmall
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            visible: card.comment.length > 0
            text: card.comment
            font.pixelSize: Theme.fontSmall
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }

        RowLayout {
            visible: !card.cancelled && ClinicConnection.mayAnswerSessions
            spacing: Theme.spacing
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingSmall
            Button {
                objectName: "attendingButton"
                text: qsTr("I'll be there")
                checkable: true
                checked: card.answer === "attending"
                highlighted: checked
                Accessible.name: text
                Layout.preferredHeight: Theme.touchTarget
                onClicked: ClinicConnection.answerSession(card.sessionId, true)
            }
            Button {
                objectName: "notAttendingButton"
                text: qsTr("I can't make it")
                checkable: true
                checked: card.answer === "not-attending"
                highlighted: checked
                Accessible.name: text
                Layout.preferredHeight: Theme.touchTarget
                onClicked: ClinicConnection.answerSession(card.sessionId, false)
            }
        }
        Label {
            objectName: "answerState"
            visible: card.answer !== "none" && !card.cancelled
            text: card.answerPending ? qsTr("Your answer is waiting to be sent.")
                                     : qsTr("Your clinic has your answer.")
            font.pixelSize: Theme.fontSmall
            color: Theme.mutedText
            Layout.fillWidth: true
            wrapMode: Text.Wrap
        }
    }
}
