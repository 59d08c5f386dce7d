#include "store/JournalStore.h"

#include "common/LocalTime.h"
#include "store/Outbox.h"
#include "store/StoredMoment.h"

namespace stepstone {

namespace {

constexpr char kInsert[] = R"sql(
INSERT INTO journal_entry (id, written_at, written_offset_s, title, body, mood, created_at,
                           created_offset_s, updated_at, updated_offset_s)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?7, ?8))sql";

constexpr char kUpdate[] = R"sql(
UPDATE journal_entry
SET written_at = ?2, written_offset_s = ?3, title = ?4, body = ?5, mood = ?6, updated_at = ?7,
    updated_offset_s = ?8
WHERE id = ?1 AND deleted_at IS NULL)sql";

// Undo of a delete: the tombstone becomes the entry it was, under the same id and seq.
constexpr char kRestore[] = R"sql(
UPDATE journal_entry
SET written_at = ?2, written_offset_s = ?3, title = ?4, body = ?5, mood = ?6, updated_at = ?7,
    updated_offset_s = ?8, created_at = ?9, created_offset_s = ?10, deleted_at = NULL
WHERE id = ?1 AND deleted_at IS NOT NULL)sql";

constexpr char kTombstone[] = R"sql(
UPDATE journal_entry
SET title = '', body = '', mood = NULL, updated_at = ?2, updated_offset_s = ?3, deleted_at = ?2
WHERE id = ?1 AND deleted_at IS NULL)sql";

constexpr char kLiveSeq[] = "SELECT seq FROM journal_entry WHERE id = ?1 AND deleted_at IS NULL";
constexpr char kDeletedSeq[] =
    "SELECT seq FROM journal_entry WHERE id = ?1 AND deleted_at IS NOT NULL";

constexpr char kDeleteTags[] = "DELETE FROM journal_tag WHERE entry_id = ?1";
constexpr char kInsertTag[] =
    "INSERT INTO journal_tag (entry_id, position, tag) VALUES (?1, ?2, ?3)";

constexpr char kInsertVersion[] = R"sql(
INSERT INTO journal_version (entry_id, written_at, written_offset_s, title, body, mood, tags,
                             saved_at, saved_offset_s, replaced_at, replaced_offset_s)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11))sql";
constexpr char kDeleteVersions[] = "DELETE FROM journal_version WHERE entry_id = ?1";
constexpr char kSelectVersions[] = R"sql(
SELECT written_at, written_offset_s, title, body, mood, tags, saved_at, saved_offset_s,
       replaced_at, replaced_offset_s
FROM journal_version WHERE entry_id = ?1 ORDER BY id DESC)sql";

constexpr char kIndexInsert[] =
    "INSERT INTO journal_search (docid, title, body, tags) VALUES (?1, ?2, ?3, ?4)";
constexpr char kIndexDelete[] = "DELETE FROM journal_search WHERE docid = ?1";
// Once merged, each of the index's four parts (the words, and their 2, 3 and 4-letter prefixes)
// is one segment; every write since adds another. FTS4 numbers a part's levels from part * 1024.
constexpr char kIndexSegmentsToMerge[] =
    "SELECT count(*) - count(DISTINCT level / 1024) FROM journal_search_segdir";
constexpr char kIndexMerge[] = "INSERT INTO journal_search (journal_search) VALUES ('optimize')";

// The tags come in position order: the key (entry_id, position) is walked in that order.
#define SELECT_JOURNAL_ENTRY                                                                       \
    "SELECT e.id, e.written_at, e.written_offset_s, e.title, e.body, e.mood, e.created_at, "       \
    "e.created_offset_s, e.updated_at, e.updated_offset_s, e.deleted_at, "                         \
    "(SELECT group_concat(t.tag, char(10)) FROM journal_tag t WHERE t.entry_id = e.id) "

