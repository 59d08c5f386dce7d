#include "sync/AppointmentDownload.h"

#include "sync/mapping/AppointmentMapper.h"
#include "sync/mapping/FhirDateTime.h"
#include "sync/mapping/FhirJson.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace stepstone {

Result<QString, StoreError> AppointmentDownload::firstQuery(const QString& patientId) {
    m_newestLastUpdated.clear();
    auto watermark = SyncBookkeeping(m_db, m_account).watermark(QLatin1String(kResourceType));
    if (!watermark)
        return fail(watermark.error());
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("patient"), patientId);
    query.addQueryItem(QStringLiteral("_include"), QStringLiteral("Appointment:location"));
    query.addQueryItem(QStringLiteral("_sort"), QStringLiteral("_lastUpdated"));
    query.addQueryItem(QStringLiteral("_count"), QStringLiteral("100"));
    if (!watermark->isEmpty())
        query.addQueryItem(QStringLiteral("_lastUpdated"), QStringLiteral("gt") + *watermark);
    // A '+' in a time offset must reach the server as %2B, not as a space.
    return QLatin1String(kResourceType) + u'?' +
           query.toString(QUrl::FullyEncoded).replace(u'+', QLatin1String("%2B"));
}

Result<AppointmentDownload::Page, StoreError>
AppointmentDownload::apply(const QJsonObject& searchset, const QString& patientId) {
    Page page;
    const QJsonValue entries = searchset.value(QLatin1String("entry"));
    if (!entries.isUndefined() && !entries.isArray())
        ++page.skipped;
    QList<QJsonObject> included;
    QList<QJsonObject> matches;
    for (const auto& value : entries.toArray()) {
        if (!value.isObject()) {
            ++page.skipped;
            continue;
        }
        const QJsonObject entry = value.toObject();
        const QJsonObject resource = entry.value(QLatin1String("resource")).toObject();
        const QString mode =
            entry.value(QLatin1String("search")).toObject().value(QLatin1String("mode")).toString();
        if (resource.value(QLatin1String("resourceType")).toString() ==
                QLatin1String(kResourceType) &&
            mode != QLatin1String("include"))
            matches << resource;
        else
            included << resource;
    }
    page.next = fhir::nextLink(searchset);

    auto written = inTransaction(m_db, [&]() -> Result<void, StoreError> {
        for (const QJsonObject& appointment : matches) {
            const QString lastUpdated = appointment.value(QLatin1String("meta"))
                                            .toObject()
                                            .value(QLatin1String("lastUpdated"))
                                            .toString();
            if (isLaterInstant(lastUpdated, m_newestLastUpdated))
                m_newestLastUpdated = lastUpdated;
            auto mapped = AppointmentMapper::toSession(appointment, included, patientId);
            if (!mapped && mapped.error().kind == MappingErrorKind::EnteredInError) {
                if (auto removed = m_sessions.remove(
                        m_account, appointment.value(QLatin1String("id")).toString());
                    !removed)
                    return fail(removed.error());
                ++page.applied;
                continue;
            }
            if (!mapped) {
                ++page.skipped;
                continue;
            }
            if (auto replaced = m_sessions.replace(m_account, mapped->session); !replaced)
                return replaced;
            ++page.applied;
        }
        return {};
    });
    if (!written)
        return fail(written.error());
    return page;
}

Result<void, StoreError> AppointmentDownload::finish() {
    if (m_newestLastUpdated.isEmpty())
        return {};
    return SyncBookkeeping(m_db, m_account)
        .setWatermark(QLatin1String(kResourceType), m_newestLastUpdated);
}

} // namespace stepstone
