#include "store/SessionStore.h"

namespace stepstone {

namespace {

constexpr char kReplace[] = R"sql(
INSERT OR REPLACE INTO session (id, version_id, kind, status, title, start_at, end_at, place,
                                location_id, video_link, comment, answer, video_link_withheld)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13))sql";
constexpr char kRemove[] = "DELETE FROM session WHERE id = ?1";
constexpr char kIds[] = "SELECT id FROM session";
constexpr char kRemoveEndedBefore[] = "DELETE FROM session WHERE end_at < ?1";
constexpr char kUpcoming[] = R"sql(
SELECT id, version_id, kind, status, title, start_at, end_at, place, location_id, video_link,
       comment, answer, video_link_withheld
FROM session WHERE end_at > ?1 ORDER BY start_at LIMIT ?2)sql";

const char* statusCode(Session::Status status) {
    switch (status) {
    case Session::Status::Booked:
        return "booked";
    case Session::Status::Pending:
        return "pending";
    case Session::Status::Cancelled:
        return "cancelled";
    case Session::Status::Fulfilled:
        return "fulfilled";
    case Session::Status::NoShow:
        return "noshow";
    case Session::Status::Other:
        break;
    }
    return "other";
}

Session::Status statusFrom(const QString& code) {
    for (auto status :
         {Session::Status::Booked, Session::Status::Pending, Session::Status::Cancelled,
          Session::Status::Fulfilled, Session::Status::NoShow})
        if (code == QLatin1String(statusCode(status)))
            return status;
    return Session::Status::Other;
}

const char* answerCode(Session::Answer answer) {
    switch (answer) {
    case Session::Answer::Attending:
        return "attending";
    case Session::Answer::NotAttending:
        return "not-attending";
    case Session::Answer::None:
        break;
    }
    return "none";
}

Session::Answer answerFrom(const QString& code) {
    if (code == QLatin1String("attending"))
        return Session::Answer::Attending;
    if (code == QLatin1String("not-attending"))
        return Session::Answer::NotAttending;
    return Session::Answer::None;
}

} // namespace

Result<void, StoreError> SessionStore::replace(const Session& session) {
    auto stmt = m_db.prepared(kReplace);
    if (!stmt)
        return fail(stmt.error());
    return (*stmt)
        ->bind(1, session.id)
        .bind(2, session.versionId)
        .bind(3, codeFor(session.kind))
        .bind(4, QString::fromLatin1(statusCode(session.status)))
        .bind(5, session.title)
        .bind(6, session.start.toMSecsSinceEpoch())
        .bind(7, session.end.toMSecsSinceEpoch())
        .bind(8, session.place)
        .bind(9, session.locationId)
        .bind(10, session.videoLink ? session.videoLink->toString() : QString())
        .bind(11, session.comment)
        .bind(12, QString::fromLatin1(answerCode(session.answer)))
        .bind(13, session.videoLinkWithheld ? 1 : 0)
        .run();
}

Result<bool, StoreError> SessionStore::remove(const QString& id) {
    auto stmt = m_db.prepared(kRemove);
    if (!stmt)
        return fail(stmt.error());
    if (auto ran = (*stmt)->bind(1, id).run(); !ran)
        return fail(ran.error());
    return m_db.changes() > 0;
}

Result<QStringList, StoreError> SessionStore::ids() const {
    auto stmt = m_db.prepared(kIds);
    if (!stmt)
        return fail(stmt.error());
    QStringList ids;
    for (;;) {
        auto row = (*stmt)->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            break;
        ids << (*stmt)->text(0);
    }
    (*stmt)->reset();
    return ids;
}

Result<int, StoreError> SessionStore::removeEndedBefore(const QDateTime& cutoff) {
    auto stmt = m_db.prepared(kRemoveEndedBefore);
    if (!stmt)
        return fail(stmt.error());
    if (auto ran = (*stmt)->bind(1, cutoff.toMSecsSinceEpoch()).run(); !ran)
        return fail(ran.error());
    return m_db.changes();
}

Result<std::vector<Session>, StoreError> SessionStore::upcoming(const QDateTime& now,
                                                                int limit) const {
    auto stmt = m_db.prepared(kUpcoming);
    if (!stmt)
        return fail(stmt.error());
    (*stmt)->bind(1, now.toMSecsSinceEpoch()).bind(2, limit);
    std::vector<Session> sessions;
    for (;;) {
        auto row = (*stmt)->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            break;
        Statement& r = **stmt;
        Session s;
        s.id = r.text(0);
        s.versionId = r.text(1);
        s.kind = sessionKindFromCode(r.text(2));
        s.status = statusFrom(r.text(3));
        s.title = r.text(4);
        s.start = QDateTime::fromMSecsSinceEpoch(r.integer(5), Qt::UTC);
        s.end = QDateTime::fromMSecsSinceEpoch(r.integer(6), Qt::UTC);
        s.place = r.text(7);
        s.locationId = r.text(8);
        if (const QString link = r.text(9); !link.isEmpty())
            s.videoLink = QUrl(link);
        s.comment = r.text(10);
        s.answer = answerFrom(r.text(11));
        s.videoLinkWithheld = r.integer(12) != 0;
        sessions.push_back(std::move(s));
    }
    (*stmt)->reset();
    return sessions;
}

} // namespace stepstone