#define NEWEST_FIRST " ORDER BY e.written_at DESC, e.id DESC "
#define OLDER_THAN_CURSOR " AND (e.written_at < ?2 OR (e.written_at = ?2 AND e.id < ?3)) "

constexpr char kSelectOne[] = SELECT_JOURNAL_ENTRY "FROM journal_entry e WHERE e.id = ?1";
constexpr char kSelectFirstPage[] =
    SELECT_JOURNAL_ENTRY "FROM journal_entry e WHERE e.deleted_at IS NULL" NEWEST_FIRST "LIMIT ?1";
constexpr char kSelectNextPage[] = SELECT_JOURNAL_ENTRY
    "FROM journal_entry e WHERE e.deleted_at IS NULL" OLDER_THAN_CURSOR NEWEST_FIRST "LIMIT ?1";

// FTS4 yields the matches in docid order itself (newest first with DESC), so LIMIT stops the
// walk after one page and snippet() runs for that page only. Snippets mark matches with U+0001
// and U+0002 (searchableText keeps those out of the index).
#define SEARCH_PAGE(KEYSET)                                                                        \
    SELECT_JOURNAL_ENTRY                                                                           \
    ", snippet(journal_search, char(1), char(2), '\u2026', -1, -24), s.docid "                     \
    "FROM journal_search s JOIN journal_entry e ON e.seq = s.docid "                               \
    "WHERE journal_search MATCH ?4 AND e.deleted_at IS NULL " KEYSET                               \
    "ORDER BY s.docid DESC LIMIT ?1"

constexpr char kSearchFirstPage[] = SEARCH_PAGE("");
constexpr char kSearchNextPage[] = SEARCH_PAGE("AND s.docid < ?2 ");

#undef SEARCH_PAGE
#undef OLDER_THAN_CURSOR
#undef NEWEST_FIRST
#undef SELECT_JOURNAL_ENTRY

constexpr int kSnippetColumn = 12;
constexpr int kDocidColumn = 13;

std::optional<qint64> moodValue(const JournalContent& content) {
    return content.mood ? std::optional<qint64>(*content.mood) : std::nullopt;
}

StoreError invalidContent() {
    return {StoreErrorKind::InvalidInput, QStringLiteral("journal entry out of range")};
}

// The content's columns 2 to 6: written_at, its offset, title, body, mood.
void bindContent(Statement& stmt, const JournalContent& content) {
    stmt.bind(2, millis(content.writtenAt))
        .bind(3, offsetToKeep(content.writtenAt))
        .bind(4, content.title)
        .bind(5, content.body)
        .bind(6, moodValue(content));
}

Result<void, StoreError> queue(Database& db, const QUuid& id, qint64 nowMs) {
    return Outbox(db).enqueueForEveryAccount(QString::fromLatin1(JournalStore::kRecordType),
                                             idText(id), nowMs);
}

Result<JournalEntry, StoreError> readEntry(const Statement& row) {
    JournalEntry entry;
    entry.id = QUuid::fromString(row.text(0));
    if (entry.id.isNull())
        return fail(StoreError{StoreErrorKind::Corrupt, QStringLiteral("unreadable journal row")});
    entry.content.writtenAt = storedMoment(row.integer(1), int(row.integer(2)));
    entry.content.title = row.text(3);
    entry.content.body = row.text(4);
    if (!row.isNull(5))
        entry.content.mood = int(row.integer(5));
    entry.createdAt = storedMoment(row.integer(6), int(row.integer(7)));
    entry.updatedAt = storedMoment(row.integer(8), int(row.integer(9)));
    if (!row.isNull(10))
        entry.deletedAt = QDateTime::fromMSecsSinceEpoch(row.integer(10), Qt::UTC);
    if (!row.isNull(11))
        entry.content.tags = row.text(11).split(u'\n', Qt::SkipEmptyParts);
    return entry;
}

JournalCursor cursorAfter(const JournalEntry& entry) {
    return {millis(entry.content.writtenAt), idText(entry.id)};
}

