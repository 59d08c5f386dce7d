#include "schedule/CalendarExport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <map>

using namespace stepstone;

namespace {

QDateTime utc(QDate day, QTime time) {
    return QDateTime(day, time, Qt::UTC);
}

const QTimeZone kChicago("America/Chicago");
const QDateTime kStamp = utc(QDate(2026, 12, 5), QTime(15, 0));

ClinicAccount account(const QString& patient = QStringLiteral("alex")) {
    ClinicAccount a;
    a.fhirBase = QUrl(QStringLiteral("https://clinic.example/fhir"));
    a.patientId = patient;
    return a;
}

CalendarSession session(const QString& id, const QDateTime& start, int minutes = 90) {
    Session s;
    s.id = id;
    s.status = Session::Status::Booked;
    s.title = QStringLiteral("Relapse prevention group");
    s.place = QStringLiteral("Recovery Center, Room 2");
    s.comment = QStringLiteral("Bring your craving log");
    s.start = start;
    s.end = start.addSecs(minutes * 60);
    return {account(), s};
}

// An event as Python's icalendar reads it back.
struct ReadEvent {
    QString start;
    QString end;
    QString status;
    QString summary;
};

struct OracleAnswer {
    int exitCode = -1;
    QString errors;
    std::map<QString, ReadEvent> events; // by UID
};

OracleAnswer readWithPythonIcalendar(const QByteArray& ics) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sessions.ics"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(ics) != ics.size())
        return {};
    file.close();
    QProcess oracle;
    oracle.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral(STEPSTONE_CALENDAR_ORACLE), path});
    if (!oracle.waitForFinished(60000))
        return {};
    OracleAnswer answer;
    answer.exitCode = oracle.exitCode();
    answer.errors = QString::fromUtf8(oracle.readAllStandardError());
    const QString out = QString::fromUtf8(oracle.readAllStandardOutput());
    for (const QString& line : out.split(u'\n', Qt::SkipEmptyParts)) {
        const QStringList fields = line.split(u' ');
        if (fields.size() < 5)
            continue;
        answer.events[fields[0]] = {fields[1], fields[2], fields[3], fields.mid(4).join(u' ')};
    }
    return answer;
}

CalendarWords discreet() {
    return {QStringLiteral("Appointment"), false};
}

} // namespace

TEST(ChicagoCalendarExport, SessionsAroundTheFallBackNightReadBackAtTheirInstants) {
    const std::vector<CalendarSession> sessions = {
        session("before", utc(QDate(2026, 10, 31), QTime(15, 0))),     // 10:00 CDT
        session("across", utc(QDate(2026, 11, 1), QTime(4, 0)), 240),  // 23:00 CDT to 03:00 CST
        session("first-0130", utc(QDate(2026, 11, 1), QTime(6, 30))),  // 01:30 CDT
        session("second-0130", utc(QDate(2026, 11, 1), QTime(7, 30))), // 01:30 CST
        session("after", utc(QDate(2026, 11, 3), QTime(16, 0))),       // 10:00 CST
        session("spring", utc(QDate(2026, 3, 8), QTime(7, 30)), 60),   // 01:30 CST to 03:30 CDT
    };
    const QByteArray ics = calendarOf(sessions, kChicago, discreet(), kStamp);
    const OracleAnswer read = readWithPythonIcalendar(ics);
    ASSERT_EQ(read.exitCode, 0) << read.errors.toStdString();
    ASSERT_EQ(read.events.size(), sessions.size());

    std::map<std::string, std::pair<std::string, std::string>> instants;
    for (const auto& [uid, event] : read.events) {
        instants[event.start.toStdString()] = {event.end.toStdString(), event.status.toStdString()};
        EXPECT_EQ(event.summary, QStringLiteral("Appointment"));
    }
    const std::map<std::string, std::pair<std::string, std::string>> expected = {
        {"2026-03-08T07:30:00Z", {"2026-03-08T08:30:00Z", "CONFIRMED"}},
        {"2026-10-31T15:00:00Z", {"2026-10-31T16:30:00Z", "CONFIRMED"}},
        {"2026-11-01T04:00:00Z", {"2026-11-01T08:00:00Z", "CONFIRMED"}},
        {"2026-11-01T06:30:00Z", {"2026-11-01T08:00:00Z", "CONFIRMED"}},
        {"2026-11-01T07:30:00Z", {"2026-11-01T09:00:00Z", "CONFIRMED"}},
        {"2026-11-03T16:00:00Z", {"2026-11-03T17:30:00Z", "CONFIRMED"}},
    };
    EXPECT_EQ(instants, expected);

    EXPECT_TRUE(ics.contains("DTSTART;TZID=America/Chicago:20261101T013000\r\n"));
    EXPECT_TRUE(ics.contains("DTSTART:20261101T073000Z\r\n"))
        << "the second 01:30 cannot be written on the clock: RFC 5545 reads it as the first";
    for (const char* word : {"Relapse", "Recovery", "craving", "group"})
        EXPECT_FALSE(ics.contains(word)) << word << ": discreet by default";
}

