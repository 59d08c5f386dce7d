#include "store/SessionStore.h"

#include "store/Outbox.h"

namespace stepstone {

namespace {

constexpr char kReplace[] = R"sql(
INSERT OR REPLACE INTO clinic_session (account_id, id, version_id, kind, status, title, start_at,
                                       end_at, place, location_id, video_link, comment, answer,
                                       answer_pending, answer_unconfirmed, answer_response_id,
                                       video_link_withheld)
VALUES (?17, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16))sql";
constexpr char kRemove[] = "DELETE FROM clinic_session WHERE account_id = ?1 AND id = ?2";
constexpr char kIds[] = "SELECT id FROM clinic_session WHERE account_id = ?1";
constexpr char kRemoveEndedBefore[] =
    "DELETE FROM clinic_session WHERE account_id = ?1 AND end_at < ?2";
#define SELECT_UPCOMING                                                                            \
    "SELECT id, version_id, kind, status, title, start_at, end_at, place, location_id, "           \
    "video_link, comment, answer, answer_pending, video_link_withheld FROM clinic_session "        \
    "WHERE account_id = ?1 AND end_at > ?2 "
constexpr char kUpcoming[] = SELECT_UPCOMING "ORDER BY start_at LIMIT ?3";
constexpr char kUpcomingHappening[] =
    SELECT_UPCOMING "AND status != 'cancelled' ORDER BY start_at LIMIT ?3";
#undef SELECT_UPCOMING
constexpr char kLocalAnswer[] = R"sql(
SELECT answer, answer_pending, answer_unconfirmed, answer_response_id
FROM clinic_session WHERE account_id = ?1 AND id = ?2)sql";
constexpr char kWriteAnswer[] = R"sql(
UPDATE clinic_session SET answer = ?3, answer_pending = 1, answer_unconfirmed = 1,
                          answer_response_id = ?4
WHERE account_id = ?1 AND id = ?2)sql";
constexpr char kAnswerSent[] = R"sql(
UPDATE clinic_session SET answer_pending = 0
WHERE account_id = ?1 AND id = ?2
  AND NOT EXISTS (SELECT 1 FROM outbox
                  WHERE account_id = ?1 AND record_type = ?3 AND record_id = ?2))sql";

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

// The client's own answer to a session, as stored.
struct LocalAnswer {
    Session::Answer answer = Session::Answer::None;
    bool pending = false;
    bool unconfirmed = false;
    QString responseId;
};

Result<std::optional<LocalAnswer>, StoreError>
readLocalAnswer(Database& db, ClinicAccountId account, const QString& id) {
    auto select = db.prepared(kLocalAnswer);
    if (!select)
        return fail(select.error());
    auto row = (*select)->bind(1, account.value).bind(2, id).step();
    if (!row)
        return fail(row.error());
    std::optional<LocalAnswer> local;
    if (*row) {
        const Statement& r = **select;
        local = LocalAnswer{sessionAnswerFromCode(r.text(0)), r.integer(1) != 0, r.integer(2) != 0,
                            r.text(3)};
    }
    (*select)->reset();
    return local;
}

} // namespace

SessionStore::SessionStore(Database& db, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock) {}

Result<void, StoreError> SessionStore::replace(ClinicAccountId account, const Session& session) {
    auto local = readLocalAnswer(m_db, account, session.id);
    if (!local)
        return fail(local.error());
    // The rule of the header: the client's answer stays until the Appointment shows it and the
    // upload is done; `unconfirmed` turns off once the Appointment shows it.
    LocalAnswer kept{session.answer, false, false, {}};
    if (local->has_value()) {
        const LocalAnswer& mine = **local;
        kept.responseId = mine.responseId;
        if (mine.pending || mine.unconfirmed)
            kept = {mine.answer, mine.pending, session.answer != mine.answer, mine.responseId};
    }
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
        .bind(12, codeFor(kept.answer))
        .bind(13, kept.pending ? 1 : 0)
        .bind(14, kept.unconfirmed ? 1 : 0)
        .bind(15, kept.responseId)
        .bind(16, session.videoLinkWithheld ? 1 : 0)
        .bind(17, account.value)
        .run();
}

