#pragma once

#include "ProfileSession.h"
#include "QmlSingleton.h"
#include "schedule/LoginStart.h"
#include "schedule/ReminderSettings.h"

#include <QObject>
#include <QQmlEngine>
#include <QStringList>
#include <functional>

namespace stepstone {

// The Reminders page: which reminders come, when, in which words, and whether the app keeps
// running for them. Each change is kept at once.
class ReminderSettingsModel : public QObject, public QmlSingleton<ReminderSettingsModel> {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool sessionsOn READ sessionsOn WRITE setSessionsOn NOTIFY changed)
    // Indexes into leadChoices (0: none) of the first and second reminder before a session.
    Q_PROPERTY(int firstLead READ firstLead WRITE setFirstLead NOTIFY changed)
    Q_PROPERTY(int secondLead READ secondLead WRITE setSecondLead NOTIFY changed)
    Q_PROPERTY(QStringList leadChoices READ leadChoices CONSTANT)
    Q_PROPERTY(bool dosesOn READ dosesOn WRITE setDosesOn NOTIFY changed)
    Q_PROPERTY(bool checkInOn READ checkInOn WRITE setCheckInOn NOTIFY changed)
    Q_PROPERTY(QString checkInTimeText READ checkInTimeText NOTIFY changed)
    Q_PROPERTY(bool homeworkOn READ homeworkOn WRITE setHomeworkOn NOTIFY changed)
    // Hours of the day (indexes into hourChoices).
    Q_PROPERTY(int homeworkHour READ homeworkHour WRITE setHomeworkHour NOTIFY changed)
    Q_PROPERTY(bool quietOn READ quietOn WRITE setQuietOn NOTIFY changed)
    Q_PROPERTY(int quietFromHour READ quietFromHour WRITE setQuietFromHour NOTIFY changed)
    Q_PROPERTY(int quietUntilHour READ quietUntilHour WRITE setQuietUntilHour NOTIFY changed)
    Q_PROPERTY(QStringList hourChoices READ hourChoices CONSTANT)
    Q_PROPERTY(bool detailed READ detailed WRITE setDetailed NOTIFY changed)
    // How a reminder reads with the current choice.
    Q_PROPERTY(QString example READ example NOTIFY changed)
    Q_PROPERTY(bool keepRunning READ keepRunning WRITE setKeepRunning NOTIFY changed)
    Q_PROPERTY(bool startAtLoginAvailable READ startAtLoginAvailable NOTIFY changed)
    Q_PROPERTY(bool startAtLogin READ startAtLogin WRITE setStartAtLogin NOTIFY changed)
    Q_PROPERTY(QString problem READ problem NOTIFY changed)

public:
    // The lead times offered before a session, in minutes; the first is "none".
    static constexpr int kLeadMinutes[] = {-1, 15, 30, 60, 120, 180, 24 * 60, 48 * 60};

    explicit ReminderSettingsModel(ProfileSession& session, QObject* parent = nullptr);

    // Where start at login is kept (the OS); without one the page does not offer it.
    void setLoginStart(LoginStart* loginStart);

    bool sessionsOn() const { return m_settings.sessionsOn; }
    void setSessionsOn(bool on);
    int firstLead() const { return leadIndex(0); }
    void setFirstLead(int index) { setLead(0, index); }
    int secondLead() const { return leadIndex(1); }
    void setSecondLead(int index) { setLead(1, index); }
    QStringList leadChoices() const;
    bool dosesOn() const { return m_settings.dosesOn; }
    void setDosesOn(bool on);
    bool checkInOn() const { return m_settings.checkInOn; }
    void setCheckInOn(bool on);
    QString checkInTimeText() const;
    bool homeworkOn() const { return m_settings.homeworkOn; }
    void setHomeworkOn(bool on);
    int homeworkHour() const { return m_settings.homeworkTime.hour(); }
    void setHomeworkHour(int hour);
    bool quietOn() const { return m_settings.quietHours.has_value(); }
    void setQuietOn(bool on);
    int quietFromHour() const;
    void setQuietFromHour(int hour);
    int quietUntilHour() const;
    void setQuietUntilHour(int hour);
    QStringList hourChoices() const;
    bool detailed() const { return m_settings.detailed; }
    void setDetailed(bool detailed);
    QString example() const;
    bool keepRunning() const { return m_settings.keepRunning; }
    void setKeepRunning(bool on);
    bool startAtLoginAvailable() const { return m_loginStart != nullptr; }
    bool startAtLogin() const { return m_loginStart && m_loginStart->isOn(); }
    void setStartAtLogin(bool on);
    QString problem() const { return m_problem; }

Q_SIGNALS:
    void changed();

private:
    void reload();
    void change(const std::function<void(ReminderSettings&)>& edit);
    void save(ReminderSettings settings);
    void setQuietEnd(QTime QuietHours::*end, int hour);
    int leadIndex(size_t which) const;
    void setLead(size_t which, int index);

    ProfileSession& m_session;
    LoginStart* m_loginStart = nullptr;
    ReminderSettings m_settings;
    QTime m_checkInTime;
    QString m_problem;
};

} // namespace stepstone
