#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "model/ClinicAccount.h"
#include "model/Session.h"
#include "store/Database.h"

#include <QObject>
#include <QStringList>
#include <QUuid>
#include <optional>
#include <vector>

namespace stepstone {

// The clinic's sessions as last downloaded, per clinic account, with the client's answers to
// them. The session itself is clinic-owned: the server's version replaces ours. The answer is
// the client's: see replace() for how a download treats it.
class SessionStore : public QObject {
    Q_OBJECT
public:
    // How the sync outbox names a session answer; its record id is the session's id.
    static constexpr char kAnswerRecordType[] = "appointment-response";

    // What the sync sends for a session: the answer and its AppointmentResponse id.
    struct AnswerToSend {
        QUuid responseId;
        Session::Answer answer = Session::Answer::None;
    };

    SessionStore(Database& db, const Clock& clock, QObject* parent = nullptr);

    // Stores what the server says about a session. The client's own answer is never lost: from
    // answer() on it is kept, whatever the download says, until it has reached the server
    // (answerPending) and the Appointment's participant entry for the client shows the same
    // status (accepted for Attending, declined for NotAttending). From then on the Appointment
    // speaks again, so a later change the clinic records there is shown.
    Result<void, StoreError> replace(ClinicAccountId account, const Session& session);
    // True when there was such a session.
    Result<bool, StoreError> remove(ClinicAccountId account, const QString& id);
    // Every cached session's id, in no particular order.
    Result<QStringList, StoreError> ids(ClinicAccountId account) const;
    // Forgets sessions that ended before `cutoff`; answers how many.
    Result<int, StoreError> removeEndedBefore(ClinicAccountId account, const QDateTime& cutoff);
    enum class Cancelled { Include, Leave };
    // Sessions that have not ended by `now`, soonest first, cancelled ones included unless left.
    Result<std::vector<Session>, StoreError>
    upcoming(ClinicAccountId account, const QDateTime& now, int limit,
             Cancelled cancelled = Cancelled::Include) const;
    // Tells listeners once a batch of replace/remove calls is done.
    void announceChanges() { Q_EMIT changed(); }

    // "I'll be there" (Attending) or "I can't make it" (NotAttending): kept here and queued for
    // the clinic in one transaction. Every answer to a session, and each change of it, updates
    // the same AppointmentResponse.
    Result<void, StoreError> answer(ClinicAccountId account, const QString& sessionId,
                                    Session::Answer answer);
    // For the sync: nullopt when the session is gone (the clinic withdrew it).
    Result<std::optional<AnswerToSend>, StoreError> answerToSend(ClinicAccountId account,
                                                                 const QString& sessionId) const;
    // For the sync, inside the transaction that takes the answer out of the outbox: no longer
    // pending, unless the client changed it again meanwhile.
    Result<void, StoreError> answerSent(ClinicAccountId account, const QString& sessionId);

Q_SIGNALS:
    void changed();
    // The client answered a session: something to send.
    void answered();

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace stepstone
