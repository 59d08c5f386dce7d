#pragma once

#include "forms/ResponseDraft.h"

#include <QSet>

namespace stepstone::forms {

// Works the form's values out again (its calculatedExpressions, on the client's own answers
// only: the values worked out before are cleared first, so a score never counts itself) and
// writes them into the draft as the answers of the items that carry them, so they are shown as
// the client answers and kept in the response. An item whose expression gives nothing, or
// failed, has no answer: never 0. Returns the linkIds whose expression failed (their "score
// unavailable").
QSet<QString> rescore(const Questionnaire& questionnaire, ResponseDraft& draft);

} // namespace stepstone::forms
