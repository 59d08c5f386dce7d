#pragma once

#include "ProfileListModel.h"
#include "model/Session.h"

#include <QQmlEngine>
#include <vector>

namespace stepstone {

// The clinic's upcoming sessions, soonest first, cancelled ones included and marked.
class SessionListModel : public stepstone::ProfileListModel {
    Q_OBJECT
    QML_ELEMENT
    // False: only the sessions that still happen (the Today page's next session).
    Q_PROPERTY(bool includeCancelled READ includeCancelled WRITE setIncludeCancelled NOTIFY
                   includeCancelledChanged)

public:
    enum Role {
        SessionIdRole = Qt::UserRole + 1,
        TitleRole,
        KindTextRole,
        DayTextRole,
        TimeTextRole,
        PlaceRole,
        VideoLinkRole,
        CommentRole,
        CancelledRole,
        StatusTextRole,
        AnswerRole,
        AnswerPendingRole,
        VideoLinkWithheldRole,
        UntilTextRole,
    };

    explicit SessionListModel(QObject* parent = nullptr);

    bool includeCancelled() const { return m_includeCancelled; }
    void setIncludeCancelled(bool include);

    int count() const override { return int(m_sessions.size()); }
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void includeCancelledChanged();

protected:
    QMetaObject::Connection watchStore() override;
    QString readRows() override;

private:
    std::vector<Session> m_sessions;
    bool m_includeCancelled = true;
};

} // namespace stepstone
