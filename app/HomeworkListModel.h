#pragma once

#include "LocalDayWatch.h"
#include "ProfileListModel.h"

#include <QDateTime>
#include <QQmlEngine>
#include <vector>

namespace stepstone {

// The client's homework: what the clinic assigned (its Tasks) and the forms they started on
// their own, in three sections: past its date (oldest first), to do (soonest first, undated and
// their own unfinished forms after), and done (latest first). Read again when the day changes.
class HomeworkListModel : public stepstone::ProfileListModel {
    Q_OBJECT
    QML_ELEMENT
    // True: only the clinic's homework still to do (the Today page).
    Q_PROPERTY(bool toDoOnly READ toDoOnly WRITE setToDoOnly NOTIFY toDoOnlyChanged)
    // The clinic's homework still to do, and how much of it is past its date.
    Q_PROPERTY(int toDoCount READ toDoCount NOTIFY countsChanged)
    Q_PROPERTY(int pastDueCount READ pastDueCount NOTIFY countsChanged)

public:
    enum Role {
        KindRole = Qt::UserRole + 1, // "task": the clinic's; "own": the client's own form
        KeyRole,                     // the Task's id, or the response's
        TitleRole,
        WhenTextRole,
        SectionRole, // the heading of its section, in words
        StartedRole, // answers are kept: "go on" rather than "start"
        DoneRole,
        PastDueRole,
    };

    explicit HomeworkListModel(QObject* parent = nullptr);

    bool toDoOnly() const { return m_toDoOnly; }
    void setToDoOnly(bool toDoOnly);
    int toDoCount() const { return m_toDoCount; }
    int pastDueCount() const { return m_pastDueCount; }

    int count() const override { return int(m_rows.size()); }
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void toDoOnlyChanged();
    void countsChanged();

protected:
    QMetaObject::Connection watchStore() override;
    QString readRows() override;

private:
    enum class Section { PastDue, ToDo, Done };
    struct Row {
        bool own = false;
        QString key;
        QString title;
        QString whenText;
        Section section = Section::ToDo;
        bool started = false;
        QDateTime order; // within the section: due instant, or when it was last changed
    };

    QString readTasks(const QDateTime& now);
    QString readOwn(const QDateTime& now);
    QString language() const;

    std::vector<Row> m_rows;
    LocalDayWatch m_day;
    bool m_toDoOnly = false;
    int m_toDoCount = 0;
    int m_pastDueCount = 0;
};

} // namespace stepstone
