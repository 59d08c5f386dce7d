#include "CravingLogModel.h"

#include "CopingSkillList.h"
#include "CravingLabels.h"
#include "ProfileSession.h"

namespace stepstone {

CravingLogModel::CravingLogModel(QObject* parent)
    : ProfileListModel(200, parent) {}

void CravingLogModel::setSkills(CopingSkillList* skills) {
    if (m_skills == skills)
        return;
    m_skills = skills;
    Q_EMIT skillsChanged();
    refreshRows({SkillTitleRole, DetailTextRole});
}

void CravingLogModel::setDrafts(CravingDrafts* drafts) {
    if (m_drafts == drafts)
        return;
    disconnect(m_draftsConnection);
    m_drafts = drafts;
    if (m_drafts)
        m_draftsConnection = connect(m_drafts, &CravingDrafts::changed, this,
                                     [this] { refreshRows({HasDraftRole}); });
    Q_EMIT draftsChanged();
    refreshRows({HasDraftRole});
}

void CravingLogModel::refreshRows(const QList<int>& roles) {
    if (!m_logs.empty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), roles);
}

QMetaObject::Connection CravingLogModel::watchStore() {
    CravingLogStore* store = session() ? session()->cravingLogs() : nullptr;
    return store ? connect(store, &CravingLogStore::changed, this, &CravingLogModel::reload)
                 : QMetaObject::Connection();
}

QString CravingLogModel::readRows() {
    m_logs.clear();
    CravingLogStore* store = session() ? session()->cravingLogs() : nullptr;
    if (!store)
        return {};
    auto recent = store->recent(limit());
    if (!recent)
        return recent.error().message();
    m_logs = std::move(*recent);
    return {};
}

QVariant CravingLogModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const CravingLog& log = m_logs[std::size_t(index.row())];
    switch (role) {
    case LogIdRole:
        return log.id.toString(QUuid::WithoutBraces);
    case IntensityRole:
        return log.entry.intensity;
    case WhenTextRole:
        return cravingLabels::when(log.entry.occurredAt,
                                   session() ? session()->clock().now() : log.entry.occurredAt);
    case TriggersTextRole:
        return cravingLabels::triggers(log.entry.triggers);
    case DetailTextRole: {
        QStringList parts{cravingLabels::triggers(log.entry.triggers)};
        if (m_skills)
            parts << m_skills->titleFor(log.entry.copingSkillId);
        parts.removeAll(QString());
        return parts.join(QStringLiteral(" \u00b7 "));
    }
    case NoteRole:
        return log.entry.note;
    case SkillTitleRole:
        return m_skills ? m_skills->titleFor(log.entry.copingSkillId) : QString();
    case OutcomeRole:
        return codeFor(log.entry.outcome);
    case OutcomeTextRole:
        return cravingLabels::outcome(log.entry.outcome);
    case HasDraftRole:
        return m_drafts && m_drafts->find(log.id).has_value();
    default:
        return {};
    }
}

QHash<int, QByteArray> CravingLogModel::roleNames() const {
    return {
        {LogIdRole, "logId"},
        {IntensityRole, "intensity"},
        {WhenTextRole, "whenText"},
        {TriggersTextRole, "triggersText"},
        {DetailTextRole, "detailText"},
        {NoteRole, "note"},
        {SkillTitleRole, "skillTitle"},
        {OutcomeRole, "outcome"},
        {OutcomeTextRole, "outcomeText"},
        {HasDraftRole, "hasDraft"},
    };
}

} // namespace stepstone
