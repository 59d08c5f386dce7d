#include "CheckInToday.h"

#include "common/LocalTime.h"

#include <QLocale>
#include <algorithm>
#include <cmath>

namespace stepstone {

CheckInToday::CheckInToday(ProfileSession& session, std::chrono::milliseconds recheckEvery,
                           QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_recheckEvery(recheckEvery) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &CheckInToday::recheck);
    connect(&m_session, &ProfileSession::stateChanged, this, &CheckInToday::watchStores);
    watchStores();
}

void CheckInToday::watchStores() {
    Profile* profile = m_session.profile();
    if (profile && !m_watching) {
        m_watching = true;
        connect(&profile->checkIns(), &CheckInStore::changed, this, &CheckInToday::reload);
        connect(&profile->preferences(), &Preferences::changed, this, &CheckInToday::reload);
    }
    reload();
}

void CheckInToday::reload() {
    m_today.reset();
    m_time = {};
    if (Profile* profile = m_session.profile()) {
        auto today = profile->checkIns().today();
        if (today)
            m_today = std::move(*today);
        else if (today.error().kind != StoreErrorKind::NotFound)
            setErrorText(today.error().message());
        auto time = profile->preferences().checkInTime();
        if (time)
            m_time = *time;
    }
    waitForNextChange();
    Q_EMIT changed();
}

void CheckInToday::waitForNextChange() {
    const QDateTime now = localNow(m_session.clock());
    m_nextChange = QDateTime(now.date().addDays(1), QTime(0, 0));
    // The check-in becomes due at the client's time: the page says so then, not at the next save.
    if (const QDateTime due(now.date(), m_time); m_time.isValid() && due > now)
        m_nextChange = due;
    // A second late, so that "now" is surely past it; at least a second.
    m_timer.start(
        int(std::clamp<qint64>(now.msecsTo(m_nextChange) + 1000, 1000, m_recheckEvery.count())));
}

void CheckInToday::recheck() {
    if (m_session.clock().now() >= m_nextChange)
        reload();
    else
        waitForNextChange();
}

double CheckInToday::sleepHours() const {
    if (!m_today || !m_today->answers.sleepMinutes)
        return -1;
    return *m_today->answers.sleepMinutes / 60.0;
}

QString CheckInToday::dayText() const {
    return QLocale().toString(localNow(m_session.clock()).date(), QStringLiteral("dddd d MMMM"));
}

QString CheckInToday::summary() const {
    if (!m_today)
        return {};
    const CheckInAnswers& a = m_today->answers;
    QStringList parts{tr("Mood %1 of 10").arg(a.mood), tr("craving %1 of 10").arg(a.craving)};
    if (a.sleepMinutes)
        parts << tr("slept %1 h")
                     .arg(QLocale().toString(*a.sleepMinutes / 60.0, 'f',
                                             *a.sleepMinutes % 60 == 0 ? 0 : 1));
    if (a.usedToday)
        parts << tr("used today");
    return parts.join(QStringLiteral(" · "));
}

QString CheckInToday::timeText() const {
    return m_time.isValid() ? m_time.toString(QStringLiteral("HH:mm")) : QString();
}

bool CheckInToday::due() const {
    return !m_today && m_time.isValid() && localNow(m_session.clock()).time() >= m_time;
}

bool CheckInToday::save(int mood, int craving, double sleepHours, bool usedToday,
                        const QString& note) {
    Profile* profile = m_session.profile();
    if (!profile)
        return false;
    CheckInAnswers answers;
    answers.mood = mood;
    answers.craving = craving;
    if (sleepHours >= 0)
        answers.sleepMinutes = int(std::lround(sleepHours * 60));
    answers.usedToday = usedToday;
    answers.note = note.trimmed();
    if (answers.note.size() > CheckInAnswers::kMaxNoteLength || answers.note.contains(u'\n')) {
        setErrorText(tr("The note is one line of at most %1 characters.")
                         .arg(CheckInAnswers::kMaxNoteLength));
        return false;
    }
    if (!answers.isValid()) {
        setErrorText(tr("Sleep is between 0 and 24 hours; mood and craving between 0 and 10."));
        return false;
    }
    auto saved = profile->checkIns().saveToday(answers);
    if (!saved) {
        setErrorText(saved.error().message());
        return false;
    }
    setErrorText({});
    return true;
}

bool CheckInToday::setTime(const QString& text) {
    Profile* profile = m_session.profile();
    const QTime time = QTime::fromString(text.trimmed(), QStringLiteral("H:mm"));
    if (!profile || !time.isValid()) {
        setErrorText(tr("Write the time as hours and minutes, for example 20:30."));
        return false;
    }
    if (auto set = profile->preferences().setCheckInTime(time); !set) {
        setErrorText(set.error().message());
        return false;
    }
    setErrorText({});
    return true;
}

void CheckInToday::setErrorText(const QString& text) {
    if (m_errorText == text)
        return;
    m_errorText = text;
    Q_EMIT errorTextChanged();
}

} // namespace stepstone
