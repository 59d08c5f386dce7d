#pragma once

#include "CopingSkillList.h"
#include "ProfileSession.h"
#include "model/CravingLog.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>
#include <vector>

namespace stepstone {

// The client's latest craving logs, newest first, kept current as logs are saved or deleted.
class CravingLogModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        stepstone::ProfileSession* session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(stepstone::CopingSkillList* skills READ skills WRITE setSkills NOTIFY skillsChanged)
    Q_PROPERTY(int limit READ limit WRITE setLimit NOTIFY limitChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    enum Role {
        LogIdRole = Qt::UserRole + 1,
        IntensityRole,
        WhenTextRole,
        TriggersTextRole,
        DetailTextRole,
        NoteRole,
        SkillTitleRole,
        OutcomeRole,
        OutcomeTextRole,
    };

    explicit CravingLogModel(QObject* parent = nullptr);

    ProfileSession* session() const { return m_session; }
    void setSession(ProfileSession* session);
    CopingSkillList* skills() const { return m_skills; }
    void setSkills(CopingSkillList* skills);
    int limit() const { return m_limit; }
    void setLimit(int limit);
    int count() const { return int(m_logs.size()); }
    QString errorText() const { return m_errorText; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void sessionChanged();
    void skillsChanged();
    void limitChanged();
    void countChanged();
    void errorTextChanged();

private:
    void connectStore();
    void reload();

    QPointer<ProfileSession> m_session;
    QPointer<CopingSkillList> m_skills;
    QMetaObject::Connection m_storeConnection;
    std::vector<CravingLog> m_logs;
    int m_limit = 200;
    QString m_errorText;
};

} // namespace stepstone
