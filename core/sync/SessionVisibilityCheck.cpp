#include "sync/SessionVisibilityCheck.h"

#include "sync/AppointmentDownload.h"
#include "sync/mapping/FhirJson.h"

#include <QJsonArray>
#include <QSet>
#include <QUrlQuery>

namespace stepstone {

Result<std::vector<SessionVisibilityCheck::Query>, StoreError>
SessionVisibilityCheck::queries(const QString& patientId) const {
    auto ids = m_sessions.ids(m_account);
    if (!ids)
        return fail(ids.error());
    std::vector<Query> queries;
    for (qsizetype first = 0; first < ids->size(); first += kIdsPerQuery) {
        Query query;
        query.ids = ids->mid(first, kIdsPerQuery);
        QUrlQuery search;
        search.addQueryItem(QStringLiteral("_id"), query.ids.join(u','));
        search.addQueryItem(QStringLiteral("patient"), patientId);
        search.addQueryItem(QStringLiteral("_count"), QString::number(kIdsPerQuery));
        query.target = QLatin1String(AppointmentDownload::kResourceType) + u'?' +
                       search.toString(QUrl::FullyEncoded);
        queries.push_back(std::move(query));
    }
    return queries;
}

Result<int, StoreError> SessionVisibilityCheck::apply(const Query& query,
                                                      const QJsonObject& searchset) {
    if (!fhir::nextLink(searchset).isEmpty())
        return 0;
    QSet<QString> found;
    for (const auto& value : searchset.value(QLatin1String("entry")).toArray()) {
        const QJsonObject resource = value.toObject().value(QLatin1String("resource")).toObject();
        if (resource.value(QLatin1String("resourceType")).toString() ==
            QLatin1String(AppointmentDownload::kResourceType))
            found.insert(resource.value(QLatin1String("id")).toString());
    }
    int removed = 0;
    auto written = inTransaction(m_db, [&]() -> Result<void, StoreError> {
        for (const QString& id : query.ids) {
            if (found.contains(id))
                continue;
            auto gone = m_sessions.remove(m_account, id);
            if (!gone)
                return fail(gone.error());
            removed += *gone ? 1 : 0;
        }
        return {};
    });
    if (!written)
        return fail(written.error());
    return removed;
}

} // namespace stepstone
