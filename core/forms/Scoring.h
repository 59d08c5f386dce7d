#pragma once

#include "forms/Questionnaire.h"

#include <QJsonObject>
#include <vector>

namespace stepstone::forms {

// An expression of the form that gave no value because it failed: for the form's author and
// the app's "score unavailable", never shown as 0.
struct ScoreProblem {
    QString linkId;     // the item whose expression failed; empty for the form's own variables
    QString expression; // "variable riskStatus" or "calculatedExpression"
    QString message;
};

struct Scores {
    // linkId -> the value of its calculatedExpression: one value, or an array when the
    // expression gives several; for an item in a repeating group (or repeating itself), an array
    // with one entry per instance (null where that instance has none). An item whose expression
    // gives nothing has no entry.
    QJsonObject values;
    std::vector<ScoreProblem> problems;
};

// The SDC calculatedExpressions of `questionnaire` on `response` (a QuestionnaireResponse as
// JSON): the form's variables in order, then, item by item in document order, the item's
// variables and its calculatedExpression, each seen by the items below it. %context is the
// response's item (each instance of it); where the response has no such item, the enclosing
// one's (the response itself at the top), as the SDC examples' relative paths expect.
Scores scoreResponse(const Questionnaire& questionnaire, const QJsonObject& response);

} // namespace stepstone::forms
