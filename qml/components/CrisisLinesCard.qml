import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stepstone

// Crisis lines, from the data file a clinic can replace (CrisisLineList), in the client's
// language: each with its call, text and chat ways in.
SectionCard {
    id: card

    title: qsTr("Crisis lines, any time")
}
