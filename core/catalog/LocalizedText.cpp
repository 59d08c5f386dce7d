#include "catalog/LocalizedText.h"

#include <QJsonObject>

namespace stepstone {

QString localizedText(const QJsonValue& texts, const QLocale& locale) {
    const QJsonObject byLanguage = texts.toObject();
    const QJsonValue own = byLanguage.value(QLocale::languageToCode(locale.language()));
    return own.isString() ? own.toString() : byLanguage.value(QLatin1String("en")).toString();
}

} // namespace stepstone
