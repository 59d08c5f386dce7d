#include "sync/AppointmentHistory.h"

#include "store/SyncBookkeeping.h"
#include "sync/AppointmentDownload.h"
#include "sync/mapping/FhirDateTime.h"
#include "sync/mapping/FhirJson.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace stepstone {

namespace {

constexpr int kPageSize = 100;

struct Change {
    QString id;
    bool deleted = false;
    QString lastModified;
};

// One history entry: which Appointment, whether it was deleted, and when. nullopt for an entry
// that names no Appointment.
std::optional<Change> changeFrom(const QJsonObject& entry) {
    const QJsonObject resource = entry.value(QLatin1String("resource")).toObject();
    const QJsonObject request = entry.value(QLatin1String("request")).toObject();
    const QString method = request.value(QLatin1String("method")).toString();
    Change change;
    change.deleted = method == QLatin1String("DELETE") || (method.isEmpty() && resource.isEmpty());
    if (!resource.isEmpty()) {
        if (resource.value(QLatin1String("resourceType")).toString() !=
            QLatin1String(AppointmentDownload::kResourceType))
            return std::nullopt;
        change.id = resource.value(QLatin1String("id")).toString();
        change.lastModified = resource.value(QLatin1String("meta"))
                                  .toObject()
                                  .value(QLatin1String("lastUpdated"))
                                  .toString();
    } else {
        auto target = fhir::referenceTarget(request.value(QLatin1String("url")).toString());
        if (!target)
            target = fhir::referenceTarget(entry.value(QLatin1String("fullUrl")).toString());
        if (target && target->type == QLatin1String(AppointmentDownload::kResourceType))
            change.id = target->id;
    }
    if (!fhir::isFhirId(change.id))
        return std::nullopt;
    const QString responseTime = entry.value(QLatin1String("response"))
                                     .toObject()
                                     .value(QLatin1String("lastModified"))
                                     .toString();
    if (!responseTime.isEmpty())
        change.lastModified = responseTime;
    return change;
}

} // namespace

Result<std::optional<QString>, StoreError> AppointmentHistory::firstQuery() {
    m_seen.clear();
    m_newest.clear();
    const QString type = QLatin1String(AppointmentDownload::kResourceType);
    SyncBookkeeping books(m_db, m_account);
    auto since = books.historyWatermark(type);
    if (!since)
        return fail(since.error());
    // The first time, the search has just brought everything that exists; what was deleted
    // before its newest change was never here.
    if (since->isEmpty()) {
        auto searched = books.watermark(type);
        if (!searched)
            return fail(searched.error());
        *since = *searched;
    }
    if (since->isEmpty())
        return std::optional<QString>();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("_since"), *since);
    query.addQueryItem(QStringLiteral("_count"), QString::number(kPageSize));
    // A '+' in a time offset must reach the server as %2B, not as a space.
    return std::optional<QString>(
        type + QStringLiteral("/_history?") +
        query.toString(QUrl::FullyEncoded).replace(u'+', QLatin1String("%2B")));
}

Result<AppointmentHistory::Page, StoreError> AppointmentHistory::apply(const QJsonObject& history) {
    Page page;
    page.next = fhir::nextLink(history);
    const QJsonArray entries = history.value(QLatin1String("entry")).toArray();
    auto written = inTransaction(m_db, [&]() -> Result<void, StoreError> {
        for (const auto& value : entries) {
            const auto change = changeFrom(value.toObject());
            if (!change) {
                ++page.skipped;
                continue;
            }
            if (isLaterInstant(change->lastModified, m_newest))
                m_newest = change->lastModified;
            if (m_seen.contains(change->id))
                continue;
            m_seen.insert(change->id);
            if (!change->deleted)
                continue;
            auto removed = m_sessions.remove(m_account, change->id);
            if (!removed)
                return fail(removed.error());
            page.removed += *removed ? 1 : 0;
        }
        return {};
    });
    if (!written)
        return fail(written.error());
    return page;
}

Result<void, StoreError> AppointmentHistory::finish() {
    if (m_newest.isEmpty())
        return {};
    return SyncBookkeeping(m_db, m_account)
        .setHistoryWatermark(QLatin1String(AppointmentDownload::kResourceType), m_newest);
}

} // namespace stepstone
