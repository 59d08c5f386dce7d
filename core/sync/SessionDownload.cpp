#include "sync/SessionDownload.h"

namespace stepstone {

SessionDownload::SessionDownload(Parts parts)
    : m_parts(parts)
    , m_search(parts.db, parts.sessions, parts.account)
    , m_history(parts.db, parts.sessions, parts.account)
    , m_visibility(parts.db, parts.sessions, parts.account) {}

void SessionDownload::run(SyncRun& run, Done done) {
    m_patientId = run.patientId;
    m_done = std::move(done);
    m_changed = false;
    m_unreadEntries = 0;
    if (auto missing = missingAccess(run, access()))
        return end(*missing);
    auto first = m_search.firstQuery(m_patientId);
    if (!first)
        return end(first.error());
    fetchPages(
        *first, QLatin1String("searchset"),
        [this](const QJsonObject& searchset) -> Result<QString, StoreError> {
            auto page = m_search.apply(searchset, m_patientId);
            if (!page)
                return fail(page.error());
            m_changed = m_changed || page->applied > 0;
            m_unreadEntries += page->skipped;
            return page->next;
        },
        [this] {
            if (auto finished = m_search.finish(); !finished)
                return end(finished.error());
            readHistory();
        });
}

void SessionDownload::readHistory() {
    auto first = m_history.firstQuery();
    if (!first)
        return end(first.error());
    if (!first->has_value())
        return checkVisibility();
    fetchPages(
        **first, QLatin1String("history"),
        [this](const QJsonObject& history) -> Result<QString, StoreError> {
            auto page = m_history.apply(history);
            if (!page)
                return fail(page.error());
            m_changed = m_changed || page->removed > 0;
            return page->next;
        },
        [this] {
            if (auto finished = m_history.finish(); !finished)
                return end(finished.error());
            checkVisibility();
        });
}

void SessionDownload::checkVisibility() {
    auto pruned = m_parts.sessions.removeEndedBefore(
        m_parts.account, m_parts.clock.now().addDays(-qint64(kKeepEndedSessions.count())));
    if (!pruned)
        return end(pruned.error());
    m_changed = m_changed || *pruned > 0;
    auto queries = m_visibility.queries(m_patientId);
    if (!queries)
        return end(queries.error());
    checkNext(std::move(*queries), 0);
}

void SessionDownload::checkNext(std::vector<SessionVisibilityCheck::Query> queries,
                                std::size_t index) {
    if (index == queries.size())
        return end();
    SessionVisibilityCheck::Query query = queries[index];
    const QString target = query.target;
    fetchPages(
        target, QLatin1String("searchset"),
        [this,
         query = std::move(query)](const QJsonObject& searchset) -> Result<QString, StoreError> {
            auto removed = m_visibility.apply(query, searchset);
            if (!removed)
                return fail(removed.error());
            m_changed = m_changed || *removed > 0;
            return QString(); // a paged answer is not followed: it removed nothing
        },
        [this, queries = std::move(queries), index]() mutable {
            checkNext(std::move(queries), index + 1);
        });
}

void SessionDownload::fetchPages(const QString& target, QLatin1String bundleType, PageApplier apply,
                                 std::function<void()> then) {
    m_parts.client.get(target, [this, bundleType, apply = std::move(apply), then = std::move(then)](
                                   Result<FhirResponse, FhirError> answer) mutable {
        if (!answer)
            return end(answer.error());
        const QJsonObject& bundle = answer->body;
        if (bundle.value(QLatin1String("resourceType")).toString() != QLatin1String("Bundle") ||
            bundle.value(QLatin1String("type")).toString() != bundleType)
            return end(FhirError{FhirError::Kind::Malformed, answer->httpStatus, std::nullopt,
                                 QStringLiteral("expected a %1 Bundle").arg(bundleType)});
        auto next = apply(bundle);
        if (!next)
            return end(next.error());
        if (next->isEmpty())
            return then();
        fetchPages(*next, bundleType, std::move(apply), std::move(then));
    });
}

void SessionDownload::end(std::optional<SyncFailure> failure) {
    if (!failure && m_unreadEntries > 0)
        failure = FhirError{FhirError::Kind::Malformed, 200, std::nullopt,
                            QStringLiteral("%1 unreadable entries").arg(m_unreadEntries)};
    if (std::exchange(m_changed, false))
        m_parts.sessions.announceChanges();
    if (auto done = std::exchange(m_done, nullptr))
        done(std::move(failure));
}

} // namespace stepstone
