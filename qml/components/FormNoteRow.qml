import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stepstone

// Words of the form with nothing to answer: a display item, a score the form works out, or a
// question this app cannot take, with why.
FormRowFrame {
    id: row

    required property string answerText

}
