#pragma once

#include "common/Clock.h"
#include "profile/JournalIndexPurge.h"
#include "store/CheckInStore.h"
#include "store/ClinicAccounts.h"
#include "store/ClinicMedicationStore.h"
#include "store/CravingLogStore.h"
#include "store/Database.h"
#include "store/DoseLogStore.h"
#include "store/FormStore.h"
#include "store/HomeworkStore.h"
#include "store/JournalStore.h"
#include "store/LapseStore.h"
#include "store/MedicationStore.h"
#include "store/MeetingStore.h"
#include "store/Outbox.h"
#include "store/PlanStore.h"
#include "store/Preferences.h"
#include "store/ProgramStore.h"
#include "store/ReminderStore.h"
#include "store/SentLogStore.h"
#include "store/SessionStore.h"
#include "store/SharingStore.h"

#include <memory>

namespace stepstone {

// One client's open profile: the encrypted database and every store on it, built in this one
// place once the database is open. The app and the tests both build it; nothing else makes a
// store of its own.
class Profile {
public:
    Profile(std::unique_ptr<Database> database, const Clock& clock);
    ~Profile();
    Profile(const Profile&) = delete;
    Profile& operator=(const Profile&) = delete;

    Database& database() { return *m_database; }
    const Clock& clock() const { return m_clock; }
    Outbox& outbox() { return m_outbox; }
    ClinicAccounts& accounts() { return m_accounts; }
    CravingLogStore& cravings() { return m_cravings; }
    CheckInStore& checkIns() { return m_checkIns; }
    LapseStore& lapses() { return m_lapses; }
    MedicationStore& medications() { return m_medications; }
    DoseLogStore& doses() { return m_doses; }
    ProgramStore& program() { return m_program; }
    MeetingStore& meetings() { return m_meetings; }
    JournalStore& journal() { return m_journal; }
    JournalIndexPurge& journalIndexPurge() { return m_journalIndexPurge; }
    SessionStore& sessions() { return m_sessions; }
    ClinicMedicationStore& clinicMedications() { return m_clinicMedications; }
    SharingStore& sharing() { return m_sharing; }
    SentLogStore& sentLog() { return m_sentLog; }
    PlanStore& plan() { return m_plan; }
    FormStore& forms() { return m_forms; }
    HomeworkStore& homework() { return m_homework; }
    Preferences& preferences() { return m_preferences; }
    ReminderStore& reminders() { return m_reminders; }

private:
    std::unique_ptr<Database> m_database;
    const Clock& m_clock;
    Outbox m_outbox;
    ClinicAccounts m_accounts;
    CravingLogStore m_cravings;
    CheckInStore m_checkIns;
    LapseStore m_lapses;
    MedicationStore m_medications;
    DoseLogStore m_doses;
    ProgramStore m_program;
    MeetingStore m_meetings;
    JournalStore m_journal;
    JournalIndexPurge m_journalIndexPurge{*m_database};
    SessionStore m_sessions;
    ClinicMedicationStore m_clinicMedications{*m_database};
    SharingStore m_sharing;
    SentLogStore m_sentLog;
    PlanStore m_plan;
    FormStore m_forms{*m_database, m_clock};
    HomeworkStore m_homework{*m_database, m_clock};
    Preferences m_preferences;
    ReminderStore m_reminders{*m_database, m_clock};
};

} // namespace stepstone
