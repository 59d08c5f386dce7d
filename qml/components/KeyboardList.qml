import QtQuick

// A list the keyboard can use: Tab lands on it when it has rows, the arrow keys move through them,
// and the current row shows the focus ring. A list whose rows arrive after it was made has no
// current row; taking the focus gives it the first.
ListView {
    keyNavigationEnabled: true
    activeFocusOnTab: count > 0
    onActiveFocusChanged: if (activeFocus && currentIndex < 0) currentIndex = 0
}
