#include "sync/TransactionUpload.h"

#include "store/SyncBookkeeping.h"

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

Result<std::vector<UploadItem>, StoreError>
TransactionUpload::nextItems(UploadSource& source, const QString& patientId, int limit) {
    Outbox outbox(m_db);
    std::vector<UploadItem> items;
    for (;;) {
        auto pending = outbox.pending(m_account, source.recordType(), limit);
        if (!pending)
            return fail(pending.error());
        if (pending->empty())
            return items;
        for (const Outbox::Entry& queued : *pending) {
            auto prepared = source.prepare(queued, patientId);
            if (!prepared)
                return fail(prepared.error());
            Result<void, StoreError> kept;
            if (auto* item = std::get_if<UploadItem>(&*prepared))
                items.push_back(std::move(*item));
            else if (auto* unsendable = std::get_if<CannotSend>(&*prepared))
                kept = outbox.setAside(m_account, queued, unsendable->problem,
                                       m_clock.now().toMSecsSinceEpoch());
            else
                kept = outbox.discard(m_account, queued);
            if (!kept)
                return fail(kept.error());
        }
        if (!items.empty())
            return items;
    }
}

Result<std::optional<TransactionUpload::Batch>, StoreError>
TransactionUpload::nextBatch(UploadSource& source, const QUrl& fhirBase, const QString& patientId,
                             int limit) {
    Batch batch;
    batch.queuedBeforeMs = m_clock.now().toMSecsSinceEpoch();
    auto items = nextItems(source, patientId, limit);
    if (!items)
        return fail(items.error());
    if (items->empty())
        return std::optional<Batch>();

    SyncBookkeeping books(m_db, m_account);
    QJsonArray entries;
    for (const UploadItem& item : *items) {
        const QString url = item.resourceType + u'/' + item.id;
        QJsonObject request{{QStringLiteral("url"), url}};
        QJsonObject entry;
        if (item.resource) {
            auto version = books.versionOf(item.queued.recordType, item.queued.recordId);
            if (!version)
                return fail(version.error());
            request.insert(QStringLiteral("method"), QStringLiteral("PUT"));
            if (!version->isEmpty())
                request.insert(QStringLiteral("ifMatch"), QStringLiteral("W/\"%1\"").arg(*version));
            entry.insert(QStringLiteral("fullUrl"),
                         fhirBase.toString(QUrl::StripTrailingSlash) + u'/' + url);
            entry.insert(QStringLiteral("resource"), *item.resource);
        } else {
            request.insert(QStringLiteral("method"), QStringLiteral("DELETE"));
        }
        entry.insert(QStringLiteral("request"), request);
        entries.append(entry);
    }
    batch.items = std::move(*items);
    batch.bundle = QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Bundle")},
                               {QStringLiteral("type"), QStringLiteral("transaction")},
                               {QStringLiteral("entry"), entries}};
    return std::optional<Batch>(std::move(batch));
}

Result<void, StoreError> TransactionUpload::accept(UploadSource& source, const Batch& batch,
                                                   const QJsonObject& transactionResponse) {
    const QJsonArray answers = transactionResponse.value(QLatin1String("entry")).toArray();
    if (transactionResponse.value(QLatin1String("type")).toString() !=
            QLatin1String("transaction-response") ||
        answers.size() != qsizetype(batch.items.size()))
        return fail(StoreError{StoreErrorKind::InvalidInput,
                               QStringLiteral("transaction-response does not match the batch")});
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    auto recorded = inTransaction(m_db, [&]() -> Result<void, StoreError> {
        Outbox outbox(m_db);
        for (std::size_t i = 0; i < batch.items.size(); ++i) {
            const UploadItem& item = batch.items[i];
            const bool deleted = !item.resource;
            const QString etag = answers[qsizetype(i)]
                                     .toObject()
                                     .value(QLatin1String("response"))
                                     .toObject()
                                     .value(QLatin1String("etag"))
                                     .toString();
            if (auto kept =
                    rememberServerVersion(item, deleted ? QString() : versionFromEtag(etag));
                !kept)
                return kept;
            if (auto sent =
                    outbox.markSent(m_account, item.queued, batch.queuedBeforeMs, now, deleted);
                !sent)
                return sent;
            if (auto noted = source.recordSent(item); !noted)
                return noted;
        }
        return {};
    });
    if (recorded)
        source.announceSent();
    return recorded;
}

Result<void, StoreError> TransactionUpload::acceptAbsent(UploadSource& source, const Batch& batch,
                                                         std::size_t index) {
    const UploadItem& item = batch.items[index];
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    auto recorded = inTransaction(m_db, [&]() -> Result<void, StoreError> {
        if (auto forgotten = SyncBookkeeping(m_db, m_account)
                                 .forgetVersion(item.queued.recordType, item.queued.recordId);
            !forgotten)
            return forgotten;
        if (auto sent =
                Outbox(m_db).markSent(m_account, item.queued, batch.queuedBeforeMs, now, true);
            !sent)
            return sent;
        return source.recordSent(item);
    });
    if (recorded)
        source.announceSent();
    return recorded;
}

Result<void, StoreError> TransactionUpload::rememberServerVersion(const UploadItem& item,
                                                                  const QString& versionId) {
    SyncBookkeeping books(m_db, m_account);
    const Outbox::Entry& record = item.queued;
    return versionId.isEmpty() ? books.forgetVersion(record.recordType, record.recordId)
                               : books.setVersion(record.recordType, record.recordId, versionId);
}

Result<void, StoreError> TransactionUpload::setAside(const UploadItem& item,
                                                     Outbox::Problem problem) {
    return Outbox(m_db).setAside(m_account, item.queued, problem,
                                 m_clock.now().toMSecsSinceEpoch());
}

} // namespace stepstone