// Steps `select` to its end, reading each row; one row more than `limit` means there is more.
template <class Item, class Read>
Result<std::pair<std::vector<Item>, bool>, StoreError> readRows(Statement& select, int limit,
                                                                Read&& read) {
    std::vector<Item> items;
    bool more = false;
    for (;;) {
        auto row = select.step();
        if (!row)
            return fail(row.error());
        if (!*row)
            break;
        if (int(items.size()) == limit) {
            more = true;
            break;
        }
        auto item = read(select);
        if (!item) {
            select.reset();
            return fail(item.error());
        }
        items.push_back(std::move(*item));
    }
    select.reset();
    return std::pair{std::move(items), more};
}

void bindCursor(Statement& select, const std::optional<JournalCursor>& after, int limit) {
    select.bind(1, limit + 1);
    if (after)
        select.bind(2, after->writtenAtMs).bind(3, after->id);
}

} // namespace

JournalStore::JournalStore(Database& db, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock) {}

Result<JournalEntry, StoreError> JournalStore::add(const JournalContent& content) {
    if (!content.isValid())
        return fail(invalidContent());
    const QUuid id = QUuid::createUuid();
    const QDateTime now = localNow(m_clock);
    auto written = inTransaction(
        m_db, [&]() { return writeEntry(kInsert, id, content, now, /*indexed=*/false); });
    if (!written)
        return fail(written.error());
    Q_EMIT changed();
    return find(id);
}

Result<void, StoreError> JournalStore::writeEntry(const char* sql, const QUuid& id,
                                                  const JournalContent& content,
                                                  const QDateTime& now, bool indexed) {
    auto write = m_db.prepared(sql);
    if (!write)
        return fail(write.error());
    bindContent(**write, content);
    (*write)->bind(1, idText(id)).bind(7, millis(now)).bind(8, offsetToKeep(now));
    if (auto ran = (*write)->run(); !ran)
        return ran;
    auto seq = seqOf(id, false);
    if (!seq)
        return fail(seq.error());
    if (auto details = writeDetails(*seq, id, content, indexed); !details)
        return details;
    return queue(m_db, id, millis(now));
}

Result<JournalEntry, StoreError> JournalStore::update(const QUuid& id,
                                                      const JournalContent& content) {
    if (!content.isValid())
        return fail(invalidContent());
    auto before = find(id);
    if (!before)
        return before;
    if (before->deletedAt)
        return fail(StoreError{StoreErrorKind::NotFound, QStringLiteral("no live entry")});
    if (before->content == content)
        return before;
    const QDateTime now = localNow(m_clock);
    auto written = inTransaction(m_db, [&]() -> Result<void, StoreError> {
        if (auto kept = keepVersion(id, {before->content, before->updatedAt, now}); !kept)
            return kept;
        return writeEntry(kUpdate, id, content, now, /*indexed=*/true);
    });
    if (!written)
        return fail(written.error());
    Q_EMIT changed();
    return find(id);
}

Result<void, StoreError> JournalStore::remove(const QUuid& id) {
    auto written = inTransaction(m_db, [&]() -> Result<void, StoreError> {
        auto seq = seqOf(id, false);
        if (!seq)
            return fail(seq.error());
        const QDateTime now = localNow(m_clock);
        auto tombstone = m_db.prepared(kTombstone);
        if (!tombstone)
            return fail(tombstone.error());
        if (auto ran = (*tombstone)
                           ->bind(1, idText(id))
                           .bind(2, millis(now))
                           .bind(3, offsetToKeep(now))
                           .run();
            !ran)
            return ran;
        for (const char* sql : {kDeleteTags, kDeleteVersions}) {
            auto erase = m_db.prepared(sql);
            if (!erase)
                return fail(erase.error());
            if (auto ran = (*erase)->bind(1, idText(id)).run(); !ran)
                return ran;
        }
        auto unindex = m_db.prepared(kIndexDelete);
        if (!unindex)
            return fail(unindex.error());
        if (auto ran = (*unindex)->bind(1, *seq).run(); !ran)
            return ran;
        return queue(m_db, id, millis(now));
    });
    if (!written)
        return written;
    Q_EMIT changed();
    return {};
}

