#include "sync/mapping/HomeworkFhir.h"

#include "sync/mapping/FhirDateTime.h"
#include "sync/mapping/FhirJson.h"

#include <QJsonArray>
#include <QUrlQuery>
#include <utility>

namespace stepstone::HomeworkFhir {

namespace {

const QString kTask = QStringLiteral("Task");

bool hasCoding(const QJsonObject& codeableConcept, QLatin1String system, QLatin1String code) {
    for (const auto& coding : codeableConcept.value(QLatin1String("coding")).toArray()) {
        const QJsonObject object = coding.toObject();
        if (object.value(QLatin1String("system")).toString() == system &&
            object.value(QLatin1String("code")).toString() == code)
            return true;
    }
    return false;
}

bool namesPatient(const QJsonObject& task, QLatin1String key, const QString& patientId) {
    const auto target = fhir::referenceTarget(
        task.value(key).toObject().value(QLatin1String("reference")).toString());
    return target && target->type == QLatin1String("Patient") && target->id == patientId;
}

// restriction.period.end ("when fulfilment is sought"), else executionPeriod.end.
Result<QString, MappingError> readDue(const QJsonObject& task) {
    for (const auto& [outer, path] :
         {std::pair{QLatin1String("restriction"), QStringLiteral("Task.restriction.period")},
          std::pair{QLatin1String("executionPeriod"), QStringLiteral("Task.executionPeriod")}}) {
        QJsonObject period = task.value(outer).toObject();
        if (outer == QLatin1String("restriction"))
            period = period.value(QLatin1String("period")).toObject();
        auto end = fhir::optionalString(period, QLatin1String("end"), path);
        if (!end)
            return fail(end.error());
        if (end->isEmpty())
            continue;
        if (!fromFhirInstant(*end) && !fromFhirDate(*end))
            return fail(MappingError::wrongType(path + QStringLiteral(".end"),
                                                QStringLiteral("a date or a date-time")));
        return *end;
    }
    return QString();
}

Result<QString, MappingError> readForm(const QJsonObject& task) {
    auto inputs = fhir::optionalArray(task, QLatin1String("input"), kTask);
    if (!inputs)
        return fail(inputs.error());
    for (qsizetype i = 0; i < inputs->size(); ++i) {
        const QString path = QStringLiteral("Task.input[%1]").arg(i);
        auto input = fhir::objectAt(*inputs, i, QStringLiteral("Task.input"));
        if (!input)
            return fail(input.error());
        if (!hasCoding(input->value(QLatin1String("type")).toObject(), kSdcTaskCodes,
                       QLatin1String("questionnaire")))
            continue;
        auto canonical = fhir::requiredString(*input, QLatin1String("valueCanonical"), path);
        if (!canonical)
            return fail(canonical.error());
        return *canonical;
    }
    return fail(MappingError::missing(QStringLiteral("Task.input:questionnaire")));
}

// FHIR allows no empty string, array or object: a form filler may leave some behind.
QJsonValue withoutEmpty(const QJsonValue& value) {
    if (value.isArray()) {
        QJsonArray kept;
        for (const auto& element : value.toArray())
            if (QJsonValue cleaned = withoutEmpty(element); !cleaned.isUndefined())
                kept.append(cleaned);
        return kept.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(kept);
    }
    if (value.isObject()) {
        QJsonObject kept;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            if (QJsonValue cleaned = withoutEmpty(it.value()); !cleaned.isUndefined())
                kept.insert(it.key(), cleaned);
        return kept.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(kept);
    }
    if (value.isNull() || (value.isString() && value.toString().trimmed().isEmpty()))
        return QJsonValue(QJsonValue::Undefined);
    return value;
}

} // namespace

QString taskSearch(const QString& patientId) {
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("owner"), QStringLiteral("Patient/") + patientId);
    query.addQueryItem(QStringLiteral("code"),
                       kSdcTaskCodes + QStringLiteral("|complete-questionnaire"));
    query.addQueryItem(QStringLiteral("_count"), QStringLiteral("100"));
    return QStringLiteral("Task?") + query.toString(QUrl::FullyEncoded);
}

QString identifierValue(const QUuid& id) {
    return QStringLiteral("urn:uuid:") + id.toString(QUuid::WithoutBraces);
}

QString responseSearch(const QUuid& id) {
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("identifier"), kUriSystem + u'|' + identifierValue(id));
    return QStringLiteral("QuestionnaireResponse?") + query.toString(QUrl::FullyEncoded);
}

