#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QLocale>
#include <QString>
#include <vector>

namespace stepstone {

// One section of the plan as its Questionnaire defines it.
struct PlanSectionDefinition {
    enum class Kind {
        Lines,    // a repeating string item: one line per answer
        Contacts, // a repeating group: a name, a phone and maybe when to call, per repetition
    };

    QString linkId;
    Kind kind = Kind::Lines;
    QString text;  // as the Questionnaire writes it, for the QuestionnaireResponse
    QString title; // in the client's language
    QString help;  // one line shown while the section is empty, in the client's language
    // A contact group's children (empty for Lines; whenLinkId empty when the group has none).
    QString nameLinkId;
    QString phoneLinkId;
    QString whenLinkId;
};

// The built-in relapse-prevention plan, a FHIR R4 Questionnaire in assets/: which sections the
// plan has, in which order, and what each is called. Texts are in the Questionnaire's own
// language; other languages come from the standard translation extension on `_text`. A help line
// is a `display` child item with the item control `help`.
class PlanQuestionnaire {
public:
    static Result<PlanQuestionnaire, QString> fromJson(const QByteArray& json,
                                                       const QLocale& locale);
    static Result<PlanQuestionnaire, QString> load(const QString& path, const QLocale& locale);

    QString url() const { return m_url; }
    QString version() const { return m_version; }
    // "url|version", as a QuestionnaireResponse names the Questionnaire it answers.
    QString canonical() const { return m_url + QLatin1Char('|') + m_version; }
    QString title() const { return m_title; }
    const std::vector<PlanSectionDefinition>& sections() const { return m_sections; }
    // Null for a linkId the plan does not have.
    const PlanSectionDefinition* section(const QString& linkId) const;

private:
    QString m_url;
    QString m_version;
    QString m_title;
    std::vector<PlanSectionDefinition> m_sections;
};

} // namespace stepstone
