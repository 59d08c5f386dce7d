#pragma once

#include "CopingSkillList.h"
#include "ProfileListModel.h"
#include "model/CravingLog.h"

#include <QPointer>
#include <QQmlEngine>
#include <vector>

namespace stepstone {

// The client's latest craving logs, newest first, kept current as logs are saved or deleted.
class CravingLogModel : public stepstone::ProfileListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(stepstone::CopingSkillList* skills READ skills WRITE setSkills NOTIFY skillsChanged)

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

    CopingSkillList* skills() const { return m_skills; }
    void setSkills(CopingSkillList* skills);
    int count() const override { return int(m_logs.size()); }

    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void skillsChanged();

protected:
    QMetaObject::Connection watchStore() override;
    QString readRows() override;

private:
    QPointer<CopingSkillList> m_skills;
    std::vector<CravingLog> m_logs;
};

} // namespace stepstone
