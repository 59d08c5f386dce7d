import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stepstone

// The client's relapse-prevention plan: each section a list they write and change, and the
// craving level from which the app offers this plan right after a craving is logged.
Page {
    id: page

    objectName: "planPage"
    title: qsTr("My plan")
    background: Rectangle { color: Theme.background }

    header: PageHeader {
        title: page.title
    }

    ScrollView {
        objectName: "planScroll"
        anchors.fill: parent
        // The page takes the width it is given; wrapped text must not ask for more.
        implicitWidth: 0
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(parent.width, Theme.contentMaxWidth) - 2 * Theme.spacing
            x: (parent.width - width) / 2
            spacing: Theme.spacing

            EmptyState {
                objectName: "planIntro"
                text: qsTr("Yours to write, alone or with your therapist, and to change any "
                           + "time. It stays on this device. \u201cHelp now\u201d shows it "
                           + "first.")
                Layout.leftMargin: Theme.spacing
                Layout.rightMargin: Theme.spacing
            }

            Repeater {
                model: PlanModel
                delegate: PlanSection {}
            }

            SectionCard {
                objectName: "highCravingSetting"
                title: qsTr("When a craving is strong")
                Layout.bottomMargin: Theme.spacingLarge
                EmptyState {
                    text: qsTr("After you log a craving of %1 or more, Stepstone shows this plan "
                               + "right away.").arg(HighCravingOffer.level)
                }
                Slider {
                    objectName: "highCravingLevel"
                    from: HighCravingOffer.minimumLevel
                    to: HighCravingOffer.maximumLevel
                    stepSize: 1
                    snapMode: Slider.SnapAlways
                    value: HighCravingOffer.level
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touchTarget
                    Accessible.name: qsTr("Show my plan from a craving of %1 of %2")
                                     .arg(HighCravingOffer.level).arg(to)
                    onMoved: HighCravingOffer.level = Math.round(value)
                }
                Label {
                    visible: text.length > 0
                    text: HighCravingOffer.errorText
                    color: Theme.error
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
        }
    }
}
