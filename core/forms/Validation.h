#pragma once

#include "forms/Enablement.h"
#include "forms/ResponseDraft.h"

#include <QLocale>
#include <optional>
#include <variant>

namespace stepstone::forms {

// What is wrong with one answer, or with a missing one; the app says it in words.
enum class AnswerProblemKind {
    Missing,        // a required question with no answer; a required group with none inside
    TooLong,        // more characters than maxLength (limit)
    BelowMinimum,   // a number, date or length below minValue (limit)
    AboveMaximum,   // above maxValue (limit)
    NotWholeNumber, // typed text that is not an integer
    NotNumber,      // typed text that is not a decimal
    NotDate,        // not a day written year-month-day
    NotTime,        // not a time of day written hours:minutes
    NotDateTime,    // not a day and a time
};

struct AnswerProblem {
    ItemPath item;
    AnswerProblemKind kind = AnswerProblemKind::Missing;
    double limit = 0; // maxLength, minValue or maxValue, when the kind names one
};

// What stops the response from being submitted: each enabled, visible, answerable item that is
// required and unanswered or whose answers break its limits. An in-progress draft is saved
// whatever these say.
std::vector<AnswerProblem> problemsIn(const Questionnaire& questionnaire,
                                      const ResponseDraft& draft, const Enablement& enablement);

// The answer a client typed into a text field of `item`, read in `locale` (the client writes
// "7,5" in Spanish) or as written in C: nullopt for empty text, a problem kind when it cannot be
// read. A date-time is read in local time and keeps the client's UTC offset.
std::variant<std::nullopt_t, AnswerValue, AnswerProblemKind>
typedAnswer(const QuestionnaireItem& item, const QString& text, const QLocale& locale);

} // namespace stepstone::forms
