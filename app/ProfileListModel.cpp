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
    disconnect(m_accountConnection);
    m_storeConnection = watchStore();
    // What is shown may belong to the clinic account in use, which signing in can change.
    if (Profile* profile = m_session ? m_session->profile() : nullptr)
        m_accountConnection = connect(&profile->accounts(), &ClinicAccounts::changed, this,
                                      &ProfileListModel::reload);
    reload();
}

std::optional<ClinicAccountId> ProfileListModel::currentAccount(QString* error) const {
    Profile* profile = m_session ? m_session->profile() : nullptr;
    if (!profile)
        return std::nullopt;
    auto current = profile->accounts().current();
    if (!current) {
        *error = current.error().message();
        return std::nullopt;
    }
    return *current ? std::optional<ClinicAccountId>((*current)->id) : std::nullopt;
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
