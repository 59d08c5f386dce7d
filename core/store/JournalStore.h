#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "model/JournalEntry.h"
#include "store/Database.h"
#include "store/JournalSearchText.h"

#include <QObject>
#include <optional>
#include <vector>

namespace stepstone {

// Where a page ends: the next page starts after it. The journal pages by when each entry was
// written (then id); search pages by the order entries were made in (their index docid), which
// FTS4 walks newest first by itself, so a page of hits costs one pass over the index.
struct JournalCursor {
    qint64 writtenAtMs = 0;
    QString id;
    qint64 seq = 0;
};

struct JournalPage {
    std::vector<JournalEntry> entries;
    std::optional<JournalCursor> next; // none: nothing older
};

struct JournalHit {
    JournalEntry entry;
    MarkedSnippet snippet; // the part of the entry that matched, matches marked
};

struct JournalHits {
    std::vector<JournalHit> hits;
    std::optional<JournalCursor> next;
};

// The client's private journal in the encrypted database, with its full-text index and the
// versions each edit replaced. A delete leaves a tombstone (id and times) and erases the text,
// the tags, the earlier versions and the index's row; eraseDeletedWords then merges the index so
// that no segment keeps the entry's words. Every change is queued for every clinic account in the
// same transaction, as every record is; but no sync step uploads the journal: it is private until a
// later version lets the client share one entry.
class JournalStore : public QObject {
    Q_OBJECT
public:
    // How the sync outbox names a journal entry.
    static constexpr char kRecordType[] = "journal";

    JournalStore(Database& db, const Clock& clock, QObject* parent = nullptr);

    Result<JournalEntry, StoreError> add(const JournalContent& content);
    // Keeps what the entry said before as an earlier version (none when nothing changed).
    Result<JournalEntry, StoreError> update(const QUuid& id, const JournalContent& content);
    Result<void, StoreError> remove(const QUuid& id);
    // Undoes a delete made on this device: the entry comes back under its own id, with its
    // creation time and the earlier versions it had, and is queued for sync again.
    Result<JournalEntry, StoreError> restore(const JournalEntry& entry,
                                             const std::vector<JournalVersion>& versions);

    Result<JournalEntry, StoreError> find(const QUuid& id) const;
    // Earlier versions, the latest first.
    Result<std::vector<JournalVersion>, StoreError> versions(const QUuid& id) const;
    // Live entries, newest first: `limit` of them after `after` (from the newest when none).
    Result<JournalPage, StoreError> page(const std::optional<JournalCursor>& after,
                                         int limit) const;
    // Live entries holding every word typed (as a prefix), the latest made first. Whatever was
    // typed, the answer is hits or none, never a query error.
    Result<JournalHits, StoreError>
    search(const QString& typed, const std::optional<JournalCursor>& after, int limit) const;

    // A delete in FTS4 only marks the entry's row as deleted: its words stay in the index's
    // older segments until these are merged into one, which rewrites the whole index (over a
    // second at 20,000 entries). This merge runs on a connection of its own, off the client's
    // way (JournalIndexPurge). False when there was nothing to merge.
    static Result<bool, StoreError> eraseDeletedWords(Database& db);

Q_SIGNALS:
    void changed();

private:
    // Runs `sql` (kInsert or kUpdate: ?1 the id, ?7 and ?8 the time of the change), writes the
    // entry's tags and index row, and queues the entry for sync.
    Result<void, StoreError> writeEntry(const char* sql, const QUuid& id,
                                        const JournalContent& content, const QDateTime& now,
                                        bool indexed);
    Result<void, StoreError> writeDetails(qint64 seq, const QUuid& id,
                                          const JournalContent& content, bool indexed);
    Result<void, StoreError> keepVersion(const QUuid& id, const JournalVersion& version);
    Result<qint64, StoreError> seqOf(const QUuid& id, bool deleted) const;

    Database& m_db;
    const Clock& m_clock;
};

} // namespace stepstone
