import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stepstone

// The client's private journal: entries by day, newest first, a page at a time, and a search
// through all of them.
Page {
    id: page

    signal writeRequested()
    signal openRequested(string entryId)

    objectName: "journalPage"
    title: qsTr("Journal")
    background: Rectangle { color: Theme.background }

    header: PageHeader {
        objectName: "journalHeader"
        title: page.title
        actionText: qsTr("Write")
        onActionTriggered: page.writeRequested()
    }

    JournalListModel {
        id: entries
        session: ProfileSession
        searchText: search.text
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        Label {
            text: qsTr("Private: your journal stays on this device.")
            font.pixelSize: Theme.fontSmall
            color: Theme.mutedText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing
        }

        TextField {
            id: search
            objectName: "journalSearch"
            Layout.fillWidth: true
            placeholderText: qsTr("Search your journal")
            inputMethodHints: Qt.ImhNoPredictiveText
            Accessible.name: qsTr("Search your journal")
            Accessible.role: Accessible.EditableText
        }

        KeyboardList {
            id: list
            objectName: "journalEntries"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacingSmall
            model: entries
            section.property: entries.searching ? "" : "dayText"
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
            }
            delegate: JournalEntryDelegate {
                onClicked: page.openRequested(entryId)
            }
            footer: Item {
                width: ListView.view ? ListView.view.width : 0
                height: entries.canLoadMore ? more.implicitHeight + 2 * Theme.spacing : 0
                Button {
                    id: more
                    objectName: "loadMoreButton"
                    visible: entries.canLoadMore
                    anchors.centerIn: parent
                    text: qsTr("Load more")
                    Accessible.name: qsTr("Load older entries")
                    onClicked: entries.loadMore()
                }
            }
            ScrollBar.vertical: ScrollBar {}

            EmptyState {
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.spacingLarge
                horizontalAlignment: Text.AlignHCenter
                visible: entries.count === 0
                text: entries.errorText.length > 0 ? entries.errorText
                    : entries.searching ? qsTr("Nothing in your journal matches “%1”.").arg(search.text.trim())
                    : qsTr("Nothing written yet. What is on your mind today?")
            }
        }
    }
}
