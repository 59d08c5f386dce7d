// Any bytes as a Questionnaire: read, and when it reads, scored on an empty response (so the
// form's own variables and calculatedExpressions run too).
#include "forms/QuestionnaireParser.h"
#include "forms/Scoring.h"

#include <QJsonObject>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace stepstone::forms;
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    auto form = parseQuestionnaire(bytes);
    if (form) {
        const QJsonObject response{{"resourceType", "QuestionnaireResponse"},
                                   {"status", "in-progress"}};
        (void)scoreResponse(*form, response);
    }
    return 0;
}
