#pragma once

#include "common/Result.h"

#include <QLocale>
#include <QString>
#include <vector>

namespace stepstone {

struct CopingSkill {
    QString id;
    QString title;
    QString summary;
};

// The built-in coping skills, read from a JSON data file that a clinic can replace.
// Texts are given per language; English is the fallback.
class CopingSkillCatalog {
public:
    static Result<CopingSkillCatalog, QString> fromJson(const QByteArray& json,
                                                        const QLocale& locale);
    static Result<CopingSkillCatalog, QString> load(const QString& path, const QLocale& locale);

    const std::vector<CopingSkill>& skills() const { return m_skills; }
    // The skill's title, or an empty string for an id the catalog does not know.
    QString titleFor(const QString& id) const;

private:
    std::vector<CopingSkill> m_skills;
};

} // namespace stepstone
