#include "CravingLogModel.h"

#include "CopingSkillList.h"
#include "CravingLabels.h"
#include "ProfileSession.h"

namespace stepstone {

CravingLogModel::CravingLogModel(QObject* parent)
    : QAbstractListModel(parent) {}

void CravingLogModel::setSession(ProfileSession* session) {
    if (m_session == session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session)
        connect(m_session, &ProfileSession::stateChanged, this, &CravingLogModel::connectStore);
    connectStore();
    Q_EMIT sessionChanged();
}

void CravingLogModel::setSkills(CopingSkillList* skills) {
    if (m_skills == skills)
        return;
    m_skills = skills;
    Q_EMIT skillsChanged();
    if (!m_logs.empty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {SkillTitleRole, DetailTextRole});
}

void CravingLogModel::setLimit(int limit) {
    if (m_limit == limit)
        return;
    m_limit = limit;
    Q_EMIT limitChanged();
    reload();
}

void CravingLogModel::connectStore() {
    disconnect(m_storeConnection);
    CravingLogStore* store = m_session ? m_session->cravingLogs() : nullptr;
    if (store)
        m_storeConnection =
            connect(store, &CravingLogStore::changed, this, &CravingLogModel::reload);
    reload();
}

void CravingLogModel::reload() {
    CravingLogStore* store = m_session ? m_session->cravingLogs() : nullptr;
    QString error;
    std::vector<CravingLog> logs;
    if (store) {
        auto recent = store->recent(m_limit);
        if (recent)
            logs = std::move(*recent);
        else
            error = recent.error().message();
    }
    const int before = count();
    beginResetModel();
    m_logs = std::move(logs);
    endResetModel();
    if (before != count())
        Q_EMIT countChanged();
    if (error != m_errorText) {
        m_errorText = error;
        Q_EMIT errorTextChanged();
    }
}

int CravingLogModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
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
                                   m_session ? m_session->clock().now() : log.entry.occurredAt);
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
    };
}

} // namespace stepstone
