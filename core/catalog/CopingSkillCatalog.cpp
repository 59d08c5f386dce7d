#include "catalog/CopingSkillCatalog.h"

#include "catalog/LocalizedText.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace stepstone {

Result<CopingSkillCatalog, QString> CopingSkillCatalog::fromJson(const QByteArray& json,
                                                                 const QLocale& locale) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(parseError.errorString());
    const QJsonValue list = doc.object().value(QLatin1String("skills"));
    if (!list.isArray())
        return fail(QStringLiteral("no \"skills\" array"));

    CopingSkillCatalog catalog;
    for (const auto& item : list.toArray()) {
        const QJsonObject object = item.toObject();
        CopingSkill skill{object.value(QLatin1String("id")).toString(),
                          localizedText(object.value(QLatin1String("title")), locale),
                          localizedText(object.value(QLatin1String("summary")), locale)};
        if (skill.id.isEmpty() || skill.title.isEmpty())
            return fail(QStringLiteral("a skill has no id or English title"));
        const bool duplicate = std::any_of(catalog.m_skills.begin(), catalog.m_skills.end(),
                                           [&](const CopingSkill& s) { return s.id == skill.id; });
        if (duplicate)
            return fail(QStringLiteral("duplicate skill id %1").arg(skill.id));
        catalog.m_skills.push_back(std::move(skill));
    }
    return catalog;
}

Result<CopingSkillCatalog, QString> CopingSkillCatalog::load(const QString& path,
                                                             const QLocale& locale) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    return fromJson(file.readAll(), locale);
}

QString CopingSkillCatalog::titleFor(const QString& id) const {
    for (const CopingSkill& skill : m_skills)
        if (skill.id == id)
            return skill.title;
    return {};
}

} // namespace stepstone
