#pragma once

#include "forms/AnswerValue.h"
#include "forms/Questionnaire.h"

namespace stepstone::forms {

// Whether `answer` meets one enableWhen's comparison with `expected` (=, !=, >, <, >=, <=; not
// exists, which asks whether there is an answer at all). Integers and decimals compare as
// numbers; dates, date-times, times and strings by order; codings only by = and != on system and
// code (a coding without a system matches on its code); quantities by value when their units
// agree. Values of kinds that cannot be compared never meet any operator, != included.
bool meets(const AnswerValue& answer, EnableOperator op, const AnswerValue& expected);

} // namespace stepstone::forms
