#pragma once

#include <QString>

namespace stepstone {

// A Questionnaire's canonical reference, "url|version" or "url" alone, as a Task's input and a
// QuestionnaireResponse name the form. The version follows the last '|': a url may hold one.
struct FormCanonical {
    QString url;
    QString version; // empty when the reference names none

    static FormCanonical parse(const QString& canonical);
    // "url|version", or "url" when there is no version.
    QString text() const;

    friend bool operator==(const FormCanonical&, const FormCanonical&) = default;
};

} // namespace stepstone