Result<bool, StoreError> JournalStore::eraseDeletedWords(Database& db) {
    return inTransaction(db, [&]() -> Result<bool, StoreError> {
        auto segments = db.prepared(kIndexSegmentsToMerge);
        if (!segments)
            return fail(segments.error());
        qint64 count = 0;
        if (auto read =
                (*segments)->forEachRow([&](const Statement& row) { count = row.integer(0); });
            !read)
            return fail(read.error());
        if (count <= 0)
            return false;
        if (auto merged = db.exec(kIndexMerge); !merged)
            return fail(merged.error());
        return true;
    });
}

Result<JournalEntry, StoreError>
JournalStore::restore(const JournalEntry& entry, const std::vector<JournalVersion>& versions) {
    if (!entry.content.isValid())
        return fail(invalidContent());
    const QDateTime now = localNow(m_clock);
    auto written = inTransaction(m_db, [&]() -> Result<void, StoreError> {
        auto seq = seqOf(entry.id, true);
        if (!seq)
            return fail(seq.error());
        auto rewrite = m_db.prepared(kRestore);
        if (!rewrite)
            return fail(rewrite.error());
        bindContent(**rewrite, entry.content);
        (*rewrite)
            ->bind(1, idText(entry.id))
            .bind(7, millis(now))
            .bind(8, offsetToKeep(now))
            .bind(9, millis(entry.createdAt))
            .bind(10, offsetToKeep(entry.createdAt));
        if (auto ran = (*rewrite)->run(); !ran)
            return ran;
        // Oldest first, so that they come back in the order they were kept.
        for (auto version = versions.rbegin(); version != versions.rend(); ++version)
            if (auto kept = keepVersion(entry.id, *version); !kept)
                return kept;
        if (auto details = writeDetails(*seq, entry.id, entry.content, false); !details)
            return details;
        return queue(m_db, entry.id, millis(now));
    });
    if (!written)
        return fail(written.error());
    Q_EMIT changed();
    return find(entry.id);
}

Result<JournalEntry, StoreError> JournalStore::find(const QUuid& id) const {
    auto select = m_db.prepared(kSelectOne);
    if (!select)
        return fail(select.error());
    return (*select)->bind(1, idText(id)).readOne(readEntry, "no such entry");
}

Result<std::vector<JournalVersion>, StoreError> JournalStore::versions(const QUuid& id) const {
    auto select = m_db.prepared(kSelectVersions);
    if (!select)
        return fail(select.error());
    (*select)->bind(1, idText(id));
    std::vector<JournalVersion> versions;
    auto read = (*select)->forEachRow([&](const Statement& row) {
        JournalVersion version;
        version.content.writtenAt = storedMoment(row.integer(0), int(row.integer(1)));
        version.content.title = row.text(2);
        version.content.body = row.text(3);
        if (!row.isNull(4))
            version.content.mood = int(row.integer(4));
        version.content.tags = row.text(5).split(u'\n', Qt::SkipEmptyParts);
        version.savedAt = storedMoment(row.integer(6), int(row.integer(7)));
        version.replacedAt = storedMoment(row.integer(8), int(row.integer(9)));
        versions.push_back(std::move(version));
    });
    if (!read)
        return fail(read.error());
    return versions;
}

Result<JournalPage, StoreError> JournalStore::page(const std::optional<JournalCursor>& after,
                                                   int limit) const {
    auto select = m_db.prepared(after ? kSelectNextPage : kSelectFirstPage);
    if (!select)
        return fail(select.error());
    bindCursor(**select, after, limit);
    auto rows = readRows<JournalEntry>(**select, limit, readEntry);
    if (!rows)
        return fail(rows.error());
    JournalPage page;
    page.entries = std::move(rows->first);
    if (rows->second && !page.entries.empty())
        page.next = cursorAfter(page.entries.back());
    return page;
}

