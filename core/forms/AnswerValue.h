#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QTime>
#include <optional>
#include <variant>

namespace stepstone::forms {

struct Coding {
    QString system;
    QString code;
    QString display;
    // Codings are the same answer when their system and code are: the display is only words.
    bool operator==(const Coding& other) const {
        return system == other.system && code == other.code;
    }
};

struct Quantity {
    double value = 0;
    QString unit;
    QString system;
    QString code;
    bool operator==(const Quantity&) const = default;
};

// One FHIR value[x] of a form: what an answer, an answerOption, an initial value or an
// enableWhen's answer holds. QString is valueString (a text item's answer too).
using AnswerValue =
    std::variant<bool, qint64, double, QString, QDate, QDateTime, QTime, Coding, Quantity>;

// Why a value[x] could not be read: nothing there, or the reason in words for a form's author.
struct AnswerValueProblem {
    QString message;
};

// The value[x] of `element` whose names start with `prefix` ("value" for an answerOption, an
// initial value and an answer; "answer" for an enableWhen): nullopt when it has none; a problem
// when it has one this app cannot hold (valueReference, a partial date, a date-time without its
// UTC offset) or more than one.
std::variant<std::nullopt_t, AnswerValue, AnswerValueProblem>
answerValueOf(const QJsonObject& element, QLatin1String prefix);

// `value` as FHIR JSON under `prefix`: {"valueCoding": {...}}.
QJsonObject answerValueJson(const AnswerValue& value, QLatin1String prefix);

} // namespace stepstone::forms
