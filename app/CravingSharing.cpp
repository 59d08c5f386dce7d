#include "CravingSharing.h"

#include "common/LocalTime.h"

#include <QLocale>

namespace stepstone {

CravingSharing::CravingSharing(ProfileSession& profile, QObject* parent)
    : QObject(parent)
    , m_profile(profile) {
    connect(&m_profile, &ProfileSession::stateChanged, this, &CravingSharing::watchProfile);
    watchProfile();
}

QString CravingSharing::decidedText() const {
    if (!m_state.decidedAt.isValid())
        return {};
    const QString when = QLocale().toString(asLived(m_state.decidedAt), QLocale::ShortFormat);
    return m_state.sharing ? tr("Sharing since %1.").arg(when) : tr("Stopped on %1.").arg(when);
}

void CravingSharing::setSharing(bool on) {
    Profile* profile = m_profile.profile();
    if (!profile || !m_account || on == m_state.sharing)
        return;
    if (auto saved =
            profile->sharing().setCravingSharing(*m_account, on, localNow(m_profile.clock()));
        !saved) {
        m_errorText = saved.error().message();
        Q_EMIT changed();
    }
}

void CravingSharing::watchProfile() {
    Profile* profile = m_profile.profile();
    if (profile && !m_watching) {
        m_watching = true;
        connect(&profile->sharing(), &SharingStore::changed, this, &CravingSharing::reload);
        connect(&profile->accounts(), &ClinicAccounts::changed, this, &CravingSharing::reload);
    }
    reload();
}

void CravingSharing::reload() {
    m_account.reset();
    m_state = {};
    m_errorText.clear();
    if (Profile* profile = m_profile.profile()) {
        auto current = profile->accounts().current();
        if (current && *current)
            m_account = (*current)->id;
        auto state = m_account ? profile->sharing().cravings(*m_account)
                               : Result<SharingState, StoreError>(SharingState{});
        if (!current)
            m_errorText = current.error().message();
        else if (!state)
            m_errorText = state.error().message();
        else
            m_state = *state;
    }
    Q_EMIT changed();
}

} // namespace stepstone
