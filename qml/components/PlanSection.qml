import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stepstone

// One section of the client's plan: what they wrote, in their order, each item editable, and
// a way to add one. Empty, it shows one line of help.
SectionCard {
    id: section

    required property string linkId
    required property string help
    required property bool contacts
    required property bool asksWhen
    required property var entries
    required property int entryCount
    required title

    // Which item is open for writing: kNone, kNew, or the index of an item.
    readonly property int kNone: -2
    readonly property int kNew: -1
    property int editing: kNone

    function finish(saved) {
        if (saved)
            section.editing = section.kNone
    }

    objectName: "planSection-" + linkId

    EmptyState {
        objectName: "planHelp"
        visible: section.entryCount === 0 && section.editing !== section.kNew
        text: section.help
    }

    Repeater {
        model: section.entries
        delegate: ColumnLayout {
            id: entry

            required property var modelData
            required property int index

            spacing: Theme.spacingSmall
            Layout.fillWidth: true

            RowLayout {
                visible: section.editing !== entry.index
                spacing: Theme.spacing
                Layout.fillWidth: true
                Loader {
                    Layout.fillWidth: true
                    sourceComponent: section.contacts ? personView : lineView
                    Component {
                        id: lineView
                        Label {
                            objectName: "planLine"
                            text: "\u2022 " + entry.modelData.text
                            wrapMode: Text.Wrap
                        }
                    }
                    Component {
                        id: personView
                        PersonRow { person: entry.modelData }
                    }
                }
                Button {
                    objectName: "planEditButton"
                    text: qsTr("Change")
                    flat: true
                    Layout.alignment: Qt.AlignTop
                    Accessible.name: qsTr("Change \u201c%1\u201d").arg(entry.modelData.text)
                    onClicked: section.editing = entry.index
                }
            }

            Loader {
                id: loaded
                active: section.editing === entry.index
                visible: active
                Layout.fillWidth: true
                onLoaded: (loaded.item as PlanEntryForm).takeFocus()
                sourceComponent: PlanEntryForm {
                    contacts: section.contacts
                    asksWhen: section.asksWhen
                    text: entry.modelData.text
                    phone: entry.modelData.phone
                    whenToCall: entry.modelData.whenToCall
                    existing: true
                    canMoveUp: entry.index > 0
                    canMoveDown: entry.index < section.entryCount - 1
                    onSaveRequested: (text, phone, when) => section.finish(
                        PlanModel.replace(section.linkId, entry.index, text, phone, when))
                    onCancelled: section.editing = section.kNone
                    onMoveUpRequested: section.finish(
                        PlanModel.move(section.linkId, entry.index, entry.index - 1))
                    onMoveDownRequested: section.finish(
                        PlanModel.move(section.linkId, entry.index, entry.index + 1))
                    onRemoveRequested: section.finish(PlanModel.remove(section.linkId, entry.index))
                }
            }
        }
    }

    Loader {
        id: adding
        active: section.editing === section.kNew
        visible: active
        Layout.fillWidth: true
        onLoaded: (adding.item as PlanEntryForm).takeFocus()
        sourceComponent: PlanEntryForm {
            contacts: section.contacts
            asksWhen: section.asksWhen
            onSaveRequested: (text, phone, when) => section.finish(
                PlanModel.add(section.linkId, text, phone, when))
            onCancelled: section.editing = section.kNone
        }
    }

    Button {
        objectName: "planAddButton"
        visible: section.editing === section.kNone && PlanModel.available
        text: section.contacts ? qsTr("Add someone") : qsTr("Add")
        Accessible.name: qsTr("Add to %1").arg(section.title)
        Layout.preferredHeight: Theme.touchTarget
        onClicked: {
            PlanModel.clearError()
            section.editing = section.kNew
        }
    }
}
