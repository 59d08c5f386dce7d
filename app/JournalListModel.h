#pragma once

#include "ProfileListModel.h"
#include "store/JournalStore.h"

#include <QQmlEngine>
#include <vector>

namespace stepstone {

// The client's journal, newest first, a page at a time ("Load more" adds the next), headed by
// day; or, while searchText holds words, the entries that hold them all, with the part that
// matched as a snippet and where the matches are in it. Kept current as entries change.
class JournalListModel : public stepstone::ProfileListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY searchTextChanged)
    Q_PROPERTY(bool searching READ searching NOTIFY searchTextChanged)
    Q_PROPERTY(bool canLoadMore READ canLoadMore NOTIFY canLoadMoreChanged)

public:
    static constexpr int kPageSize = 30;

    enum Role {
        EntryIdRole = Qt::UserRole + 1,
        TitleRole,
        PreviewRole,
        DayTextRole,
        TimeTextRole,
        HeadingTextRole,
        DetailTextRole,
        SnippetRole,
        HighlightsRole,
        AccessibleTextRole,
    };

    explicit JournalListModel(QObject* parent = nullptr);

    QString searchText() const { return m_searchText; }
    void setSearchText(const QString& text);
    bool searching() const { return !m_searchText.trimmed().isEmpty(); }
    bool canLoadMore() const { return m_next.has_value(); }
    int count() const override { return int(m_rows.size()); }

    Q_INVOKABLE void loadMore();

    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void searchTextChanged();
    void canLoadMoreChanged();

protected:
    QMetaObject::Connection watchStore() override;
    QString readRows() override;

private:
    struct Row {
        JournalEntry entry;
        MarkedSnippet snippet;
    };
    // The page of `limit` rows after `after`, appended to m_rows; an error for the client or "".
    QString readPage(const std::optional<JournalCursor>& after, int limit);
    void setNext(std::optional<JournalCursor> next);

    QString m_searchText;
    std::vector<Row> m_rows;
    std::optional<JournalCursor> m_next;
};

} // namespace stepstone
