#include "ProfileListModel.h"

namespace stepstone {

ProfileListModel::ProfileListModel(int defaultLimit, QObject* parent)
    : QAbstractListModel(parent)
    , m_limit(defaultLimit) {}

void ProfileListModel::setSession(ProfileSession* session) {
    if (m_session == session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session)
        connect(m_session, &ProfileSession::stateChanged, this, &ProfileListModel::connectStore);
    connectStore();
    Q_EMIT sessionChanged();
}

void ProfileListModel::setLimit(int limit) {
    if (m_limit == limit)
        return;
    m_limit = limit;
    Q_EMIT limitChanged();
    reload();
}

int ProfileListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

void ProfileListModel::connectStore() {
    disconnect(m_storeConnection);
    m_storeConnection = watchStore();
    reload();
}

void ProfileListModel::reload() {
    const int before = count();
    beginResetModel();
    const QString error = readRows();
    endResetModel();
    if (before != count())
        Q_EMIT countChanged();
    if (error != m_errorText) {
        m_errorText = error;
        Q_EMIT errorTextChanged();
    }
}

} // namespace stepstone
