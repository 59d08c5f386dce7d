#include "YearOfData.h"

#include "common/LocalTime.h"

#include <QRandomGenerator>

namespace stepstone::test {

namespace {

void check(bool ok, const char* what) {
    if (!ok)
        qFatal("year of data: %s could not be written", what);
}

int addCheckIns(Profile& profile, platform::FixedClock& clock, const QDateTime& now, int days,
                QRandomGenerator& random) {
    int written = 0;
    for (int ago = days; ago >= 1; --ago) {
        if (random.bounded(10) == 0)
            continue; // some days go unanswered
        const QDate day = now.toLocalTime().date().addDays(-ago);
        clock.set(QDateTime(day, QTime(21, random.bounded(60))).toUTC());
        CheckInAnswers answers;
        answers.mood = random.bounded(3, 9);
        answers.craving = random.bounded(0, 7);
        answers.sleepMinutes = 300 + random.bounded(240);
        answers.note = QStringLiteral("Group, then dinner with Dana");
        check(profile.checkIns().saveToday(answers).ok(), "a check-in");
        ++written;
    }
    return written;
}

int addCravings(Profile& profile, const QDateTime& now, int days, QRandomGenerator& random) {
    int written = 0;
    for (int ago = days; ago >= 0; --ago) {
        for (int i = 0; i < 3; ++i) {
            CravingEntry entry;
            entry.occurredAt =
                withLocalOffset(now.addDays(-ago).addSecs(-3600 * (2 + random.bounded(20))));
            if (entry.occurredAt > now)
                continue;
            entry.intensity = random.bounded(1, 10);
            entry.triggers = CravingTrigger::Tired | CravingTrigger::Places;
            entry.outcome = CravingOutcome::Passed;
            entry.note = QStringLiteral("After the late shift, near the old bar");
            check(profile.cravings().add(entry).ok(), "a craving");
            ++written;
        }
    }
    return written;
}

int addLapses(Profile& profile, const QDateTime& now, int days) {
    int written = 0;
    for (int ago : {340, 301, 250, 122, 41}) {
        if (ago > days)
            continue;
        LapseEntry lapse;
        lapse.occurredAt = withLocalOffset(now.addDays(-ago));
        lapse.whatHappened = QStringLiteral("Payday, old friends");
        lapse.nextTime = QStringLiteral("Deposit pay first, call Sam");
        check(profile.lapses().add(lapse).ok(), "a lapse");
        ++written;
    }
    return written;
}

int addSessions(Profile& profile, ClinicAccountId account, const QDateTime& now) {
    int written = 0;
    for (int i = 0; i < 24; ++i) {
        Session session;
        session.id = QStringLiteral("year-session-%1").arg(i);
        session.versionId = QStringLiteral("1");
        session.kind = i % 3 == 0 ? Session::Kind::Individual : Session::Kind::Group;
        session.status = Session::Status::Booked;
        session.title = i % 3 == 0 ? QStringLiteral("Individual session with Morgan")
                                   : QStringLiteral("IOP process group");
        const QDate day = now.toLocalTime().date().addDays(i / 2 + 1);
        session.start = QDateTime(day, QTime(i % 2 ? 18 : 10, 0)).toUTC();
        session.end = session.start.addSecs(i % 3 == 0 ? 50 * 60 : 180 * 60);
        session.place = QStringLiteral("Riverside Recovery Center, Group Room B");
        check(profile.sessions().replace(account, session).ok(), "a session");
        ++written;
    }
    profile.sessions().announceChanges();
    return written;
}

MedicationEntry medicine(const QString& name, double value, const QString& unit,
                         std::vector<QTime> times) {
    MedicationEntry entry;
    entry.name = name;
    entry.dose = DoseQuantity{value, unit};
    entry.schedule.kind = ScheduleKind::Daily;
    entry.schedule.timesOfDay = std::move(times);
    entry.prescriber = QStringLiteral("Dr. Priya Shah");
    return entry;
}

// Three medicines, five doses a day; most marked taken, some skipped, some never marked.
int addDoses(Profile& profile, platform::FixedClock& clock, const QDateTime& now, int days,
             QRandomGenerator& random) {
    const QTime morning(8, 0);
    const MedicationEntry entries[] = {
        medicine(QStringLiteral("Buprenorphine/naloxone film"), 8, QStringLiteral("mg"), {morning}),
        medicine(QStringLiteral("Sertraline"), 50, QStringLiteral("mg"), {morning}),
        medicine(QStringLiteral("Gabapentin"), 300, QStringLiteral("mg"),
                 {morning, QTime(14, 0), QTime(22, 0)}),
    };
    std::vector<Medication> medications;
    for (const MedicationEntry& entry : entries) {
        auto added = profile.medications().add(entry);
        check(added.ok(), "a medicine");
        medications.push_back(*added);
    }
    int written = 0;
    const QDate today = now.toLocalTime().date();
    for (int ago = days; ago >= 1; --ago) {
        const QDate day = today.addDays(-ago);
        for (const Medication& medication : medications) {
            for (const QTime& time : medication.entry.schedule.timesOfDay) {
                const int roll = random.bounded(20);
                if (roll == 0)
                    continue; // missed
                DoseMark mark;
                mark.medicationId = medication.id;
                mark.dueAt = withLocalOffset(QDateTime(day, time));
                mark.outcome = roll == 1 ? DoseOutcome::Skipped : DoseOutcome::Taken;
                if (mark.outcome == DoseOutcome::Skipped)
                    mark.reason = QStringLiteral("Felt sick");
                clock.set(mark.dueAt.addSecs(600));
                check(profile.doses().mark(mark).ok(), "a dose mark");
                ++written;
            }
        }
    }
    clock.set(now);
    // The refill was asked for this morning: the last change of the year is made today.
    MedicationEntry refilled = medications.front().entry;
    refilled.refillOn = now.toLocalTime().date().addDays(20);
    check(profile.medications().update(medications.front().id, refilled).ok(), "a refill date");
    return written;
}

int addMeetings(Profile& profile) {
    const struct {
        const char* name;
        MeetingKind kind;
        int weekday;
        QTime time;
        const char* place;
    } meetings[] = {
        {"Tuesday night NA", MeetingKind::TwelveStep, Qt::Tuesday, QTime(19, 0),
         "St. Mark's church hall"},
        {"SMART Recovery", MeetingKind::SmartRecovery, Qt::Thursday, QTime(18, 30),
         "Riverside Recovery Center, Room 3"},
        {"Riverside alumni", MeetingKind::Alumni, Qt::Saturday, QTime(10, 0),
         "Riverside Recovery Center, Group Room B"},
    };
    for (const auto& m : meetings) {
        MeetingDetails details;
        details.name = QString::fromLatin1(m.name);
        details.kind = m.kind;
        details.weekday = m.weekday;
        details.timeOfDay = m.time;
        details.place = QString::fromLatin1(m.place);
        check(profile.meetings().add(details).ok(), "a meeting");
    }
    ProgramStatus program;
    program.level = ProgramLevel::Iop;
    program.stepDownOn = QDate(2026, 12, 21);
    check(profile.program().set(program).ok(), "the program");
    return int(std::size(meetings));
}

} // namespace

YearOfDataCounts fillYearOfData(Profile& profile, platform::FixedClock& clock,
                                ClinicAccountId account, const QDateTime& now, int days) {
    QRandomGenerator random(20261205); // the same year every run
    YearOfDataCounts counts;
    counts.checkIns = addCheckIns(profile, clock, now, days, random);
    clock.set(now);
    counts.cravings = addCravings(profile, now, days, random);
    counts.lapses = addLapses(profile, now, days);
    counts.sessions = addSessions(profile, account, now);
    counts.doses = addDoses(profile, clock, now, days, random);
    counts.meetings = addMeetings(profile);
    return counts;
}

} // namespace stepstone::test