Result<HomeworkTask, MappingError> readTask(const QJsonObject& task, const QString& patientId) {
    if (auto type = fhir::expectResourceType(task, QLatin1String("Task")); !type)
        return fail(type.error());
    HomeworkTask read;
    auto id = fhir::requiredString(task, QLatin1String("id"), kTask);
    if (!id)
        return fail(id.error());
    if (!fhir::isFhirId(*id))
        return fail(MappingError::wrongType(QStringLiteral("Task.id"), QStringLiteral("an id")));
    read.id = *id;
    auto meta = fhir::requiredObject(task, QLatin1String("meta"), kTask);
    if (!meta)
        return fail(meta.error());
    auto version =
        fhir::requiredString(*meta, QLatin1String("versionId"), QStringLiteral("Task.meta"));
    if (!version)
        return fail(version.error());
    read.versionId = *version;
    auto code = fhir::requiredObject(task, QLatin1String("code"), kTask);
    if (!code)
        return fail(code.error());
    if (!hasCoding(*code, kSdcTaskCodes, QLatin1String("complete-questionnaire")) ||
        !(namesPatient(task, QLatin1String("owner"), patientId) ||
          namesPatient(task, QLatin1String("for"), patientId)))
        return fail(MappingError{MappingErrorKind::WrongResource, QStringLiteral("Task"),
                                 QStringLiteral("not this patient's questionnaire Task")});
    auto status = fhir::requiredString(task, QLatin1String("status"), kTask);
    if (!status)
        return fail(status.error());
    if (*status == QLatin1String("entered-in-error"))
        return fail(MappingError{MappingErrorKind::EnteredInError, QStringLiteral("Task.status"),
                                 QStringLiteral("withdrawn")});
    if (*status == QLatin1String("draft"))
        return fail(MappingError{MappingErrorKind::NotListed, QStringLiteral("Task.status"),
                                 QStringLiteral("not assigned yet")});
    read.status = *status;
    auto reason = fhir::optionalObject(task, QLatin1String("statusReason"), kTask);
    if (!reason)
        return fail(reason.error());
    read.statusReason = reason->value(QLatin1String("text")).toString();
    auto due = readDue(task);
    if (!due)
        return fail(due.error());
    read.due = *due;
    auto form = readForm(task);
    if (!form)
        return fail(form.error());
    read.form = *form;
    auto description = fhir::optionalString(task, QLatin1String("description"), kTask);
    if (!description)
        return fail(description.error());
    read.description = fhir::fhirStringFrom(*description).trimmed();
    read.resource = task;
    return read;
}

Result<QJsonObject, MappingError> toQuestionnaireResponse(const HomeworkResponse& response,
                                                          const QString& patientId) {
    if (response.id.isNull() || response.deletedAt || response.questionnaire.isEmpty())
        return fail(MappingError{MappingErrorKind::InvalidInput, QStringLiteral("response"),
                                 QStringLiteral("no live response to send")});
    const QString authored = toFhirInstant(response.updatedAt);
    if (authored.isEmpty())
        return fail(MappingError::outOfRange(QStringLiteral("QuestionnaireResponse.authored"),
                                             QStringLiteral("a time FHIR can write")));
    QJsonObject resource = withoutEmpty(response.response).toObject();
    resource.remove(QLatin1String("id"));
    resource.remove(QLatin1String("meta"));
    resource.insert(QStringLiteral("resourceType"), QStringLiteral("QuestionnaireResponse"));
    resource.insert(QStringLiteral("identifier"),
                    QJsonObject{{QStringLiteral("system"), kUriSystem},
                                {QStringLiteral("value"), identifierValue(response.id)}});
    resource.insert(QStringLiteral("questionnaire"), response.questionnaire);
    resource.insert(QStringLiteral("status"), response.status == HomeworkResponse::Status::Completed
                                                  ? QStringLiteral("completed")
                                                  : QStringLiteral("in-progress"));
    resource.insert(QStringLiteral("subject"),
                    fhir::reference(QStringLiteral("Patient"), patientId));
    resource.insert(QStringLiteral("author"),
                    fhir::reference(QStringLiteral("Patient"), patientId));
    resource.insert(QStringLiteral("authored"), authored);
    return resource;
}

QJsonObject taskWithClientChange(const HomeworkTask& task, const QString& responseReference) {
    QJsonObject changed = task.resource;
    changed.insert(QStringLiteral("status"), task.currentStatus());
    if (task.localStatus && !task.localStatusReason.isEmpty())
        changed.insert(QStringLiteral("statusReason"),
                       QJsonObject{{QStringLiteral("text"), task.localStatusReason}});
    QJsonArray outputs;
    for (const auto& output : task.resource.value(QLatin1String("output")).toArray())
        if (!hasCoding(output.toObject().value(QLatin1String("type")).toObject(), kSdcTaskCodes,
                       QLatin1String("questionnaire-response")))
            outputs.append(output);
    QJsonObject type{
        {QStringLiteral("coding"),
         QJsonArray{fhir::coding(kSdcTaskCodes, QStringLiteral("questionnaire-response"))}}};
    outputs.append(QJsonObject{{QStringLiteral("type"), type},
                               {QStringLiteral("valueReference"),
                                QJsonObject{{QStringLiteral("reference"), responseReference}}}});
    changed.insert(QStringLiteral("output"), outputs);
    return changed;
}

} // namespace stepstone::HomeworkFhir
