#include "sync/ClinicMedicationDownload.h"

#include "sync/mapping/MedicationRequestReader.h"

#include <QUrlQuery>

namespace stepstone {

void ClinicMedicationDownload::run(SyncRun& run, Done done) {
    m_done = std::move(done);
    m_patientId = run.patientId;
    m_entries = {};
    if (missingAccess(run, access()))
        return end(std::nullopt);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("patient"), m_patientId);
    query.addQueryItem(QStringLiteral("_count"), QStringLiteral("100"));
    fetchSearchPages(
        m_parts.client, QStringLiteral("MedicationRequest?") + query.toString(QUrl::FullyEncoded),
        QLatin1String("MedicationRequest"), kMaxPages,
        [this](const QJsonObject& page) {
            m_entries.read(page, [this](const QJsonObject& resource) {
                return MedicationRequestReader::fromMedicationRequest(resource, m_patientId);
            });
        },
        [this](std::optional<FhirError> failure) {
            if (failure)
                return end(*failure);
            finish();
        });
}

void ClinicMedicationDownload::finish() {
    QSet<QString> stored;
    if (m_entries.needsStoredIds()) {
        auto medications = m_parts.medications.list(m_parts.account);
        if (!medications)
            return end(medications.error());
        for (const ClinicMedication& medication : *medications)
            stored.insert(medication.id);
    }
    if (auto saved = m_parts.medications.replace(m_parts.account, m_entries.listed(),
                                                 m_entries.keepAsStored(stored));
        !saved)
        return end(saved.error());
    if (auto problem = m_entries.problem(QLatin1String("MedicationRequest")))
        return end(*problem);
    end(std::nullopt);
}

void ClinicMedicationDownload::end(std::optional<SyncFailure> failure) {
    m_entries = {};
    if (auto done = std::exchange(m_done, nullptr))
        done(std::move(failure));
}

} // namespace stepstone
