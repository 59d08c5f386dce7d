// scripts/bench startup: how long the real app takes to show its first frame, against a bare
// Qt Quick window built in the same tree, on the same display, in the same run.
//
// A start is timed from just before the process is spawned (CLOCK_MONOTONIC, read here) to the
// first QQuickWindow::frameSwapped, which the process stamps with the same clock and writes to
// the file STEPSTONE_STARTUP_REPORT names (app/StartupReport), then quits. Runs alternate
// between the subjects, after one warm-up run of each, so the file cache and any drift of the
// machine touch all of them alike; each figure is the median of its runs.
//
//   stepstone_startup_bench STEPSTONE BARE_WINDOW PROFILE_PROBE [RUNS] [CRAVINGS]
//
// Lines: startup-small (an empty profile) and startup-large (CRAVINGS cravings, 50,000 unless
// told) compare the first frames; startup-small-ready and startup-large-ready the first frame
// that shows the opened profile, against the same baseline.
#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <optional>
#include <vector>

namespace {

constexpr int kMinimumRuns = 7;
constexpr int kProcessTimeoutMs = 120'000;

qint64 monotonicNs() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

[[noreturn]] void stop(const QString& why) {
    std::fprintf(stderr, "stepstone_startup_bench: %s\n", qPrintable(why));
    std::exit(1);
}

struct Subject {
    QString name;
    QString program;
    QStringList args = {};
    bool opensProfile = false;
    std::vector<double> firstFrameMs = {};
    std::vector<double> readyMs = {};
};

struct Start {
    double firstFrameMs = 0;
    std::optional<double> readyMs;
};

// One run, process spawned to the frames it reported.
Start timeOneStart(const Subject& subject, const QString& reportPath) {
    QFile::remove(reportPath);
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("STEPSTONE_STARTUP_REPORT"), reportPath);
    process.setProcessEnvironment(environment);
    const qint64 spawnedNs = monotonicNs();
    process.start(subject.program, subject.args);
    if (!process.waitForFinished(kProcessTimeoutMs) || process.exitCode() != 0)
        stop(subject.name + " did not start and quit cleanly: " +
             QString::fromLocal8Bit(process.readAllStandardError()));

    QFile report(reportPath);
    if (!report.open(QIODevice::ReadOnly))
        stop(subject.name + " wrote no startup report");
    Start start;
    bool framed = false;
    for (const QByteArray& line : report.readAll().split('\n')) {
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() != 2)
            continue;
        const double ms = double(fields[1].toLongLong() - spawnedNs) / 1e6;
        if (fields[0] == "first-frame") {
            start.firstFrameMs = ms;
            framed = true;
        } else if (fields[0] == "profile-shown") {
            start.readyMs = ms;
        } else if (fields[0] == "profile-not-opened") {
            stop(subject.name + " could not open its profile");
        }
    }
    if (!framed || (subject.opensProfile && !start.readyMs))
        stop(subject.name + " did not report all its frames");
    return start;
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    const std::size_t middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

void printComparison(const char* name, const std::vector<double>& app,
                     const std::vector<double>& baseline) {
    const double a = median(app);
    const double b = median(baseline);
    std::printf("%s app_ms=%.1f baseline_ms=%.1f ratio=%.2f\n", name, a, b, a / b);
    std::fflush(stdout);
}

void runProbe(const QString& probe, const QStringList& args, const QByteArray& expected) {
    QProcess process;
    process.start(probe, args);
    if (!process.waitForFinished(kProcessTimeoutMs) ||
        process.readAllStandardOutput().trimmed() != expected)
        stop("profile_probe " + args.join(' ') +
             " failed: " + QString::fromLocal8Bit(process.readAllStandardError()));
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication application(argc, argv);
    const QStringList args = application.arguments();
    if (args.size() < 4)
        stop(
            "usage: stepstone_startup_bench STEPSTONE BARE_WINDOW PROFILE_PROBE [RUNS] [CRAVINGS]");
    const QString app = args[1];
    const QString probe = args[3];
    const int runs = args.size() > 4 ? args[4].toInt() : 9;
    const int cravings = args.size() > 5 ? args[5].toInt() : 50'000;
    if (runs < kMinimumRuns)
        stop(QStringLiteral("a median needs at least %1 runs").arg(kMinimumRuns));

    QTemporaryDir work;
    const QString small = work.filePath(QStringLiteral("small"));
    const QString large = work.filePath(QStringLiteral("large"));
    // Both profiles keep their key in the session's real keyring, as a client's would.
    runProbe(probe, {QStringLiteral("open"), small}, "opened");
    runProbe(probe, {QStringLiteral("fill"), large, QString::number(cravings)},
             "filled " + QByteArray::number(cravings));

    const QString dataDir = QStringLiteral("--data-dir");
    std::vector<Subject> subjects{
        {.name = QStringLiteral("bare window"), .program = args[2]},
        {.name = QStringLiteral("app, small profile"),
         .program = app,
         .args = {dataDir, small},
         .opensProfile = true},
        {.name = QStringLiteral("app, large profile"),
         .program = app,
         .args = {dataDir, large},
         .opensProfile = true},
    };
    const QString reportPath = work.filePath(QStringLiteral("report"));
    for (const Subject& subject : subjects)
        (void)timeOneStart(subject, reportPath); // warm-up: the file cache, the keyring's session
    for (int run = 0; run < runs; ++run) {
        for (std::size_t i = 0; i < subjects.size(); ++i) {
            Subject& subject = subjects[(i + std::size_t(run)) % subjects.size()];
            const Start start = timeOneStart(subject, reportPath);
            subject.firstFrameMs.push_back(start.firstFrameMs);
            if (start.readyMs)
                subject.readyMs.push_back(*start.readyMs);
        }
    }

    const Subject& bare = subjects[0];
    printComparison("startup-small", subjects[1].firstFrameMs, bare.firstFrameMs);
    printComparison("startup-large", subjects[2].firstFrameMs, bare.firstFrameMs);
    printComparison("startup-small-ready", subjects[1].readyMs, bare.firstFrameMs);
    printComparison("startup-large-ready", subjects[2].readyMs, bare.firstFrameMs);
    return 0;
}
