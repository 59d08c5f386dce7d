pragma Singleton
import QtQuick
import StepstoneTheme

// The one source of colours, spacing and type sizes; pages use no raw values.
// Two palettes, light and dark, chosen by ColorScheme (the system's setting, live). Every pair of
// colours the pages put together meets WCAG 2.1 AA (4.5:1 text, 3:1 borders and focus);
// tests/ui/ThemeContrastTest.cpp holds the list and fails when a change breaks one.
QtObject {
    readonly property bool dark: ColorScheme.dark

    readonly property color background: dark ? "#111817" : "#f6f4f0"
    readonly property color surface: dark ? "#1b2422" : "#ffffff"
    readonly property color primary: dark ? "#7cc4b1" : "#2e6b5e"
    readonly property color textOnPrimary: dark ? "#0c1a17" : "#ffffff"
    readonly property color text: dark ? "#e4ebe9" : "#1d2a2e"
    readonly property color mutedText: dark ? "#a3b2ae" : "#52625f"
    readonly property color selectedFill: dark ? "#27403a" : "#dcebe6"
    readonly property color error: dark ? "#ff9a8f" : "#a8322d"
    readonly property color textOnError: dark ? "#2a0b08" : "#ffffff"
    // Lines that only group things (cards, dividers); a control's edge uses controlBorder.
    readonly property color outline: dark ? "#33403d" : "#d3dad8"
    readonly property color controlBorder: dark ? "#7d8c89" : "#75827f"
    readonly property color focusRing: dark ? "#8fbcff" : "#1f5bb8"
    // Laid over a control while it is pressed.
    readonly property color pressedOverlay: dark ? "#33ffffff" : "#24000000"

    // From calm to strong; index = intensity 0..10. Each carries intensityDigit and reads as text
    // on surface.
    readonly property var intensityColors: dark
        ? ["#2aa83f", "#2fa92a", "#48a629", "#61a329", "#779f28", "#8c9a27", "#9f9528", "#b48d2d",
           "#cd8135", "#d57b56", "#da766d"]
        : ["#247b32", "#277b24", "#397a23", "#497723", "#597422", "#677121", "#746d22", "#836826",
           "#94602b", "#a85431", "#bc4237"]
    readonly property color intensityDigit: dark ? "#0f1716" : "#ffffff"

    readonly property int spacingSmall: 4
    readonly property int spacing: 8
    readonly property int spacingLarge: 16
    readonly property int radius: 12
    readonly property int controlRadius: 8
    readonly property int touchTarget: 48
    readonly property int focusRingWidth: 2

    // Type follows the system's text size; at Qt's usual 9 pt (12 px) these are 13, 15, 20, 26.
    readonly property real systemFontSize: SystemFont.pixelSize
    readonly property int fontSmall: Math.round(systemFontSize * 13 / 12)
    readonly property int fontBody: Math.round(systemFontSize * 15 / 12)
    readonly property int fontTitle: Math.round(systemFontSize * 20 / 12)
    readonly property int fontHeadline: Math.round(systemFontSize * 26 / 12)

    // Below this width the app uses the phone layout: bottom bar, one column.
    readonly property int compactWidth: 600
    readonly property int railWidth: 96
    readonly property int contentMaxWidth: 720
}
