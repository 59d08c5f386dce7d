#include "sync/TaskDownload.h"

#include "sync/mapping/HomeworkFhir.h"

namespace stepstone {

void TaskDownload::run(SyncRun& run, Done done) {
    m_done = std::move(done);
    m_patientId = run.patientId;
    m_entries = {};
    if (missingAccess(run, access()))
        return end(std::nullopt);
    fetchSearchPages(
        m_parts.client, HomeworkFhir::taskSearch(m_patientId), QLatin1String("Task"), kMaxPages,
        [this](const QJsonObject& page) {
            m_entries.read(page, [this](const QJsonObject& resource) {
                return HomeworkFhir::readTask(resource, m_patientId);
            });
        },
        [this](std::optional<FhirError> failure) {
            if (failure)
                return end(*failure);
            finish();
        });
}

void TaskDownload::finish() {
    QSet<QString> stored;
    if (m_entries.needsStoredIds()) {
        auto tasks = m_parts.homework.tasks(m_parts.account);
        if (!tasks)
            return end(tasks.error());
        for (const HomeworkTask& task : *tasks)
            stored.insert(task.id);
    }
    if (auto saved = m_parts.homework.replaceTasks(m_parts.account, m_entries.listed(),
                                                   m_entries.keepAsStored(stored));
        !saved)
        return end(saved.error());
    if (auto problem = m_entries.problem(QLatin1String("Task")))
        return end(*problem);
    end(std::nullopt);
}

void TaskDownload::end(std::optional<SyncFailure> failure) {
    m_entries = {};
    if (auto done = std::exchange(m_done, nullptr))
        done(std::move(failure));
}

} // namespace stepstone
