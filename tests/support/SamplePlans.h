#pragma once

#include "model/RelapsePlan.h"

#include <QDateTime>
#include <QString>
#include <utility>
#include <vector>

namespace stepstone::test {

// Plans that have broken apps before: nothing at all, every section full, long text, emoji,
// right-to-left script, control characters, and phones nobody can dial. The unit tests and the
// FHIR schema check (tests/fhir-schema) use the same ones.
inline PlanEntry line(const QString& text) {
    return {text, {}, {}};
}

inline PlanEntry person(const QString& name, const QString& phone, const QString& when = {}) {
    return {name, phone, when};
}

inline PlanContent fullPlanContent() {
    return {
        {QStringLiteral("reasons"),
         {line(QStringLiteral("My daughter's graduation in June")),
          line(QStringLiteral("Waking up without a headache"))}},
        {QStringLiteral("warning-signs"), {line(QStringLiteral("Skipping meals, not sleeping"))}},
        {QStringLiteral("high-risk"),
         {line(QStringLiteral("Friday payday, walking past the bar"))}},
        {QStringLiteral("coping"),
         {line(QStringLiteral("Walk the dog around the block")),
          line(QStringLiteral("Cold water on my face, breathe out slowly")),
          line(QStringLiteral("Play the tape through"))}},
        {QStringLiteral("distractions"), {line(QStringLiteral("The library on 5th street"))}},
        {QStringLiteral("people"),
         {{QStringLiteral("Sam (sponsor)"), QStringLiteral("(555) 123-4567"),
           QStringLiteral("Any time, day or night")},
          {QStringLiteral("Mom"), QStringLiteral("call mom"), QString()},
          {QStringLiteral("Dana"), QString(), QStringLiteral("Evenings")}}},
        {QStringLiteral("professionals"),
         {person(QStringLiteral("Dr. Lee, my therapist"), QStringLiteral("1-800-FLOWERS"))}},
        {QStringLiteral("safer-surroundings"), {line(QStringLiteral("No cash in my wallet"))}},
        {QStringLiteral("after-lapse"), {line(QStringLiteral("Tell Sam the same day"))}},
    };
}

inline std::vector<std::pair<QString, PlanContent>> samplePlanContents() {
    const QString longLine = QString(QStringLiteral("I keep going because ")).repeated(95);
    return {
        {QStringLiteral("empty"), {}},
        {QStringLiteral("full"), fullPlanContent()},
        {QStringLiteral("long"), {{QStringLiteral("reasons"), {line(longLine.left(2000))}}}},
        {QStringLiteral("emoji"),
         {{QStringLiteral("coping"), {line(QStringLiteral("🐕 walk Max 🌳, then 🎧"))}},
          {QStringLiteral("people"),
           {person(QStringLiteral("Abuela 👵"), QStringLiteral("+1 555 010 0199"))}}}},
        {QStringLiteral("rtl"),
         {{QStringLiteral("reasons"), {line(QStringLiteral("أريد أن أكون حاضرًا لعائلتي"))}},
          {QStringLiteral("people"),
           {person(QStringLiteral("שרה"), QStringLiteral("+972 50 123 4567"))}}}},
        {QStringLiteral("control-characters"),
         {{QStringLiteral("coping"),
           {line(QStringLiteral("breathe\fthen\x01walk\ttabbed\nnext line"))}}}},
        {QStringLiteral("phone-with-letters"),
         {{QStringLiteral("people"),
           {person(QStringLiteral("Mom"), QStringLiteral("call mom")),
            person(QStringLiteral("Help line"), QStringLiteral("1-800-662-HELP"))}}}},
    };
}

} // namespace stepstone::test
