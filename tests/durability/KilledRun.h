#pragma once

#include <QProcess>
#include <QThread>
#include <csignal>

namespace stepstone::test {

// One run of a writer child of the kill tests: started, left to print `acks` lines "ack ..."
// (or to fall silent for 5 s), given `extraDelayUs` more so that the kill lands anywhere in a
// write, then SIGKILLed.
struct KilledRun {
    bool started = false;
    bool killed = false; // false: it ended on its own (an error of the child)
    QByteArray output;
};

inline KilledRun runUntilKilled(const QString& program, const QStringList& arguments, int acks,
                                int extraDelayUs) {
    KilledRun run;
    QProcess writer;
    writer.start(program, arguments);
    run.started = writer.waitForStarted();
    if (!run.started)
        return run;
    while (run.output.count("ack ") < acks && writer.waitForReadyRead(5000))
        run.output += writer.readAllStandardOutput();
    QThread::usleep(static_cast<unsigned long>(extraDelayUs));
    ::kill(pid_t(writer.processId()), SIGKILL);
    writer.waitForFinished();
    run.output += writer.readAllStandardOutput();
    run.killed = writer.exitStatus() == QProcess::CrashExit;
    return run;
}

} // namespace stepstone::test