TEST(ChicagoCalendarExport, ASecondExportAfterAChangeKeepsEachSessionsUid) {
    std::vector<CalendarSession> sessions = {
        session("s1", utc(QDate(2026, 12, 10), QTime(21, 0))),
        session("s2", utc(QDate(2026, 12, 12), QTime(15, 0))),
    };
    const OracleAnswer first =
        readWithPythonIcalendar(calendarOf(sessions, kChicago, discreet(), kStamp));
    sessions[0].session.start = utc(QDate(2026, 12, 11), QTime(22, 0));
    sessions[0].session.end = sessions[0].session.start.addSecs(3600);
    sessions[1].session.status = Session::Status::Cancelled;
    const OracleAnswer second =
        readWithPythonIcalendar(calendarOf(sessions, kChicago, discreet(), kStamp.addSecs(3600)));
    ASSERT_EQ(first.exitCode, 0) << first.errors.toStdString();
    ASSERT_EQ(second.exitCode, 0) << second.errors.toStdString();

    ASSERT_EQ(first.events.size(), 2u);
    ASSERT_EQ(second.events.size(), 2u);
    for (const auto& [uid, event] : first.events)
        EXPECT_EQ(second.events.count(uid), 1u) << "an import updates " << uid.toStdString();
    std::map<std::string, std::string> movedOrCancelled;
    for (const auto& [uid, event] : second.events)
        movedOrCancelled[event.start.toStdString()] = event.status.toStdString();
    EXPECT_EQ(movedOrCancelled, (std::map<std::string, std::string>{
                                    {"2026-12-11T22:00:00Z", "CONFIRMED"},
                                    {"2026-12-12T15:00:00Z", "CANCELLED"},
                                }));

    sessions[0].account = account(QStringLiteral("another-patient"));
    const OracleAnswer another =
        readWithPythonIcalendar(calendarOf(sessions, kChicago, discreet(), kStamp));
    EXPECT_EQ(another.events.count(first.events.begin()->first) +
                  another.events.count(std::next(first.events.begin())->first),
              1u)
        << "the same Appointment id of another patient is another event";
}

TEST(ChicagoCalendarExport, DetailsComeOnlyWhenAskedAndAnyTextReadsBackWhole) {
    CalendarSession entry = session("s1", utc(QDate(2026, 12, 10), QTime(21, 0)));
    entry.session.title =
        QStringLiteral("Sesión de grupo: prevención de recaídas; traer el diario, por favor \\ "
                       "y llegar diez minutos antes para la evaluación semanal de ñandúes");
    const QByteArray ics = calendarOf({entry}, kChicago, {QStringLiteral("Cita"), true}, kStamp);
    const OracleAnswer read = readWithPythonIcalendar(ics);
    ASSERT_EQ(read.exitCode, 0) << read.errors.toStdString();
    ASSERT_EQ(read.events.size(), 1u);
    EXPECT_EQ(read.events.begin()->second.summary, entry.session.title);
    for (const QByteArray& line : ics.split('\n'))
        EXPECT_LE(line.size(), 76) << "folded at 75 octets, CR aside";
    EXPECT_TRUE(ics.contains("LOCATION:Recovery Center\\, Room 2"));
}

TEST(ChicagoCalendarExport, TheOracleRefusesATimeZoneThatDisagreesWithTheZoneDatabase) {
    const QByteArray ics = calendarOf({session("s1", utc(QDate(2026, 7, 10), QTime(15, 0)))},
                                      kChicago, discreet(), kStamp);
    ASSERT_EQ(readWithPythonIcalendar(ics).exitCode, 0);
    QByteArray wrong = ics;
    wrong.replace("TZOFFSETTO:-0500", "TZOFFSETTO:-0400");
    EXPECT_EQ(readWithPythonIcalendar(wrong).exitCode, 1);
}

TEST(ChicagoCalendarExport, AZoneWithoutClockChangesStillHasItsTimeZone) {
    const QTimeZone kolkata("Asia/Kolkata");
    const OracleAnswer read = readWithPythonIcalendar(calendarOf(
        {session("s1", utc(QDate(2026, 12, 10), QTime(4, 30)))}, kolkata, discreet(), kStamp));
    ASSERT_EQ(read.exitCode, 0) << read.errors.toStdString();
    ASSERT_EQ(read.events.size(), 1u);
    EXPECT_EQ(read.events.begin()->second.start, QStringLiteral("2026-12-10T04:30:00Z"));
}
