#pragma once

#include "common/Result.h"
#include "forms/Questionnaire.h"

#include <QByteArray>

namespace stepstone::forms {

// Where and why a form could not be read; for a clinic's form author and the sync log.
struct FormError {
    QString where; // a FHIR path: Questionnaire.item[2].enableWhen[0]
    QString message;
    QString describe() const { return where + QStringLiteral(": ") + message; }
};

// How big a form may be: a clinic's form is data from the network, read on a phone.
struct QuestionnaireLimits {
    qsizetype maxBytes = qsizetype(2) * 1024 * 1024;
    int maxItems = 2000;
    int maxDepth = 12; // items within items
};

// An R4 Questionnaire as JSON into the typed form. Refused with an error: not JSON, not a
// Questionnaire, over a limit, an item without a linkId or with one used twice, an enableWhen
// that names no item of the form or has an operator or answer that cannot be read. An item of a
// type the app does not draw, or whose answers are listed only outside the form (or in a
// contained ValueSet the form lacks), is kept as Unsupported with its reason; everything not
// read is kept as written. The words a client reads (title, prefixes, texts, options) are taken
// in `language` ("es") where the form translates them.
Result<Questionnaire, FormError> parseQuestionnaire(const QByteArray& json,
                                                    const QuestionnaireLimits& limits = {},
                                                    const QString& language = {});

} // namespace stepstone::forms
