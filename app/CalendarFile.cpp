#include "CalendarFile.h"

#include "ClockText.h"
#include "common/LocalTime.h"
#include "schedule/CalendarExport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimeZone>

namespace stepstone {

namespace {

constexpr int kSessionsAtMost = 1000;
constexpr int kDaysBack = 90; // a calendar keeps the recent past too

} // namespace

CalendarFile::CalendarFile(ProfileSession& session, const Clock& clock, QString path,
                           QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_clock(clock)
    , m_path(std::move(path)) {
    connect(&m_session, &ProfileSession::stateChanged, this, &CalendarFile::watchProfile);
    watchProfile();
}

QString CalendarFile::defaultPath() {
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
           QStringLiteral("/stepstone-calendar.ics");
}

void CalendarFile::watchProfile() {
    Profile* profile = m_session.profile();
    if (!profile || profile == m_watched)
        return;
    m_watched = profile;
    const auto keptUpdated = profile->preferences().calendarKeptUpdated();
    const auto detailed = profile->preferences().calendarDetailed();
    m_keptUpdated = keptUpdated && *keptUpdated;
    m_detailed = detailed && *detailed;
    connect(&profile->sessions(), &SessionStore::changed, this, [this] {
        if (m_keptUpdated)
            write();
    });
    Q_EMIT changed();
}

void CalendarFile::setKeptUpdated(bool kept) {
    keep(&Preferences::setCalendarKeptUpdated, kept, m_keptUpdated);
}

void CalendarFile::setDetailed(bool detailed) {
    keep(&Preferences::setCalendarDetailed, detailed, m_detailed);
}

// Keeps the client's choice, and writes the file again with it when it is kept up to date.
void CalendarFile::keep(Result<void, StoreError> (Preferences::*set)(bool), bool value,
                        bool& choice) {
    Profile* profile = m_session.profile();
    if (!profile || !(profile->preferences().*set)(value)) {
        setStatus(tr("This change could not be kept. Try again."));
        return;
    }
    choice = value;
    if (m_keptUpdated)
        write();
    Q_EMIT changed();
}

bool CalendarFile::write() {
    Profile* profile = m_session.profile();
    if (!profile)
        return false;
    auto account = profile->accounts().current();
    if (!account || !*account) {
        setStatus(account ? tr("Connect to your clinic first: your sessions come from it.")
                          : tr("Your sessions could not be read."));
        return false;
    }
    const QDateTime now = m_clock.now();
    auto sessions =
        profile->sessions().upcoming((*account)->id, now.addDays(-kDaysBack), kSessionsAtMost);
    if (!sessions) {
        setStatus(tr("Your sessions could not be read."));
        return false;
    }
    std::vector<CalendarSession> entries;
    for (Session& session : *sessions)
        entries.push_back({**account, std::move(session)});
    const QByteArray ics =
        calendarOf(entries, QTimeZone::systemTimeZone(), {tr("Appointment"), m_detailed}, now);
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    // Only the client reads it: it says when they have appointments.
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(ics) != ics.size() || !file.commit()) {
        setStatus(tr("The calendar file could not be written to %1.").arg(m_path));
        return false;
    }
    const QString time = clockText(withLocalOffset(now).time());
    setStatus(entries.size() == 1 ? tr("1 session saved at %1.").arg(time)
                                  : tr("%1 sessions saved at %2.").arg(entries.size()).arg(time));
    return true;
}

void CalendarFile::setStatus(const QString& status) {
    m_status = status;
    Q_EMIT changed();
}

} // namespace stepstone
