#pragma once

#include "common/Result.h"
#include "model/ClinicAccount.h"
#include "store/Database.h"

#include <QDateTime>
#include <QString>
#include <vector>

namespace stepstone {

// The records changed on this device and not yet at a clinic, one row per record and clinic
// account (squashed: a record changed five times offline is sent once). Writers queue inside
// their own transaction, so a saved change is never left out. The sync reads it; what it may
// send, and when, is the sync's decision.
//
// A record the sync cannot send as it is (it cannot be read or mapped, or the clinic refuses
// it) is set aside with a reason instead of blocking everything queued after it. A new change
// to the record queues it afresh, and the client may also drop it from the queue.
class Outbox {
public:
    struct Entry {
        QString recordType;
        QString recordId;
        friend bool operator==(const Entry&, const Entry&) = default;
    };

    // Why a record was set aside; the app says it in words.
    enum class Problem {
        Unreadable,  // the record could not be read from the device
        NotSendable, // it cannot be put in the form the clinic's server takes
        Refused,     // the clinic's server refused it
    };

    struct SetAside {
        Entry entry;
        Problem problem = Problem::NotSendable;
        QDateTime since;
    };

    explicit Outbox(Database& db)
        : m_db(db) {}

    // A change to the client's own record: queued for every clinic account of the profile,
    // since each decides for itself whether it may have it.
    Result<void, StoreError> enqueueForEveryAccount(const QString& recordType,
                                                    const QString& recordId, qint64 nowMs);
    // A change that concerns one clinic account only (a sharing choice, an answer to a session).
    Result<void, StoreError> enqueue(ClinicAccountId account, const QString& recordType,
                                     const QString& recordId, qint64 nowMs);

    // Oldest first, without the records set aside.
    Result<std::vector<Entry>, StoreError> pending(ClinicAccountId account,
                                                   const QString& recordType, int limit) const;
    // Queued for the account, set aside or not.
    Result<int, StoreError> count(ClinicAccountId account) const;
    Result<bool, StoreError> isQueued(ClinicAccountId account, const Entry& entry) const;

    // Done, and written to the sent log, only if nothing queued the record again since
    // `queuedBeforeMs`.
    Result<void, StoreError> markSent(ClinicAccountId account, const Entry& entry,
                                      qint64 queuedBeforeMs, qint64 nowMs, bool deleted);
    // Takes a record out unsent, when there is nothing left to send for it.
    Result<void, StoreError> discard(ClinicAccountId account, const Entry& entry);

    Result<void, StoreError> setAside(ClinicAccountId account, const Entry& entry, Problem problem,
                                      qint64 nowMs);
    // Oldest first.
    Result<std::vector<SetAside>, StoreError> setAsideEntries(ClinicAccountId account) const;

private:
    Database& m_db;
};

} // namespace stepstone
