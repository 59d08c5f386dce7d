#pragma once

#include <QJsonObject>
#include <QLocale>
#include <QString>

namespace stepstone::forms {

// `key` of `element` in `language` ("es") when the element's FHIR translation extension
// (http://hl7.org/fhir/StructureDefinition/translation, on `_key`) has it, else as written.
QString translated(const QJsonObject& element, QLatin1String key, const QString& language);

// The language a form is shown in for a client of `locale`: its language code ("es").
QString translationLanguage(const QLocale& locale);

} // namespace stepstone::forms