Result<bool, StoreError> SessionStore::remove(ClinicAccountId account, const QString& id) {
    auto stmt = m_db.prepared(kRemove);
    if (!stmt)
        return fail(stmt.error());
    if (auto ran = (*stmt)->bind(1, account.value).bind(2, id).run(); !ran)
        return fail(ran.error());
    return m_db.changes() > 0;
}

Result<QStringList, StoreError> SessionStore::ids(ClinicAccountId account) const {
    auto stmt = m_db.prepared(kIds);
    if (!stmt)
        return fail(stmt.error());
    QStringList ids;
    auto read = (*stmt)->bind(1, account.value).forEachRow([&](const Statement& row) {
        ids << row.text(0);
    });
    if (!read)
        return fail(read.error());
    return ids;
}

Result<int, StoreError> SessionStore::removeEndedBefore(ClinicAccountId account,
                                                        const QDateTime& cutoff) {
    auto stmt = m_db.prepared(kRemoveEndedBefore);
    if (!stmt)
        return fail(stmt.error());
    if (auto ran = (*stmt)->bind(1, account.value).bind(2, cutoff.toMSecsSinceEpoch()).run(); !ran)
        return fail(ran.error());
    return m_db.changes();
}

Result<std::vector<Session>, StoreError> SessionStore::upcoming(ClinicAccountId account,
                                                                const QDateTime& now, int limit,
                                                                Cancelled cancelled) const {
    auto stmt = m_db.prepared(cancelled == Cancelled::Include ? kUpcoming : kUpcomingHappening);
    if (!stmt)
        return fail(stmt.error());
    (*stmt)->bind(1, account.value).bind(2, now.toMSecsSinceEpoch()).bind(3, limit);
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
        s.answer = sessionAnswerFromCode(r.text(11));
        s.answerPending = r.integer(12) != 0;
        s.videoLinkWithheld = r.integer(13) != 0;
        sessions.push_back(std::move(s));
    }
    (*stmt)->reset();
    return sessions;
}

Result<void, StoreError> SessionStore::answer(ClinicAccountId account, const QString& sessionId,
                                              Session::Answer answer) {
    if (answer == Session::Answer::None)
        return fail(StoreError{StoreErrorKind::InvalidInput, QStringLiteral("no answer given")});
    auto written = inTransaction(m_db, [&]() -> Result<void, StoreError> {
        auto local = readLocalAnswer(m_db, account, sessionId);
        if (!local)
            return fail(local.error());
        if (!local->has_value())
            return fail(StoreError{StoreErrorKind::NotFound, QStringLiteral("no such session")});
        QString responseId = (*local)->responseId;
        if (responseId.isEmpty())
            responseId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        auto write = m_db.prepared(kWriteAnswer);
        if (!write)
            return fail(write.error());
        if (auto ran = (*write)
                           ->bind(1, account.value)
                           .bind(2, sessionId)
                           .bind(3, codeFor(answer))
                           .bind(4, responseId)
                           .run();
            !ran)
            return ran;
        return Outbox(m_db).enqueue(account, QLatin1String(kAnswerRecordType), sessionId,
                                    m_clock.now().toMSecsSinceEpoch());
    });
    if (!written)
        return written;
    Q_EMIT changed();
    Q_EMIT answered();
    return {};
}

Result<std::optional<SessionStore::AnswerToSend>, StoreError>
SessionStore::answerToSend(ClinicAccountId account, const QString& sessionId) const {
    auto local = readLocalAnswer(m_db, account, sessionId);
    if (!local)
        return fail(local.error());
    if (!local->has_value())
        return std::optional<AnswerToSend>();
    const QUuid responseId = QUuid::fromString((*local)->responseId);
    if (responseId.isNull() || (*local)->answer == Session::Answer::None)
        return fail(StoreError{StoreErrorKind::Corrupt, QStringLiteral("unreadable answer")});
    return std::optional<AnswerToSend>(AnswerToSend{responseId, (*local)->answer});
}

Result<void, StoreError> SessionStore::answerSent(ClinicAccountId account,
                                                  const QString& sessionId) {
    auto stmt = m_db.prepared(kAnswerSent);
    if (!stmt)
        return fail(stmt.error());
    return (*stmt)
        ->bind(1, account.value)
        .bind(2, sessionId)
        .bind(3, QLatin1String(kAnswerRecordType))
        .run();
}

} // namespace stepstone
