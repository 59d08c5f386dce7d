pragma Singleton
import QtQuick

// The one source of colours, spacing and type sizes; pages use no raw values.
QtObject {
    readonly property color background: "#f6f4f0"
    readonly property color surface: "#ffffff"
    readonly property color primary: "#2e6b5e"
    readonly property color textOnPrimary: "#ffffff"
    readonly property color text: "#1d2a2e"
    readonly property color mutedText: "#52625f"
    readonly property color outline: "#d3dad8"
    readonly property color selectedFill: "#dcebe6"
    readonly property color error: "#a8322d"

    // From calm to strong; index = intensity 0..10.
    readonly property var intensityColors: ["#4f8a5b", "#5c9160", "#6e9763", "#8a9a5f", "#a39a55",
        "#b8914a", "#c5823f", "#c86f38", "#c15a33", "#b3452f", "#a3322c"]

    readonly property int spacingSmall: 4
    readonly property int spacing: 8
    readonly property int spacingLarge: 16
    readonly property int radius: 12
    readonly property int touchTarget: 48

    readonly property int fontSmall: 13
    readonly property int fontBody: 15
    readonly property int fontTitle: 20
    readonly property int fontHeadline: 26

    // Below this width the app uses the phone layout: bottom bar, one column.
    readonly property int compactWidth: 600
    readonly property int railWidth: 88
    readonly property int contentMaxWidth: 720
}
