#include "CalendarFile.h"
#include "ClockText.h"
#include "UiHarness.h"
#include "linux/XdgAutostart.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <gtest/gtest.h>

using namespace stepstone;
using namespace stepstone::test;

namespace {

Session sessionAt(const QString& id, const QDateTime& start) {
    Session session;
    session.id = id;
    session.versionId = QStringLiteral("1");
    session.status = Session::Status::Booked;
    session.title = QStringLiteral("Relapse prevention group");
    session.start = start;
    session.end = start.addSecs(5400);
    return session;
}

QByteArray contentOf(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST(CalendarFileTest, TheAppsFileIsReadBackByPythonsIcalendarAndFollowsTheSessions) {
    const QDateTime now(QDate(2026, 12, 7), QTime(15, 0), Qt::UTC);
    UiHarness::Options options;
    options.now = now;
    UiHarness ui(options);
    const ClinicAccountId account = ui.clinicAccount();
    ASSERT_TRUE(ui.profile().sessions().replace(account, sessionAt("s1", now.addDays(2))).ok());
    ASSERT_TRUE(ui.profile().sessions().replace(account, sessionAt("s2", now.addDays(9))).ok());

    QTemporaryDir dir;
    CalendarFile calendar(ui.session(), ui.clock(), dir.filePath(QStringLiteral("c/sessions.ics")));
    ASSERT_TRUE(calendar.write()) << calendar.status().toStdString();
    EXPECT_EQ(calendar.status(),
              QStringLiteral("2 sessions saved at %1.").arg(clockText(now.toLocalTime().time())));
    EXPECT_EQ(QFile::permissions(calendar.path()),
              QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser)
        << "only the client reads when they have appointments";

    QProcess oracle;
    oracle.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral(STEPSTONE_CALENDAR_ORACLE), calendar.path()});
    ASSERT_TRUE(oracle.waitForFinished(60000));
    const QString read = QString::fromUtf8(oracle.readAllStandardOutput());
    EXPECT_EQ(oracle.exitCode(), 0) << oracle.readAllStandardError().toStdString();
    EXPECT_EQ(read.count(QStringLiteral(" Appointment")), 2) << read.toStdString();
    EXPECT_FALSE(contentOf(calendar.path()).contains("Relapse"));

    // Kept up to date: a moved session is written again at once, under the same UID.
    calendar.setKeptUpdated(true);
    const QByteArray before = contentOf(calendar.path());
    ASSERT_TRUE(ui.profile().sessions().replace(account, sessionAt("s1", now.addDays(3))).ok());
    ui.profile().sessions().announceChanges();
    const QByteArray after = contentOf(calendar.path());
    EXPECT_NE(before, after);
    const auto uids = [](const QByteArray& ics) {
        QList<QByteArray> found;
        for (const QByteArray& line : ics.split('\n'))
            if (line.startsWith("UID:"))
                found << line.trimmed();
        return found;
    };
    EXPECT_EQ(uids(before), uids(after));
    EXPECT_EQ(uids(after).size(), 2);
}

TEST(LoginStartTest, TheAutostartEntryRunsTheAppWithBackgroundAndGoesWhenTurnedOff) {
    // The tests run with a HOME of their own (scripts/test), so this is not the machine's.
    const QString home = QDir::homePath();
    ASSERT_TRUE(home.contains(QStringLiteral("stepstone-session")))
        << "run under scripts/test: " << home.toStdString();
    platform::XdgAutostart autostart({QStringLiteral("/opt/step stone/stepstone"),
                                      QStringLiteral("--background"), QStringLiteral("--data-dir"),
                                      QStringLiteral("/home/alex/100% \"mine\"")});
    ASSERT_FALSE(autostart.isOn());
    EXPECT_TRUE(autostart.setOn(true).isEmpty());
    EXPECT_TRUE(autostart.isOn());
    const QString entry = QString::fromUtf8(contentOf(platform::XdgAutostart::entryPath()));
    EXPECT_TRUE(platform::XdgAutostart::entryPath().startsWith(home));
    EXPECT_TRUE(entry.contains(
        QStringLiteral("Exec=\"/opt/step stone/stepstone\" \"--background\" \"--data-dir\" "
                       "\"/home/alex/100%% \\\\\"mine\\\\\"\"\n")))
        << entry.toStdString();
    EXPECT_FALSE(entry.contains(QStringLiteral("recovery"), Qt::CaseInsensitive));
    EXPECT_TRUE(autostart.setOn(false).isEmpty());
    EXPECT_FALSE(autostart.isOn());
}
