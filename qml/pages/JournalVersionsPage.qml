import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stepstone

// What a journal entry said before each edit, the latest first, to read only. They stay until
// the entry is deleted.
Page {
    id: page

    property string entryId
    signal done()

    objectName: "journalVersionsPage"
    title: qsTr("Earlier versions")
    background: Rectangle { color: Theme.background }

    header: PageHeader {
        title: page.title
        actionText: qsTr("Back")
        onActionTriggered: page.done()
    }

    KeyboardList {
        objectName: "journalVersions"
        anchors.fill: parent
        anchors.margins: Theme.spacing
        clip: true
        spacing: Theme.spacing
        model: JournalVersionsModel {
            session: ProfileSession
            entryId: page.entryId
        }
        delegate: ItemDelegate {
            id: version
            required property string savedText
            required property string title
            required property string body
            required property string moodText
            required property string tagsText
            width: ListView.view ? ListView.view.width : implicitWidth
            Accessible.name: savedText + ", " + title + ", " + body
            contentItem: ColumnLayout {
                spacing: 2
                Label {
                    text: version.savedText
                    font.pixelSize: Theme.fontSmall
                    font.bold: true
                    color: Theme.mutedText
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    visible: text.length > 0
                    text: version.title
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    text: version.body
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    visible: text.length > 0
                    text: version.moodText
                    font.pixelSize: Theme.fontSmall
                    color: Theme.mutedText
                    Layout.fillWidth: true
                }
                Label {
                    visible: text.length > 0
                    text: version.tagsText
                    font.pixelSize: Theme.fontSmall
                    color: Theme.mutedText
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
        }
        ScrollBar.vertical: ScrollBar {}
    }
}
