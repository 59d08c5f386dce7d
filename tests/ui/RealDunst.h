#pragma once

#include <QFile>
#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

namespace stepstone::test {

// A real notification server, dunst, on a test's own bus and the test's X display. It records
// each notification it receives (what its `script` rule is handed: DUNST_APP_NAME,
// DUNST_SUMMARY, DUNST_BODY, DUNST_ID...) and answers its context menu with the action the test
// chooses, as a client choosing from the notification's menu would.
class RealDunst {
public:
    using Received = QMap<QString, QString>;

    explicit RealDunst(const QString& busAddress) {
        m_environment = QProcessEnvironment::systemEnvironment();
        m_environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), busAddress);
        write(QStringLiteral("record.sh"),
              "#!/bin/sh\nenv | grep '^DUNST_' | sort >> \"$0.log\"\necho ---- >> \"$0.log\"\n");
        write(QStringLiteral("pick.sh"), "#!/bin/sh\nmenu=$(cat)\nprintf '%s\\n' \"$menu\" | grep "
                                         "-F -m1 -- \"$(cat \"$0.want\")\"\n");
        write(QStringLiteral("dunstrc"),
              // Discreet reminders of one time read the same; dunst would stack them as one.
              QStringLiteral("[global]\n    dmenu = %1\n    browser = /bin/false\n"
                             "    stack_duplicates = false\n"
                             "[urgency_normal]\n    timeout = 0\n"
                             "[record]\n    appname = \"*\"\n    script = %2\n")
                  .arg(path(QStringLiteral("pick.sh")), path(QStringLiteral("record.sh")))
                  .toUtf8());
        m_dunst.setProcessEnvironment(m_environment);
        m_dunst.start(QStringLiteral("dunst"),
                      {QStringLiteral("-config"), path(QStringLiteral("dunstrc"))});
    }
    ~RealDunst() {
        m_dunst.terminate();
        m_dunst.waitForFinished();
    }
    RealDunst(const RealDunst&) = delete;
    RealDunst& operator=(const RealDunst&) = delete;

    // Whether dunst answers on the bus (it takes org.freedesktop.Notifications once its window
    // is up).
    bool waitUntilUp() {
        return QTest::qWaitFor([this] { return dunstctl({QStringLiteral("count")}).ok; }, 10000);
    }

    // Every notification received so far, oldest first.
    QList<Received> received() const {
        QFile log(path(QStringLiteral("record.sh.log")));
        QList<Received> all;
        if (!log.open(QIODevice::ReadOnly))
            return all;
        Received current;
        for (const QByteArray& line : log.readAll().split('\n')) {
            if (line == "----") {
                all << current;
                current.clear();
            } else if (const qsizetype eq = line.indexOf('='); eq > 0) {
                current.insert(QString::fromUtf8(line.left(eq)),
                               QString::fromUtf8(line.mid(eq + 1)));
            }
        }
        return all;
    }

    bool waitForReceived(int count) {
        return QTest::qWaitFor([&] { return received().size() >= count; }, 10000);
    }

    // Chooses the action `actionId` of the notification numbered `notificationId` from dunst's
    // context menu, whose lines read "#<label> (<summary>) [<id>,<action>]".
    bool choose(const QString& notificationId, const QString& actionId) {
        write(QStringLiteral("pick.sh.want"),
              QStringLiteral("[%1,%2]").arg(notificationId, actionId).toUtf8());
        return dunstctl({QStringLiteral("context")}).ok;
    }

    // The notifications still on screen.
    int displayed() {
        const Answer answer = dunstctl({QStringLiteral("count"), QStringLiteral("displayed")});
        return answer.ok ? answer.output.trimmed().toInt() : -1;
    }

private:
    struct Answer {
        bool ok = false;
        QString output;
    };

    Answer dunstctl(const QStringList& arguments) {
        QProcess ctl;
        ctl.setProcessEnvironment(m_environment);
        ctl.start(QStringLiteral("dunstctl"), arguments);
        if (!ctl.waitForFinished(10000))
            return {};
        return {ctl.exitStatus() == QProcess::NormalExit && ctl.exitCode() == 0,
                QString::fromUtf8(ctl.readAllStandardOutput())};
    }

    QString path(const QString& name) const { return m_dir.filePath(name); }

    void write(const QString& name, const QByteArray& content) {
        QFile file(path(name));
        if (file.open(QIODevice::WriteOnly))
            file.write(content);
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    QTemporaryDir m_dir;
    QProcessEnvironment m_environment;
    QProcess m_dunst;
};

} // namespace stepstone::test
