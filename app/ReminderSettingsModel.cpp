#include "ReminderSettingsModel.h"

#include "ClockText.h"

#include <QCoreApplication>

namespace stepstone {

namespace {

constexpr int kHoursADay = 24;
const QuietHours kNightQuiet{QTime(22, 0), QTime(7, 0)};

bool isHour(int hour) {
    return hour >= 0 && hour < kHoursADay;
}

} // namespace

ReminderSettingsModel::ReminderSettingsModel(ProfileSession& session, QObject* parent)
    : QObject(parent)
    , m_session(session) {
    connect(&m_session, &ProfileSession::stateChanged, this, [this] {
        if (Profile* profile = m_session.profile()) {
            connect(&profile->preferences(), &Preferences::changed, this,
                    &ReminderSettingsModel::reload, Qt::UniqueConnection);
            connect(&profile->reminders(), &ReminderStore::changed, this,
                    &ReminderSettingsModel::reload, Qt::UniqueConnection);
        }
        reload();
    });
    reload();
}

void ReminderSettingsModel::setLoginStart(LoginStart* loginStart) {
    m_loginStart = loginStart;
    Q_EMIT changed();
}

void ReminderSettingsModel::reload() {
    Profile* profile = m_session.profile();
    if (!profile)
        return;
    auto settings = profile->reminders().settings();
    auto checkInTime = profile->preferences().checkInTime();
    if (!settings || !checkInTime) {
        m_problem = tr("Your reminder settings could not be read.");
    } else {
        m_settings = std::move(*settings);
        m_checkInTime = *checkInTime;
        m_problem.clear();
    }
    Q_EMIT changed();
}

void ReminderSettingsModel::change(const std::function<void(ReminderSettings&)>& edit) {
    ReminderSettings settings = m_settings;
    edit(settings);
    save(std::move(settings));
}

void ReminderSettingsModel::save(ReminderSettings settings) {
    Profile* profile = m_session.profile();
    if (!profile)
        return;
    if (auto saved = profile->reminders().setSettings(settings); !saved) {
        m_problem = tr("This change could not be kept. Try again.");
    } else {
        m_settings = std::move(settings);
        m_problem.clear();
    }
    Q_EMIT changed();
}

QStringList ReminderSettingsModel::leadChoices() const {
    return {tr("None"),          tr("15 minutes before"), tr("30 minutes before"),
            tr("1 hour before"), tr("2 hours before"),    tr("3 hours before"),
            tr("1 day before"),  tr("2 days before")};
}

int ReminderSettingsModel::leadIndex(size_t which) const {
    if (which >= m_settings.sessionLeadMinutes.size())
        return 0;
    const int minutes = m_settings.sessionLeadMinutes[which];
    for (size_t i = 1; i < std::size(kLeadMinutes); ++i)
        if (kLeadMinutes[i] == minutes)
            return int(i);
    return 0;
}

// Kept in the order chosen, without "none" or the same lead twice.
void ReminderSettingsModel::setLead(size_t which, int index) {
    if (index < 0 || size_t(index) >= std::size(kLeadMinutes))
        return;
    int chosen[2] = {kLeadMinutes[size_t(leadIndex(0))], kLeadMinutes[size_t(leadIndex(1))]};
    chosen[which] = kLeadMinutes[size_t(index)];
    ReminderSettings settings = m_settings;
    settings.sessionLeadMinutes.clear();
    for (int minutes : chosen)
        if (minutes > 0)
            settings.sessionLeadMinutes.push_back(minutes);
    if (settings.sessionLeadMinutes.size() == 2 &&
        settings.sessionLeadMinutes[0] == settings.sessionLeadMinutes[1])
        settings.sessionLeadMinutes.pop_back();
    save(std::move(settings));
}

void ReminderSettingsModel::setSessionsOn(bool on) {
    change([&](ReminderSettings& settings) { settings.sessionsOn = on; });
}

void ReminderSettingsModel::setDosesOn(bool on) {
    change([&](ReminderSettings& settings) { settings.dosesOn = on; });
}

void ReminderSettingsModel::setCheckInOn(bool on) {
    change([&](ReminderSettings& settings) { settings.checkInOn = on; });
}

QString ReminderSettingsModel::checkInTimeText() const {
    return m_checkInTime.isValid() ? clockText(m_checkInTime) : QString();
}

void ReminderSettingsModel::setHomeworkOn(bool on) {
    change([&](ReminderSettings& settings) { settings.homeworkOn = on; });
}

void ReminderSettingsModel::setHomeworkHour(int hour) {
    if (isHour(hour))
        change([&](ReminderSettings& settings) { settings.homeworkTime = QTime(hour, 0); });
}

void ReminderSettingsModel::setQuietOn(bool on) {
    change([&](ReminderSettings& settings) {
        settings.quietHours = on ? std::optional(kNightQuiet) : std::nullopt;
    });
}

int ReminderSettingsModel::quietFromHour() const {
    return m_settings.quietHours.value_or(kNightQuiet).from.hour();
}

void ReminderSettingsModel::setQuietFromHour(int hour) {
    setQuietEnd(&QuietHours::from, hour);
}

int ReminderSettingsModel::quietUntilHour() const {
    return m_settings.quietHours.value_or(kNightQuiet).until.hour();
}

void ReminderSettingsModel::setQuietUntilHour(int hour) {
    setQuietEnd(&QuietHours::until, hour);
}

void ReminderSettingsModel::setQuietEnd(QTime QuietHours::*end, int hour) {
    if (isHour(hour) && m_settings.quietHours)
        change([&](ReminderSettings& settings) { (*settings.quietHours).*end = QTime(hour, 0); });
}

QStringList ReminderSettingsModel::hourChoices() const {
    QStringList hours;
    for (int hour = 0; hour < kHoursADay; ++hour)
        hours << clockText(QTime(hour, 0));
    return hours;
}

void ReminderSettingsModel::setDetailed(bool detailed) {
    change([&](ReminderSettings& settings) { settings.detailed = detailed; });
}

QString ReminderSettingsModel::example() const {
    const QString at = clockText(QTime(15, 0));
    return m_settings.detailed ? tr("“Session at %1”, with the session’s name").arg(at)
                               : tr("“Reminder at %1”, and nothing more").arg(at);
}

void ReminderSettingsModel::setKeepRunning(bool on) {
    change([&](ReminderSettings& settings) { settings.keepRunning = on; });
}

void ReminderSettingsModel::setStartAtLogin(bool on) {
    if (!m_loginStart)
        return;
    m_problem = m_loginStart->setOn(on);
    Q_EMIT changed();
}

} // namespace stepstone