Result<JournalHits, StoreError> JournalStore::search(const QString& typed,
                                                     const std::optional<JournalCursor>& after,
                                                     int limit) const {
    const QString query = ftsPrefixQuery(typed);
    if (query.isEmpty())
        return JournalHits{};
    auto select = m_db.prepared(after ? kSearchNextPage : kSearchFirstPage);
    if (!select)
        return fail(select.error());
    (*select)->bind(1, limit + 1).bind(4, query);
    if (after)
        (*select)->bind(2, after->seq);
    qint64 lastSeq = 0;
    auto rows = readRows<JournalHit>(
        **select, limit, [&lastSeq](const Statement& row) -> Result<JournalHit, StoreError> {
            auto entry = readEntry(row);
            if (!entry)
                return fail(entry.error());
            lastSeq = row.integer(kDocidColumn);
            return JournalHit{std::move(*entry), readMarkedSnippet(row.text(kSnippetColumn))};
        });
    if (!rows)
        return fail(rows.error());
    JournalHits hits;
    hits.hits = std::move(rows->first);
    if (rows->second && !hits.hits.empty())
        hits.next = JournalCursor{{}, {}, lastSeq};
    return hits;
}

Result<void, StoreError> JournalStore::writeDetails(qint64 seq, const QUuid& id,
                                                    const JournalContent& content, bool indexed) {
    auto clear = m_db.prepared(kDeleteTags);
    if (!clear)
        return fail(clear.error());
    if (auto ran = (*clear)->bind(1, idText(id)).run(); !ran)
        return ran;
    for (int position = 0; position < content.tags.size(); ++position) {
        auto insert = m_db.prepared(kInsertTag);
        if (!insert)
            return fail(insert.error());
        if (auto ran = (*insert)
                           ->bind(1, idText(id))
                           .bind(2, position)
                           .bind(3, content.tags[position])
                           .run();
            !ran)
            return ran;
    }
    if (indexed) {
        auto unindex = m_db.prepared(kIndexDelete);
        if (!unindex)
            return fail(unindex.error());
        if (auto ran = (*unindex)->bind(1, seq).run(); !ran)
            return ran;
    }
    auto index = m_db.prepared(kIndexInsert);
    if (!index)
        return fail(index.error());
    return (*index)
        ->bind(1, seq)
        .bind(2, searchableText(content.title))
        .bind(3, searchableText(content.body))
        .bind(4, searchableText(content.tags.join(u' ')))
        .run();
}

Result<void, StoreError> JournalStore::keepVersion(const QUuid& id, const JournalVersion& version) {
    auto insert = m_db.prepared(kInsertVersion);
    if (!insert)
        return fail(insert.error());
    bindContent(**insert, version.content);
    return (*insert)
        ->bind(1, idText(id))
        .bind(7, version.content.tags.join(u'\n'))
        .bind(8, millis(version.savedAt))
        .bind(9, offsetToKeep(version.savedAt))
        .bind(10, millis(version.replacedAt))
        .bind(11, offsetToKeep(version.replacedAt))
        .run();
}

Result<qint64, StoreError> JournalStore::seqOf(const QUuid& id, bool deleted) const {
    auto select = m_db.prepared(deleted ? kDeletedSeq : kLiveSeq);
    if (!select)
        return fail(select.error());
    auto row = (*select)->bind(1, idText(id)).step();
    if (!row)
        return fail(row.error());
    if (!*row)
        return fail(StoreError{StoreErrorKind::NotFound, deleted
                                                             ? QStringLiteral("no deleted entry")
                                                             : QStringLiteral("no live entry")});
    const qint64 seq = (*select)->integer(0);
    (*select)->reset();
    return seq;
}

} // namespace stepstone
