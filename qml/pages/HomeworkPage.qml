import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stepstone

// The client's homework: what their therapist assigned, past its date first (still welcome),
// then what is to do and what is done; below, the app's own forms to fill in whenever they like.
Page {
    id: page

    signal taskOpened(string taskId)
    signal responseOpened(string responseId)
    signal formStarted(string name)

    objectName: "homeworkPage"
    title: qsTr("Homework")
    background: Rectangle { color: Theme.background }

    header: PageHeader {
        objectName: "homeworkHeader"
        title: page.title
    }

    HomeworkListModel {
        id: homework
        session: ProfileSession
    }

    BuiltInFormList {
        id: builtIn
    }

    KeyboardList {
        id: list
        objectName: "homeworkList"
        anchors.fill: parent
        anchors.margins: Theme.spacing
        clip: true
        spacing: Theme.spacingSmall
        model: homework
        section.property: "section"
        section.delegate: Label {
            required property string section
            width: ListView.view ? ListView.view.width : implicitWidth
            topPadding: Theme.spacing
            leftPadding: Theme.spacing
            text: section
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.mutedText
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        header: EmptyState {
            width: ListView.view ? ListView.view.width : implicitWidth
            visible: homework.count === 0
            height: visible ? implicitHeight + Theme.spacingLarge : 0
            leftPadding: Theme.spacing
            rightPadding: Theme.spacing
            text: homework.errorText.length > 0 ? homework.errorText
                : qsTr("No homework from your therapist right now. When they give you some, it "
                       + "comes here with your next sync.")
        }
        delegate: ItemDelegate {
            id: row
            required property int index
            required property string kind
            required property string key
            required property string title
            required property string whenText
            required property bool started
            required property bool done
            required property bool pastDue
            readonly property string actionText: row.done ? qsTr("Read")
                                                 : row.started ? qsTr("Go on") : qsTr("Start")

            objectName: "homework-" + index
            width: ListView.view ? ListView.view.width : implicitWidth
            Accessible.name: row.title + ", " + row.whenText + ". " + row.actionText
            onClicked: {
                if (row.kind === "task")
                    page.taskOpened(row.key)
                else
                    page.responseOpened(row.key)
            }

            contentItem: RowLayout {
                spacing: Theme.spacing
                ColumnLayout {
                    spacing: 2
                    Layout.fillWidth: true
                    Label {
                        text: row.title
                        textFormat: Text.PlainText
                        font.pixelSize: Theme.fontBody
                        font.bold: !row.done
                        color: Theme.text
                        wrapMode: Text.Wrap
                        maximumLineCount: 3
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    Label {
                        text: row.whenText
                        font.pixelSize: Theme.fontSmall
                        color: Theme.mutedText
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                }
                Label {
                    text: row.actionText
                    font.pixelSize: Theme.fontSmall
                    font.bold: true
                    color: Theme.primary
                    Layout.alignment: Qt.AlignVCenter
                }
            }
        }
        footer: ColumnLayout {
            width: ListView.view ? ListView.view.width : implicitWidth
            spacing: Theme.spacingSmall
            Label {
                objectName: "ownFormsHeading"
                text: qsTr("Fill in a form on your own")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingLarge
                Layout.leftMargin: Theme.spacing
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                text: qsTr("These stay on this device: they are not sent to your clinic.")
                font.pixelSize: Theme.fontSmall
                color: Theme.mutedText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacing
            }
            Repeater {
                model: builtIn
                delegate: ItemDelegate {
                    id: form
                    required property int index
                    required property string name
                    required property string title
                    required property string description
                    objectName: "builtInForm-" + name
                    Layout.fillWidth: true
                    Accessible.name: qsTr("Start %1").arg(form.title)
                    Accessible.description: form.description
                    onClicked: page.formStarted(form.name)
                    contentItem: ColumnLayout {
                        spacing: 2
                        Label {
                            text: form.title
                            textFormat: Text.PlainText
                            font.pixelSize: Theme.fontBody
                            color: Theme.text
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Label {
                            text: form.description
                            textFormat: Text.PlainText
                            font.pixelSize: Theme.fontSmall
                            color: Theme.mutedText
                            wrapMode: Text.Wrap
                            maximumLineCount: 2
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                    }
                }
            }
            Item { Layout.preferredHeight: Theme.spacingLarge }
        }
        ScrollBar.vertical: ScrollBar {}
    }
}
