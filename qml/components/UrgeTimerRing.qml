import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stepstone

// The urge timer: a ring that fills slowly over 20 minutes, the time left, one of the client's
// own coping steps at a time, and start, pause, resume and end. The time is UrgeTimer's.
ColumnLayout {
    id: timer

    readonly property int state: UrgeTimer.state
    readonly property bool idle: state === UrgeTimer.Idle
    readonly property bool finished: state === UrgeTimer.Finished

    spacing: Theme.spacing

    Item {
        Layout.alignment: Qt.AlignHCenter
        Layout.preferredWidth: 200
        Layout.preferredHeight: 200

        Canvas {
            id: ring

            readonly property real progress: UrgeTimer.progress
            readonly property color track: Theme.outline
            readonly property color fill: Theme.primary

            objectName: "urgeTimerRing"
            anchors.fill: parent
            onProgressChanged: requestPaint()
            onTrackChanged: requestPaint()
            onFillChanged: requestPaint()
            onPaint: {
                const ctx = getContext("2d")
                const radius = Math.min(width, height) / 2 - 10
                ctx.reset()
                ctx.lineWidth = 12
                ctx.lineCap = "round"
                ctx.strokeStyle = track
                ctx.beginPath()
                ctx.arc(width / 2, height / 2, radius, 0, 2 * Math.PI)
                ctx.stroke()
                if (progress <= 0)
                    return
                ctx.strokeStyle = fill
                ctx.beginPath()
                ctx.arc(width / 2, height / 2, radius, -Math.PI / 2,
                        -Math.PI / 2 + 2 * Math.PI * progress)
                ctx.stroke()
            }
        }

        Column {
            anchors.centerIn: parent
            Label {
                objectName: "urgeTimerRemaining"
                anchors.horizontalCenter: parent.horizontalCenter
                text: UrgeTimer.remainingText
                font.pixelSize: Theme.fontHeadline
                font.bold: true
                Accessible.role: Accessible.StaticText
                readonly property int minutesLeft: Math.ceil(UrgeTimer.remainingSeconds / 60)
                Accessible.name: minutesLeft === 1 ? qsTr("1 minute left")
                                                   : qsTr("%1 minutes left").arg(minutesLeft)
            }
            Label {
                anchors.horizontalCenter: parent.horizontalCenter
                text: timer.state === UrgeTimer.Paused ? qsTr("Paused") : qsTr("minutes")
                color: Theme.mutedText
                font.pixelSize: Theme.fontSmall
            }
        }
    }

    Label {
        objectName: "urgeTimerIntro"
        visible: timer.idle
        text: qsTr("An urge rises, peaks and passes, often within 20 minutes. Start the timer "
                   + "and ride it out one step at a time.")
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        Layout.fillWidth: true
    }

    Label {
        objectName: "urgeTimerStep"
        visible: !timer.idle && !timer.finished
        text: UrgeTimer.step.length > 0
              ? UrgeTimer.step
              : qsTr("Breathe out slowly, longer than you breathe in. Notice the urge like a "
                     + "wave.")
        font.pixelSize: Theme.fontTitle
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        Layout.fillWidth: true
    }

    Label {
        objectName: "urgeTimerDone"
        visible: timer.finished
        text: qsTr("Twenty minutes. If the urge is still strong, reach out to someone above, "
                   + "or start again.")
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        Layout.fillWidth: true
    }

    Flow {
        spacing: Theme.spacing
        Layout.fillWidth: true
        Layout.alignment: Qt.AlignHCenter

        Button {
            objectName: "urgeTimerStart"
            visible: timer.idle || timer.finished
            text: timer.finished ? qsTr("Start again") : qsTr("Start the timer")
            highlighted: true
            Accessible.name: text
            onClicked: UrgeTimer.start()
        }
        Button {
            objectName: "urgeTimerPause"
            visible: timer.state === UrgeTimer.Running
            text: qsTr("Pause")
            Accessible.name: qsTr("Pause the timer")
            onClicked: UrgeTimer.pause()
        }
        Button {
            objectName: "urgeTimerResume"
            visible: timer.state === UrgeTimer.Paused
            text: qsTr("Resume")
            highlighted: true
            Accessible.name: qsTr("Resume the timer")
            onClicked: UrgeTimer.resume()
        }
        Button {
            objectName: "urgeTimerNextStep"
            visible: !timer.idle && !timer.finished && UrgeTimer.hasNextStep
            text: qsTr("Another step")
            Accessible.name: qsTr("Show another of my coping steps")
            onClicked: UrgeTimer.nextStep()
        }
        Button {
            objectName: "urgeTimerEnd"
            visible: !timer.idle
            text: qsTr("End")
            flat: true
            Accessible.name: qsTr("End the timer")
            onClicked: UrgeTimer.end()
        }
    }
}
