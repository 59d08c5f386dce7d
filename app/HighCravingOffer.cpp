#include "HighCravingOffer.h"

namespace stepstone {

HighCravingOffer::HighCravingOffer(ProfileSession& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_level(Preferences::kDefaultHighCravingLevel) {
    connect(&m_session, &ProfileSession::stateChanged, this, &HighCravingOffer::readLevel);
    readLevel();
}

int HighCravingOffer::minimumLevel() const {
    return Preferences::kMinHighCravingLevel;
}

int HighCravingOffer::maximumLevel() const {
    return Preferences::kMaxHighCravingLevel;
}

void HighCravingOffer::readLevel() {
    Profile* profile = m_session.profile();
    if (!profile)
        return;
    auto level = profile->preferences().highCravingLevel();
    if (!level) {
        setErrorText(level.error().message());
        return;
    }
    if (m_level != *level) {
        m_level = *level;
        Q_EMIT levelChanged();
    }
}

void HighCravingOffer::setLevel(int level) {
    Profile* profile = m_session.profile();
    if (!profile || level == m_level)
        return;
    if (auto kept = profile->preferences().setHighCravingLevel(level); !kept) {
        setErrorText(kept.error().message());
        Q_EMIT levelChanged(); // the control goes back to the level still in force
        return;
    }
    setErrorText({});
    m_level = level;
    Q_EMIT levelChanged();
}

void HighCravingOffer::cravingSaved(int intensity) {
    setShown(intensity >= m_level);
}

void HighCravingOffer::dismiss() {
    setShown(false);
}

void HighCravingOffer::setShown(bool shown) {
    if (m_shown == shown)
        return;
    m_shown = shown;
    Q_EMIT shownChanged();
}

void HighCravingOffer::setErrorText(const QString& text) {
    if (m_errorText == text)
        return;
    m_errorText = text;
    Q_EMIT errorTextChanged();
}

} // namespace stepstone
