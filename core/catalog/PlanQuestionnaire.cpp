#include "catalog/PlanQuestionnaire.h"

#include "forms/Translation.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace stepstone {

namespace {

constexpr QLatin1String
    kItemControl("http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl");

QJsonArray array(const QJsonObject& object, const char* key) {
    return object.value(QLatin1String(key)).toArray();
}

QString string(const QJsonObject& object, const char* key) {
    return object.value(QLatin1String(key)).toString();
}

QString localized(const QJsonObject& object, const char* key, const QString& language) {
    return forms::translated(object, QLatin1String(key), language);
}

bool isHelp(const QJsonObject& item) {
    if (string(item, "type") != QLatin1String("display"))
        return false;
    for (const auto& value : array(item, "extension")) {
        const QJsonObject extension = value.toObject();
        if (string(extension, "url") != kItemControl)
            continue;
        const QJsonObject control =
            extension.value(QLatin1String("valueCodeableConcept")).toObject();
        for (const auto& coding : array(control, "coding"))
            if (string(coding.toObject(), "code") == QLatin1String("help"))
                return true;
    }
    return false;
}

Result<PlanSectionDefinition, QString> sectionFrom(const QJsonObject& item,
                                                   const QString& language) {
    PlanSectionDefinition definition;
    definition.linkId = string(item, "linkId");
    definition.text = string(item, "text");
    definition.title = localized(item, "text", language);
    if (definition.linkId.isEmpty() || definition.text.isEmpty())
        return fail(QStringLiteral("an item has no linkId or text"));
    if (!item.value(QLatin1String("repeats")).toBool())
        return fail(QStringLiteral("item %1 does not repeat").arg(definition.linkId));
    const QString type = string(item, "type");
    if (type == QLatin1String("group"))
        definition.kind = PlanSectionDefinition::Kind::Contacts;
    else if (type != QLatin1String("string") && type != QLatin1String("text"))
        return fail(
            QStringLiteral("item %1 is neither a group nor a string").arg(definition.linkId));

    for (const auto& value : array(item, "item")) {
        const QJsonObject child = value.toObject();
        const QString childId = string(child, "linkId");
        if (isHelp(child)) {
            definition.help = localized(child, "text", language);
            continue;
        }
        if (definition.kind == PlanSectionDefinition::Kind::Lines)
            return fail(QStringLiteral("item %1 has a question inside").arg(definition.linkId));
        const QString field = childId.section(QLatin1Char('.'), -1);
        if (field == QLatin1String("name"))
            definition.nameLinkId = childId;
        else if (field == QLatin1String("phone"))
            definition.phoneLinkId = childId;
        else if (field == QLatin1String("when"))
            definition.whenLinkId = childId;
        else
            return fail(QStringLiteral("group %1 has an item this app cannot show: %2")
                            .arg(definition.linkId, childId));
    }
    if (definition.kind == PlanSectionDefinition::Kind::Contacts &&
        (definition.nameLinkId.isEmpty() || definition.phoneLinkId.isEmpty()))
        return fail(QStringLiteral("group %1 has no name or phone").arg(definition.linkId));
    return definition;
}

} // namespace

Result<PlanQuestionnaire, QString> PlanQuestionnaire::fromJson(const QByteArray& json,
                                                               const QLocale& locale) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(parseError.errorString());
    const QJsonObject root = doc.object();
    if (string(root, "resourceType") != QLatin1String("Questionnaire"))
        return fail(QStringLiteral("not a Questionnaire"));

    const QString language = QLocale::languageToCode(locale.language());
    PlanQuestionnaire questionnaire;
    questionnaire.m_url = string(root, "url");
    questionnaire.m_version = string(root, "version");
    questionnaire.m_title = localized(root, "title", language);
    if (questionnaire.m_url.isEmpty() || questionnaire.m_version.isEmpty())
        return fail(QStringLiteral("the Questionnaire has no url or version"));
    for (const auto& value : array(root, "item")) {
        auto definition = sectionFrom(value.toObject(), language);
        if (!definition)
            return fail(definition.error());
        if (questionnaire.section(definition->linkId))
            return fail(QStringLiteral("duplicate linkId %1").arg(definition->linkId));
        questionnaire.m_sections.push_back(std::move(*definition));
    }
    if (questionnaire.m_sections.empty())
        return fail(QStringLiteral("the Questionnaire has no items"));
    return questionnaire;
}

Result<PlanQuestionnaire, QString> PlanQuestionnaire::load(const QString& path,
                                                           const QLocale& locale) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    return fromJson(file.readAll(), locale);
}

const PlanSectionDefinition* PlanQuestionnaire::section(const QString& linkId) const {
    for (const PlanSectionDefinition& definition : m_sections)
        if (definition.linkId == linkId)
            return &definition;
    return nullptr;
}

} // namespace stepstone
