#pragma once

#include "forms/QuestionnaireParser.h"

#include <QFile>
#include <gtest/gtest.h>

namespace stepstone::forms::test {

// A Questionnaire with `items` (JSON) as its items, read by the app's own parser.
inline Questionnaire formOf(const QByteArray& items) {
    auto parsed = parseQuestionnaire(R"({"resourceType": "Questionnaire", "status": "active", )"
                                     R"("url": "https://example.org/Q/test", "item": )" +
                                     items + "}");
    EXPECT_TRUE(parsed.ok()) << (parsed.ok() ? std::string()
                                             : parsed.error().describe().toStdString());
    return parsed.ok() ? *parsed : Questionnaire{};
}

// One of the SDC implementation guide's example forms (CC0), installed by scripts/test into
// tests/fhir-forms: forms nobody on the project wrote.
inline Questionnaire sdcForm(const QString& name) {
    QFile file(QStringLiteral(STEPSTONE_FORMS_ORACLE_DIR "/hl7.fhir.uv.sdc/example/") + name);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(file.fileName());
    auto parsed = parseQuestionnaire(file.readAll());
    EXPECT_TRUE(parsed.ok());
    return parsed.ok() ? *parsed : Questionnaire{};
}

inline Coding coding(const char* system, const char* code) {
    return Coding{QString::fromLatin1(system), QString::fromLatin1(code), {}};
}

} // namespace stepstone::forms::test
