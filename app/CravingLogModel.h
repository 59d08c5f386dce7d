#pragma once

#include "CopingSkillList.h"
#include "CravingDrafts.h"
#include "ProfileListModel.h"
#include "model/CravingLog.h"

#include <QPointer>
#include <QQmlEngine>
#include <vector>

namespace stepstone {

// The client's latest craving logs, newest first, kept current as logs are saved or deleted, and
// marked while changes to them wait unsaved in CravingDrafts.
class CravingLogModel : public stepstone::ProfileListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(stepstone::CopingSkillList* skills READ skills WRITE setSkills NOTIFY skillsChanged)
    Q_PROPERTY(stepstone::CravingDrafts* drafts READ drafts WRITE setDrafts NOTIFY draftsChanged)

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
        HasDraftRole,
    };

    explicit CravingLogModel(QObject* parent = nullptr);

    CopingSkillList* skills() const { return m_skills; }
    void setSkills(CopingSkillList* skills);
    CravingDrafts* drafts() const { return m_drafts; }
    void setDrafts(CravingDrafts* drafts);
    int count() const override { return int(m_logs.size()); }

    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void skillsChanged();
    void draftsChanged();

protected:
    QMetaObject::Connection watchStore() override;
    QString readRows() override;

private:
    void refreshRows(const QList<int>& roles);

    QPointer<CopingSkillList> m_skills;
    QPointer<CravingDrafts> m_drafts;
    QMetaObject::Connection m_draftsConnection;
    std::vector<CravingLog> m_logs;
};

} // namespace stepstone
