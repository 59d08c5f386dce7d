#include "JournalListModel.h"

#include "JournalLabels.h"

#include <QVariantMap>

namespace stepstone {

namespace {

// Enough of the body to recognise an entry by, on one line.
constexpr int kPreviewLength = 240;

QString preview(const QString& body) {
    if (body.size() <= kPreviewLength)
        return body.simplified();
    // Cut between words, and say that more follows.
    QString start = body.left(kPreviewLength);
    const qsizetype lastSpace = start.lastIndexOf(u' ');
    if (lastSpace > kPreviewLength / 2)
        start.truncate(lastSpace);
    return start.simplified() + QStringLiteral("\u2026");
}

} // namespace

JournalListModel::JournalListModel(QObject* parent)
    : ProfileListModel(kPageSize, parent) {}

void JournalListModel::setSearchText(const QString& text) {
    if (m_searchText == text)
        return;
    m_searchText = text;
    Q_EMIT searchTextChanged();
    reload();
}

QMetaObject::Connection JournalListModel::watchStore() {
    JournalStore* store = session() ? session()->journal() : nullptr;
    return store ? connect(store, &JournalStore::changed, this, &JournalListModel::reload)
                 : QMetaObject::Connection();
}

QString JournalListModel::readRows() {
    // After a change the client keeps what they had loaded, however far they had gone.
    const int shown = std::max(limit(), int(m_rows.size()));
    m_rows.clear();
    return readPage(std::nullopt, shown);
}

void JournalListModel::loadMore() {
    if (!m_next)
        return;
    const int before = count();
    std::vector<Row> kept = std::move(m_rows);
    m_rows.clear();
    const QString error = readPage(m_next, limit());
    std::vector<Row> added = std::move(m_rows);
    m_rows = std::move(kept);
    if (!error.isEmpty() || added.empty())
        return;
    beginInsertRows({}, before, before + int(added.size()) - 1);
    for (Row& row : added)
        m_rows.push_back(std::move(row));
    endInsertRows();
    Q_EMIT countChanged();
}

QString JournalListModel::readPage(const std::optional<JournalCursor>& after, int limit) {
    JournalStore* store = session() ? session()->journal() : nullptr;
    if (!store) {
        setNext(std::nullopt);
        return {};
    }
    if (searching()) {
        auto hits = store->search(m_searchText, after, limit);
        if (!hits)
            return hits.error().message();
        for (JournalHit& hit : hits->hits)
            m_rows.push_back({std::move(hit.entry), std::move(hit.snippet)});
        setNext(hits->next);
        return {};
    }
    auto page = store->page(after, limit);
    if (!page)
        return page.error().message();
    for (JournalEntry& entry : page->entries)
        m_rows.push_back({std::move(entry), {}});
    setNext(page->next);
    return {};
}

void JournalListModel::setNext(std::optional<JournalCursor> next) {
    const bool could = canLoadMore();
    m_next = std::move(next);
    if (could != canLoadMore())
        Q_EMIT canLoadMoreChanged();
}

QVariant JournalListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row& row = m_rows[std::size_t(index.row())];
    const JournalContent& content = row.entry.content;
    switch (role) {
    case EntryIdRole:
        return row.entry.id.toString(QUuid::WithoutBraces);
    case TitleRole:
        return content.title;
    case PreviewRole:
        return preview(content.body);
    case DayTextRole:
        return journalLabels::day(content.writtenAt,
                                  session() ? session()->clock().now() : content.writtenAt);
    case TimeTextRole:
        return journalLabels::timeOfDay(content.writtenAt);
    case HeadingTextRole: {
        QStringList parts{journalLabels::timeOfDay(content.writtenAt), content.title};
        parts.removeAll(QString());
        return parts.join(QStringLiteral(" \u00b7 "));
    }
    case DetailTextRole: {
        QStringList parts{journalLabels::mood(content.mood), journalLabels::tags(content.tags)};
        parts.removeAll(QString());
        return parts.join(QStringLiteral(" \u00b7 "));
    }
    case SnippetRole:
        return searching() ? row.snippet.text : preview(content.body);
    case HighlightsRole: {
        QVariantList ranges;
        for (const TextRange& range : row.snippet.matches)
            ranges << QVariantMap{{QStringLiteral("start"), range.start},
                                  {QStringLiteral("length"), range.length}};
        return ranges;
    }
    case AccessibleTextRole: {
        QStringList parts{data(index, DayTextRole).toString(), data(index, TimeTextRole).toString(),
                          content.title, data(index, SnippetRole).toString(),
                          journalLabels::mood(content.mood)};
        parts.removeAll(QString());
        return parts.join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> JournalListModel::roleNames() const {
    return {
        {EntryIdRole, "entryId"},       {TitleRole, "title"},
        {PreviewRole, "preview"},       {DayTextRole, "dayText"},
        {TimeTextRole, "timeText"},     {HeadingTextRole, "headingText"},
        {DetailTextRole, "detailText"}, {SnippetRole, "snippet"},
        {HighlightsRole, "highlights"}, {AccessibleTextRole, "accessibleText"},
    };
}

} // namespace stepstone
