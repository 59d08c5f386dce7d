#include "sync/mapping/PlanResponseMapper.h"

#include "sync/mapping/FhirDateTime.h"
#include "sync/mapping/FhirJson.h"
#include "sync/mapping/PartTwoSecurityLabels.h"

#include <QJsonArray>

namespace stepstone::PlanResponseMapper {

namespace {

const QString kResponse = QStringLiteral("QuestionnaireResponse");

MappingError invalidPlan(const QString& field, const QString& why) {
    return {MappingErrorKind::InvalidInput, field, why};
}

QJsonArray stringAnswer(const QString& text) {
    return {QJsonObject{{QStringLiteral("valueString"), fhir::fhirStringFrom(text)}}};
}

bool isWritten(const QString& text) {
    return !text.trimmed().isEmpty();
}

QJsonObject linesItem(const PlanSectionDefinition& section, const std::vector<PlanEntry>& lines) {
    QJsonArray answers;
    for (const PlanEntry& line : lines)
        answers.append(stringAnswer(line.text).first());
    return {{QStringLiteral("linkId"), section.linkId},
            {QStringLiteral("text"), section.text},
            {QStringLiteral("answer"), answers}};
}

QJsonObject contactItem(const PlanSectionDefinition& section, const PlanEntry& contact) {
    QJsonArray fields;
    const auto add = [&](const QString& linkId, const QString& value) {
        if (!linkId.isEmpty() && isWritten(value))
            fields.append(QJsonObject{{QStringLiteral("linkId"), linkId},
                                      {QStringLiteral("answer"), stringAnswer(value)}});
    };
    add(section.nameLinkId, contact.text);
    add(section.phoneLinkId, contact.phone);
    add(section.whenLinkId, contact.whenToCall);
    return {{QStringLiteral("linkId"), section.linkId},
            {QStringLiteral("text"), section.text},
            {QStringLiteral("item"), fields}};
}

// The valueString answers of a question item, in order.
Result<QStringList, MappingError> stringAnswers(const QJsonObject& item, const QString& path) {
    auto answers = fhir::optionalArray(item, QLatin1String("answer"), path);
    if (!answers)
        return fail(answers.error());
    QStringList texts;
    for (qsizetype i = 0; i < answers->size(); ++i) {
        const QString answerPath = QStringLiteral("%1.answer[%2]").arg(path).arg(i);
        auto answer = fhir::objectAt(*answers, i, path + QStringLiteral(".answer"));
        if (!answer)
            return fail(answer.error());
        auto text = fhir::requiredString(*answer, QLatin1String("valueString"), answerPath);
        if (!text)
            return fail(text.error());
        texts << *text;
    }
    return texts;
}

Result<PlanEntry, MappingError> readContact(const PlanSectionDefinition& section,
                                            const QJsonObject& group, const QString& path) {
    auto fields = fhir::optionalArray(group, QLatin1String("item"), path);
    if (!fields)
        return fail(fields.error());
    PlanEntry contact;
    for (qsizetype i = 0; i < fields->size(); ++i) {
        const QString fieldPath = QStringLiteral("%1.item[%2]").arg(path).arg(i);
        auto field = fhir::objectAt(*fields, i, path + QStringLiteral(".item"));
        if (!field)
            return fail(field.error());
        auto linkId = fhir::requiredString(*field, QLatin1String("linkId"), fieldPath);
        if (!linkId)
            return fail(linkId.error());
        auto answers = stringAnswers(*field, fieldPath);
        if (!answers)
            return fail(answers.error());
        const QString value = answers->value(0);
        if (*linkId == section.nameLinkId)
            contact.text = value;
        else if (*linkId == section.phoneLinkId)
            contact.phone = value;
        else if (!section.whenLinkId.isEmpty() && *linkId == section.whenLinkId)
            contact.whenToCall = value;
    }
    if (!isWritten(contact.text))
        return fail(MappingError::missing(path + QStringLiteral(".item:") + section.nameLinkId));
    return contact;
}

} // namespace

Result<QJsonObject, MappingError> toQuestionnaireResponse(const RelapsePlan& plan,
                                                          const PlanQuestionnaire& questionnaire,
                                                          const QString& patientId) {
    if (plan.deletedAt)
        return fail(invalidPlan(kResponse, QStringLiteral("an erased plan is a DELETE")));
    if (plan.id.isNull())
        return fail(invalidPlan(kResponse + QStringLiteral(".id"), QStringLiteral("null UUID")));
    if (!fhir::isFhirId(patientId))
        return fail(
            invalidPlan(kResponse + QStringLiteral(".subject"), QStringLiteral("not a FHIR id")));
    if (const QString problem = planContentProblem(plan.content); !problem.isEmpty())
        return fail(invalidPlan(kResponse + QStringLiteral(".item"), problem));
    for (const auto& [linkId, entries] : plan.content)
        if (!entries.empty() && !questionnaire.section(linkId))
            return fail(invalidPlan(kResponse + QStringLiteral(".item"),
                                    QStringLiteral("a section the Questionnaire does not have")));
    const QString authored = toFhirInstant(plan.updatedAt);
    if (authored.isEmpty())
        return fail(invalidPlan(kResponse + QStringLiteral(".authored"),
                                QStringLiteral("not representable")));

    QJsonArray items;
    for (const PlanSectionDefinition& section : questionnaire.sections()) {
        const std::vector<PlanEntry>& entries = plan.section(section.linkId);
        if (entries.empty())
            continue;
        if (section.kind == PlanSectionDefinition::Kind::Lines) {
            items.append(linesItem(section, entries));
            continue;
        }
        for (const PlanEntry& contact : entries)
            items.append(contactItem(section, contact));
    }

    const QJsonObject patient = fhir::reference(QStringLiteral("Patient"), patientId);
    QJsonObject response{
        {QStringLiteral("resourceType"), kResponse},
        {QStringLiteral("id"), plan.id.toString(QUuid::WithoutBraces)},
        {QStringLiteral("meta"),
         QJsonObject{{QStringLiteral("security"), fhir::partTwoSecurityLabels()}}},
        {QStringLiteral("questionnaire"), questionnaire.canonical()},
        {QStringLiteral("status"), QStringLiteral("completed")},
        {QStringLiteral("subject"), patient},
        {QStringLiteral("author"), patient},
        {QStringLiteral("authored"), authored},
    };
    if (!items.isEmpty())
        response.insert(QLatin1String("item"), items);
    return response;
}

Result<ServerPlan, MappingError> fromQuestionnaireResponse(const QJsonObject& response,
                                                           const PlanQuestionnaire& questionnaire,
                                                           const QString& patientId) {
    if (auto type = fhir::expectResourceType(response, QLatin1String("QuestionnaireResponse"));
        !type)
        return fail(type.error());
    auto status = fhir::requiredString(response, QLatin1String("status"), kResponse);
    if (!status)
        return fail(status.error());
    if (*status == QLatin1String("entered-in-error"))
        return fail(MappingError{MappingErrorKind::EnteredInError, kResponse + ".status", {}});
    auto answers = fhir::requiredString(response, QLatin1String("questionnaire"), kResponse);
    if (!answers)
        return fail(answers.error());
    if (answers->section(QLatin1Char('|'), 0, 0) != questionnaire.url())
        return fail(MappingError{MappingErrorKind::WrongResource, kResponse + ".questionnaire",
                                 QStringLiteral("another Questionnaire")});
    auto subject = fhir::requiredObject(response, QLatin1String("subject"), kResponse);
    if (!subject)
        return fail(subject.error());
    const auto target =
        fhir::referenceTarget(subject->value(QLatin1String("reference")).toString());
    if (!target || target->type != QLatin1String("Patient") || target->id != patientId)
        return fail(MappingError{MappingErrorKind::WrongResource, kResponse + ".subject",
                                 QStringLiteral("not this patient")});
    auto id = fhir::requiredString(response, QLatin1String("id"), kResponse);
    if (!id)
        return fail(id.error());
    ServerPlan plan;
    plan.id = QUuid::fromString(*id);
    if (plan.id.isNull())
        return fail(MappingError::wrongType(kResponse + ".id", QStringLiteral("a UUID")));
    auto authored = fhir::optionalInstant(response, QLatin1String("authored"), kResponse);
    if (!authored)
        return fail(authored.error());
    plan.authored = *authored;

    auto items = fhir::optionalArray(response, QLatin1String("item"), kResponse);
    if (!items)
        return fail(items.error());
    for (qsizetype i = 0; i < items->size(); ++i) {
        const QString path = QStringLiteral("%1.item[%2]").arg(kResponse).arg(i);
        auto item = fhir::objectAt(*items, i, kResponse + QStringLiteral(".item"));
        if (!item)
            return fail(item.error());
        auto linkId = fhir::requiredString(*item, QLatin1String("linkId"), path);
        if (!linkId)
            return fail(linkId.error());
        const PlanSectionDefinition* section = questionnaire.section(*linkId);
        if (!section)
            continue;
        std::vector<PlanEntry>& entries = plan.content[*linkId];
        if (section->kind == PlanSectionDefinition::Kind::Contacts) {
            auto contact = readContact(*section, *item, path);
            if (!contact)
                return fail(contact.error());
            entries.push_back(std::move(*contact));
            continue;
        }
        auto lines = stringAnswers(*item, path);
        if (!lines)
            return fail(lines.error());
        for (const QString& line : *lines)
            entries.push_back({line, {}, {}});
    }
    if (const QString problem = planContentProblem(plan.content); !problem.isEmpty())
        return fail(MappingError::outOfRange(kResponse + QStringLiteral(".item"), problem));
    return plan;
}

} // namespace stepstone::PlanResponseMapper
