#pragma once

#include "forms/AnswerValue.h"

#include <QJsonObject>
#include <QString>
#include <optional>
#include <vector>

namespace stepstone::forms {

// The item types the renderer draws; any other (attachment, reference, url, a type from a later
// FHIR version) is Unsupported: shown as read-only text with a short note, never a crash.
enum class ItemType {
    Group,
    Display,
    String,
    Text,
    Boolean,
    Integer,
    Decimal,
    Date,
    DateTime,
    Time,
    Choice,
    OpenChoice,
    Quantity,
    Unsupported,
};

enum class EnableOperator { Exists, Equal, NotEqual, Greater, Less, GreaterOrEqual, LessOrEqual };

struct EnableWhen {
    QString question; // a linkId of the same form
    EnableOperator op = EnableOperator::Exists;
    AnswerValue answer;
};

enum class EnableBehavior { All, Any };

struct AnswerOption {
    AnswerValue value;
    // The option's words in the client's language, when the form gives them (a coding's
    // display, a string), else empty: the value is the answer, the label only what is shown.
    QString label;
    bool initialSelected = false;
    // ordinalValue or itemWeight, on the option or on its concept in a contained ValueSet.
    std::optional<double> weight;
};

struct QuestionnaireItem {
    QString linkId;
    QString prefix; // prefix and text in the client's language when the form has it
    QString text;
    QString typeName; // as written ("choice", "attachment")
    ItemType type = ItemType::Unsupported;
    bool required = false;
    bool repeats = false;
    bool readOnly = false;
    bool hidden = false;
    std::optional<int> maxLength;
    std::vector<EnableWhen> enableWhen;
    EnableBehavior enableBehavior = EnableBehavior::All;
    std::vector<AnswerOption> answerOptions; // a contained answerValueSet's concepts included
    std::vector<AnswerValue> initial;
    // The questionnaire-itemControl code as written: slider, radio-button, check-box, drop-down…
    QString itemControl;
    std::optional<double> minValue;
    std::optional<double> maxValue;
    std::optional<double> sliderStep;
    // A quantity item's unit (questionnaire-unit), when the form names one.
    std::optional<Coding> unit;
    // The SDC calculatedExpression that works the item's answer out (a score), or empty.
    QString calculatedExpression;
    // Why the renderer shows this item read-only (when type is Unsupported), as a code the app
    // says in words: unsupported-type, unsupported-option (an answerOption of a kind it cannot
    // hold), answers-elsewhere (the answers are listed only outside the form).
    QString unsupportedReason;
    std::vector<QuestionnaireItem> items;
    QJsonObject json; // the item as written, elements this app does not read included
};

struct Questionnaire {
    QString url;
    QString version;
    QString title; // title and copyright in the client's language when the form has it
    QString copyright;
    QString status;
    std::vector<QuestionnaireItem> items;
    QJsonObject json; // the form as written, elements this app does not read included
};

} // namespace stepstone::forms
