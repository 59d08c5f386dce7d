#include "forms/Translation.h"

#include <QJsonArray>

namespace stepstone::forms {

QString translated(const QJsonObject& element, QLatin1String key, const QString& language) {
    const QJsonObject underscored = element.value(QLatin1Char('_') + key).toObject();
    for (const auto& value : underscored.value(QLatin1String("extension")).toArray()) {
        const QJsonObject extension = value.toObject();
        if (extension.value(QLatin1String("url")).toString() !=
            QLatin1String("http://hl7.org/fhir/StructureDefinition/translation"))
            continue;
        QString lang;
        QString content;
        for (const auto& part : extension.value(QLatin1String("extension")).toArray()) {
            const QJsonObject partObject = part.toObject();
            const QString url = partObject.value(QLatin1String("url")).toString();
            if (url == u"lang")
                lang = partObject.value(QLatin1String("valueCode")).toString();
            else if (url == u"content")
                content = partObject.value(QLatin1String("valueString")).toString();
        }
        if (!content.isEmpty() && !language.isEmpty() &&
            lang.section(QLatin1Char('-'), 0, 0) == language)
            return content;
    }
    return element.value(key).toString();
}

QString translationLanguage(const QLocale& locale) {
    return locale.name().section(QLatin1Char('_'), 0, 0);
}

} // namespace stepstone::forms
