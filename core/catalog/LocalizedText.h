#pragma once

#include <QJsonValue>
#include <QLocale>
#include <QString>

namespace stepstone {

// A text a data file gives per language ({"en": "…", "es": "…"}, ISO 639-1): the one in the
// client's language, else the English one, else empty.
QString localizedText(const QJsonValue& texts, const QLocale& locale);

} // namespace stepstone
