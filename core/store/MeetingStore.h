#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "model/Meeting.h"
#include "store/Database.h"

#include <QObject>
#include <vector>

namespace stepstone {

// The peer-support meetings the client goes to, in the encrypted database. A remove leaves a
// tombstone (id and times; the words erased), which restore() can bring back with its words
// while the client may still undo. Every change is queued for every clinic account in the same
// transaction, as every record is.
class MeetingStore : public QObject {
    Q_OBJECT
public:
    // How the sync outbox names a meeting.
    static constexpr char kRecordType[] = "meeting";

    MeetingStore(Database& db, const Clock& clock, QObject* parent = nullptr);

    Result<Meeting, StoreError> add(const MeetingDetails& details);
    Result<Meeting, StoreError> update(const QUuid& id, const MeetingDetails& details);
    Result<void, StoreError> remove(const QUuid& id);
    // A removed meeting back as it was, under its own id.
    Result<Meeting, StoreError> restore(const Meeting& meeting);
    Result<Meeting, StoreError> find(const QUuid& id) const;
    // Live meetings in the order of the week: Monday first, then by time, then by name.
    Result<std::vector<Meeting>, StoreError> list() const;

Q_SIGNALS:
    void changed();

private:
    // Runs `sql` (?1 id, ?2 … ?8 the details, ?9 ?10 now) and queues the meeting; NotFound
    // when it changed no row.
    Result<Meeting, StoreError> write(const char* sql, const QUuid& id,
                                      const MeetingDetails& details);

    Database& m_db;
    const Clock& m_clock;
};

} // namespace stepstone
