import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stepstone

// "I need help now": the client's own coping steps and people first, then crisis lines, then the
// urge timer. Works with no network, no clinic and an empty plan; while the profile is locked
// the plan cannot be read, and the crisis lines and the timer are there all the same.
Page {
    id: page

    signal done()

    objectName: "helpPage"
    title: qsTr("Help now")
    background: Rectangle { color: Theme.background }

    // Back on Android; Esc closes the layer this page is shown in (Main.qml).
    Shortcut {
        sequence: "Back"
        onActivated: page.done()
    }

    header: ToolBar {
        implicitHeight: Math.max(Theme.touchTarget, headerRow.implicitHeight) + Theme.spacing
        background: Rectangle { color: Theme.background }
        RowLayout {
            id: headerRow
            anchors.fill: parent
            anchors.leftMargin: Theme.spacingLarge
            anchors.rightMargin: Theme.spacing
            Label {
                text: page.title
                font.pixelSize: Theme.fontHeadline
                font.bold: true
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.role: Accessible.Heading
            }
            Button {
                objectName: "helpCloseButton"
                text: qsTr("Close")
                flat: true
                Accessible.name: qsTr("Close help")
                onClicked: page.done()
            }
        }
    }

    ScrollView {
        objectName: "helpScroll"
        anchors.fill: parent
        // The page takes the width it is given; wrapped text must not ask for more.
        implicitWidth: 0
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(parent.width, Theme.contentMaxWidth) - 2 * Theme.spacing
            x: (parent.width - width) / 2
            spacing: Theme.spacing

            Label {
                objectName: "helpIntro"
                text: qsTr("Take one slow breath. You don't have to get through this alone.")
                font.pixelSize: Theme.fontTitle
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.margins: Theme.spacing
            }

            SectionCard {
                objectName: "helpOwnSteps"
                title: qsTr("Your coping steps")
                EmptyState {
                    visible: PlanModel.copingSteps.length === 0
                    text: PlanModel.available
                          ? qsTr("None written yet. You can add yours under My plan.")
                          : qsTr("Your plan shows here once Stepstone is unlocked.")
                }
                Repeater {
                    model: PlanModel.copingSteps
                    delegate: Label {
                        required property string modelData
                        text: "\u2022 " + modelData
                        font.pixelSize: Theme.fontTitle
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                }
            }

            SectionCard {
                objectName: "helpPeople"
                title: qsTr("Your people")
                visible: PlanModel.available
                EmptyState {
                    visible: PlanModel.people.length === 0
                    text: qsTr("No one written yet. You can add people to call under My plan.")
                }
                Repeater {
                    model: PlanModel.people
                    delegate: PersonRow {
                        required property var modelData
                        person: modelData
                        large: true
                        Layout.fillWidth: true
                        Layout.bottomMargin: Theme.spacing
                    }
                }
            }

            CrisisLinesCard {
                objectName: "helpCrisisLines"
            }

            SectionCard {
                objectName: "helpUrgeTimer"
                title: qsTr("Ride out the urge")
                Layout.bottomMargin: Theme.spacingLarge
                UrgeTimerRing {
                    Layout.fillWidth: true
                }
            }
        }
    }
}
