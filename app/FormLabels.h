#pragma once

#include "forms/Validation.h"

#include <QString>

namespace stepstone::formLabels {

// What is wrong with an answer, in words a client reads beside the question.
QString problem(const forms::AnswerProblem& problem);
QString problem(forms::AnswerProblemKind kind);

// Why an item is shown read-only: the parser's reason code (unsupported-type, …) in words.
QString unsupportedNote(const QString& reason);

// How to write an answer into a field of this kind ("date", "time", "date-time"), or "".
QString hint(const QString& kind);

// A value as the client reads it: an option's words, a typed answer as it would be typed back.
QString valueText(const forms::AnswerValue& value);

// The button after a repeating group's last instance.
QString addInstance(const QString& groupText);

// Beside an answer the form works out from the others (a score).
QString calculatedNote();
// Beside a score whose expression this app cannot work out.
QString scoreUnavailable();

// "Link 2" for the second instance of a repeating group.
QString instanceTitle(const QString& groupText, int instance);

} // namespace stepstone::formLabels
