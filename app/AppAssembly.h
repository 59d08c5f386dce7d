#pragma once

#include "CalendarFile.h"
#include "CheckInToday.h"
#include "ClinicConnection.h"
#include "ColorScheme.h"
#include "ContactActions.h"
#include "CopingSkillList.h"
#include "CravingDeletion.h"
#include "CravingDrafts.h"
#include "CravingSharing.h"
#include "CrisisLineList.h"
#include "HighCravingOffer.h"
#include "JournalDeletion.h"
#include "JournalDrafts.h"
#include "LapseDeletion.h"
#include "LapseHistory.h"
#include "MedicationDeletion.h"
#include "MeetingDeletion.h"
#include "PlanModel.h"
#include "ProfileSession.h"
#include "ReminderDelivery.h"
#include "ReminderSettingsModel.h"
#include "SystemFont.h"
#include "UrgeTimer.h"

#include <QLocale>
#include <QNetworkAccessManager>
#include <QString>
#include <memory>

class QQmlEngine;
class QTranslator;

namespace stepstone {

// The view-layer services of one running app, built from the platform services main.cpp made,
// and handed to QML as singletons. Once the profile opens it builds the profile's clinic link
// (core's ClinicLink) and hands it to the clinic view model. The UI tests build the very same
// assembly.
class AppAssembly {
public:
    static constexpr char kMainQml[] = "qrc:/Stepstone/qml/Main.qml";
    // The Qt Quick Controls style (qml/style): focus rings, touch targets, plain text, theme
    // colours for every control. Set with QQuickStyle before the first engine loads.
    static constexpr char kStyle[] = "StepstoneStyle";
    // A clinic outside the United States puts its own crisis lines here, in the data folder.
    static constexpr char kClinicCrisisLines[] = "crisis-lines.json";

    AppAssembly(const QString& dataDir, SecretStore& secrets, const Clock& clock,
                const QLocale& locale, AuthorizationBrowser& browser,
                const ColorSchemeSource& systemColorScheme, Notifier& notifier,
                ClinicLink::Settings linkSettings = {});
    ~AppAssembly();
    AppAssembly(const AppAssembly&) = delete;
    AppAssembly& operator=(const AppAssembly&) = delete;

    ProfileSession& session() { return m_session; }
    CopingSkillList& skills() { return m_skills; }
    CrisisLineList& crisisLines() { return m_crisisLines; }
    ClinicConnection& clinic() { return m_clinic; }
    // Null until the profile is open.
    ClinicLink* link() const { return m_link.get(); }
    ColorScheme& colorScheme() { return m_colorScheme; }
    PlanModel& plan() { return m_plan; }
    HighCravingOffer& highCravingOffer() { return m_offer; }
    UrgeTimer& urgeTimer() { return m_urgeTimer; }
    ReminderDelivery& reminders() { return m_reminders; }
    ReminderSettingsModel& reminderSettings() { return m_reminderSettings; }
    CalendarFile& calendarFile() { return m_calendarFile; }

    // Import paths the QML module needs on Qt 6.4 (no loadFromModule), and the engine's limits:
    // it loads only the app's resources and Qt's own modules, and nothing from the network.
    static void prepare(QQmlEngine& engine);

private:
    void linkProfileWhenOpen();
    void followNetwork();

    SecretStore& m_secrets;
    AuthorizationBrowser& m_browser;
    const ClinicLink::Settings m_linkSettings;
    QNetworkAccessManager m_network;
    ProfileSession m_session;
    CopingSkillList m_skills;
    CrisisLineList m_crisisLines;
    ContactActions m_contacts;
    ClinicConnection m_clinic;
    CravingSharing m_sharing;
    CravingDrafts m_drafts;
    CravingDeletion m_deletion;
    JournalDeletion m_journalDeletion;
    MeetingDeletion m_meetingDeletion;
    MedicationDeletion m_medicationDeletion;
    JournalDrafts m_journalDrafts;
    ColorScheme m_colorScheme;
    SystemFont m_font;
    PlanModel m_plan;
    HighCravingOffer m_offer;
    UrgeTimer m_urgeTimer;
    CheckInToday m_checkIn;
    LapseHistory m_lapses;
    LapseDeletion m_lapseDeletion;
    ReminderDelivery m_reminders;
    ReminderSettingsModel m_reminderSettings;
    CalendarFile m_calendarFile;
    std::unique_ptr<ClinicLink> m_link; // after the session: it goes before the profile does
};

// Installs the translation for `locale` on the application, if one ships; returns it (owned by
// the application) or null.
QTranslator* installTranslations(const QLocale& locale);

} // namespace stepstone
