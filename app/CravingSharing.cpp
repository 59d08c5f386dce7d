#include "CravingSharing.h"

#include "common/LocalTime.h"

#include <QLocale>

namespace stepstone {

namespace {
CravingSharing* s_instance = nullptr;
}

CravingSharing::CravingSharing(ProfileSession& profile, ClinicConnection& clinic, QObject* parent)
    : QObject(parent)
    , m_profile(profile)
    , m_clinic(clinic) {
    connect(&m_profile, &ProfileSession::stateChanged, this, &CravingSharing::reload);
    reload();
}

CravingSharing::~CravingSharing() {
    if (s_instance == this)
        s_instance = nullptr;
}

void CravingSharing::setInstance(CravingSharing* sharing) {
    s_instance = sharing;
}

CravingSharing* CravingSharing::create(QQmlEngine*, QJSEngine*) {
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

QString CravingSharing::decidedText() const {
    if (!m_state.decidedAt.isValid())
        return {};
    const QString when = QLocale().toString(asLived(m_state.decidedAt), QLocale::ShortFormat);
    return m_state.sharing ? tr("Sharing since %1.").arg(when) : tr("Stopped on %1.").arg(when);
}

void CravingSharing::setSharing(bool on) {
    SharingStore* store = m_profile.sharing();
    if (!store || on == m_state.sharing)
        return;
    if (auto saved = store->setCravingSharing(on, localNow(m_profile.clock())); !saved) {
        m_errorText = saved.error().message();
        Q_EMIT changed();
        return;
    }
    m_clinic.localChange();
}

void CravingSharing::reload() {
    SharingStore* store = m_profile.sharing();
    if (store && !m_storeConnection)
        m_storeConnection = connect(store, &SharingStore::changed, this, &CravingSharing::reload);
    m_state = {};
    m_errorText.clear();
    if (store) {
        if (auto state = store->cravings())
            m_state = *state;
        else
            m_errorText = state.error().message();
    }
    Q_EMIT changed();
}

} // namespace stepstone
