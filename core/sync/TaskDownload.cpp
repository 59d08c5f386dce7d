#include "sync/TaskDownload.h"

#include "sync/mapping/FhirJson.h"
#include "sync/mapping/HomeworkFhir.h"

namespace stepstone {

namespace {

FhirError malformed(int httpStatus, const QString& detail) {
    return FhirError{FhirError::Kind::Malformed, httpStatus, std::nullopt, detail};
}

} // namespace

void TaskDownload::run(SyncRun& run, Done done) {
    m_done = std::move(done);
    m_patientId = run.patientId;
    m_download = {};
    if (missingAccess(run, access()))
        return end(std::nullopt);
    fetch(HomeworkFhir::taskSearch(m_patientId), 1);
}

void TaskDownload::fetch(const QString& target, int page) {
    m_parts.client.get(target, [this, page](Result<FhirResponse, FhirError> answer) {
        if (!answer)
            return end(answer.error());
        const QJsonObject& bundle = answer->body;
        if (bundle.value(QLatin1String("resourceType")).toString() != QLatin1String("Bundle") ||
            bundle.value(QLatin1String("type")).toString() != QLatin1String("searchset"))
            return end(
                malformed(answer->httpStatus, QStringLiteral("expected a searchset Bundle")));
        read(bundle);
        const QString next = fhir::nextLink(bundle);
        if (next.isEmpty())
            return finish();
        if (page >= kMaxPages)
            return end(malformed(answer->httpStatus,
                                 QStringLiteral("more than %1 pages of Task").arg(kMaxPages)));
        fetch(next, page + 1);
    });
}

void TaskDownload::read(const QJsonObject& searchset) {
    const QJsonValue entries = searchset.value(QLatin1String("entry"));
    if (!entries.isUndefined() && !entries.isArray()) {
        m_download.unreadableWithoutId = true;
        m_download.unreadable++;
        return;
    }
    for (const auto& entry : entries.toArray()) {
        const QJsonObject object = entry.toObject();
        if (object.value(QLatin1String("search")).toObject().value(QLatin1String("mode")) ==
            QLatin1String("outcome"))
            continue;
        const QJsonObject resource = object.value(QLatin1String("resource")).toObject();
        auto task = HomeworkFhir::readTask(resource, m_patientId);
        if (task) {
            m_download.listed.push_back(std::move(*task));
            continue;
        }
        const MappingErrorKind kind = task.error().kind;
        if (kind == MappingErrorKind::NotListed || kind == MappingErrorKind::EnteredInError)
            continue;
        if (m_download.unreadable++ == 0)
            m_download.firstError = task.error().describe();
        const QString id = resource.value(QLatin1String("id")).toString();
        if (fhir::isFhirId(id))
            m_download.unreadableIds.insert(id);
        else
            m_download.unreadableWithoutId = true;
    }
}

void TaskDownload::finish() {
    QSet<QString> keep = m_download.unreadableIds;
    if (m_download.unreadableWithoutId) {
        auto stored = m_parts.homework.tasks(m_parts.account);
        if (!stored)
            return end(stored.error());
        for (const HomeworkTask& task : *stored)
            keep.insert(task.id);
    }
    if (auto saved = m_parts.homework.replaceTasks(m_parts.account, m_download.listed, keep);
        !saved)
        return end(saved.error());
    if (m_download.unreadable > 0)
        return end(malformed(200, QStringLiteral("%1 unreadable Task entries; first: %2")
                                      .arg(m_download.unreadable)
                                      .arg(m_download.firstError)));
    end(std::nullopt);
}

void TaskDownload::end(std::optional<SyncFailure> failure) {
    m_download = {};
    if (auto done = std::exchange(m_done, nullptr))
        done(std::move(failure));
}

} // namespace stepstone
