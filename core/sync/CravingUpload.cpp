#include "sync/CravingUpload.h"

#include "sync/mapping/CravingObservationMapper.h"

#include <QJsonArray>

namespace stepstone {

QString versionFromEtag(const QString& etag) {
    QString version = etag.trimmed();
    if (version.startsWith(QLatin1String("W/")))
        version.remove(0, 2);
    if (version.size() >= 2 && version.startsWith(u'"') && version.endsWith(u'"'))
        version = version.mid(1, version.size() - 2);
    return version;
}

Result<std::optional<CravingUpload::Batch>, StoreError>
CravingUpload::nextBatch(const QUrl& fhirBase, const QString& patientId) {
    SyncOutbox outbox(m_db);
    SyncBookkeeping books(m_db);
    auto pending = outbox.pending(CravingLogStore::kRecordType, kChunkSize);
    if (!pending)
        return fail(pending.error());
    if (pending->empty())
        return std::optional<Batch>();

    Batch batch;
    batch.queuedBeforeMs = m_clock.now().toMSecsSinceEpoch();
    QJsonArray entries;
    for (const SyncOutbox::Entry& queued : *pending) {
        auto log = m_logs.find(QUuid::fromString(queued.recordId));
        if (!log)
            return fail(log.error());
        auto version = books.versionOf(QLatin1String(kResourceType), queued.recordId);
        if (!version)
            return fail(version.error());
        const QString url = QLatin1String(kResourceType) + u'/' + queued.recordId;
        QJsonObject request{{QStringLiteral("url"), url}};
        QJsonObject entry;
        const bool deleted = log->deletedAt.has_value();
        if (deleted) {
            request.insert(QStringLiteral("method"), QStringLiteral("DELETE"));
        } else {
            auto observation = CravingObservationMapper::toObservation(*log, patientId);
            if (!observation)
                return fail(StoreError{StoreErrorKind::Internal, observation.error().detail});
            request.insert(QStringLiteral("method"), QStringLiteral("PUT"));
            if (!version->isEmpty())
                request.insert(QStringLiteral("ifMatch"), QStringLiteral("W/\"%1\"").arg(*version));
            entry.insert(QStringLiteral("fullUrl"),
                         fhirBase.toString(QUrl::StripTrailingSlash) + u'/' + url);
            entry.insert(QStringLiteral("resource"), *observation);
        }
        entry.insert(QStringLiteral("request"), request);
        entries.append(entry);
        batch.entries.push_back(queued);
        batch.deletes.push_back(deleted);
    }
    batch.bundle = QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Bundle")},
                               {QStringLiteral("type"), QStringLiteral("transaction")},
                               {QStringLiteral("entry"), entries}};
    return std::optional<Batch>(std::move(batch));
}

Result<void, StoreError> CravingUpload::accept(const Batch& batch,
                                               const QJsonObject& transactionResponse) {
    const QJsonArray answers = transactionResponse.value(QLatin1String("entry")).toArray();
    if (transactionResponse.value(QLatin1String("type")).toString() !=
            QLatin1String("transaction-response") ||
        answers.size() != qsizetype(batch.entries.size()))
        return fail(StoreError{StoreErrorKind::InvalidInput,
                               QStringLiteral("transaction-response does not match the batch")});
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    return inTransaction(m_db, [&]() -> Result<void, StoreError> {
        SyncOutbox outbox(m_db);
        SyncBookkeeping books(m_db);
        for (std::size_t i = 0; i < batch.entries.size(); ++i) {
            const SyncOutbox::Entry& entry = batch.entries[i];
            const QString etag = answers[qsizetype(i)]
                                     .toObject()
                                     .value(QLatin1String("response"))
                                     .toObject()
                                     .value(QLatin1String("etag"))
                                     .toString();
            auto recorded = batch.deletes[i]
                                ? books.forgetVersion(QLatin1String(kResourceType), entry.recordId)
                                : books.setVersion(QLatin1String(kResourceType), entry.recordId,
                                                   versionFromEtag(etag));
            if (!recorded)
                return recorded;
            if (auto sent = outbox.markSent(entry, batch.queuedBeforeMs, now, batch.deletes[i]);
                !sent)
                return sent;
        }
        return {};
    });
}

Result<void, StoreError> CravingUpload::acceptAbsent(const Batch& batch, std::size_t index) {
    const SyncOutbox::Entry& entry = batch.entries[index];
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    return inTransaction(m_db, [&]() -> Result<void, StoreError> {
        if (auto forgotten =
                SyncBookkeeping(m_db).forgetVersion(QLatin1String(kResourceType), entry.recordId);
            !forgotten)
            return forgotten;
        return SyncOutbox(m_db).markSent(entry, batch.queuedBeforeMs, now, true);
    });
}

Result<void, StoreError> CravingUpload::rememberServerVersion(const QString& id,
                                                              const QString& versionId) {
    SyncBookkeeping books(m_db);
    return versionId.isEmpty() ? books.forgetVersion(QLatin1String(kResourceType), id)
                               : books.setVersion(QLatin1String(kResourceType), id, versionId);
}

} // namespace stepstone
