#pragma once

#include "forms/Questionnaire.h"

#include <QJsonObject>

namespace stepstone::forms {

// Whether the answers so far ask for the crisis lines at once (PHQ-9 item 9 answered above
// "not at all"): an item of the form carries the extension
// https://stepstone.example/fhir/StructureDefinition/offer-crisis-lines, whose FHIRPath
// expression is true on the response. An expression that fails offers nothing; the lines are
// always a tap away in the app anyway.
bool offersCrisisLines(const Questionnaire& questionnaire, const QJsonObject& response);

// Whether any item of the form carries that extension: for the others there is nothing to ask
// after each answer.
bool asksCrisisLines(const Questionnaire& questionnaire);

} // namespace stepstone::forms
