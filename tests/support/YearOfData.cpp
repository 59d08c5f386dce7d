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
    return counts;
}

} // namespace stepstone::test
