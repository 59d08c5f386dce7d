import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stepstone

// Navigation that fits the window: a bottom bar on a phone, a side rail on a desktop.
Item {
    id: shell

    readonly property bool compact: width < Theme.compactWidth
    readonly property var destinations: [
        { title: qsTr("Today"), icon: "\u2302" },
        { title: qsTr("Log"), icon: "\u2630" }
    ]
    property int currentIndex: 0

    function showPage(index) {
        currentIndex = index
        stack.pop(null)
    }

    function openEditor(logId) {
        stack.push(editorPage, { logId: logId })
    }

    Shortcut {
        sequence: "Ctrl+N"
        onActivated: shell.openEditor("")
    }

    NavigationRail {
        id: rail
        visible: !shell.compact
        width: Theme.railWidth
        anchors { left: parent.left; top: parent.top; bottom: parent.bottom }
        destinations: shell.destinations
        currentIndex: shell.currentIndex
        onSelected: index => shell.showPage(index)
    }

    StackView {
        id: stack
        anchors {
            left: shell.compact ? parent.left : rail.right
            right: parent.right
            top: parent.top
            bottom: shell.compact ? bar.top : parent.bottom
        }
        initialItem: StackLayout {
            currentIndex: shell.currentIndex
            TodayPage {
                onLogCravingRequested: shell.openEditor("")
                onEditRequested: logId => shell.openEditor(logId)
                onShowAllRequested: shell.showPage(1)
            }
            LogPage {
                onLogCravingRequested: shell.openEditor("")
                onEditRequested: logId => shell.openEditor(logId)
            }
        }
    }

    NavigationBar {
        id: bar
        visible: shell.compact
        height: visible ? implicitHeight : 0
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        destinations: shell.destinations
        currentIndex: shell.currentIndex
        onSelected: index => shell.showPage(index)
    }

    Component {
        id: editorPage
        CravingEditorPage {
            onFinished: stack.pop()
        }
    }
}
