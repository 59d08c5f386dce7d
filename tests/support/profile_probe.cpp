// Test tool: opens a profile through the real keychain the way the app does, then reports.
//   profile_probe open DIR          -> "opened" or "error <kind>"   (exit 0 / 2)
//   profile_probe count DIR         -> "<live logs>"
//   profile_probe add DIR NOTE      -> logs one craving with NOTE
//   profile_probe fill DIR COUNT    -> logs COUNT cravings, one every 20 minutes back from now
//   profile_probe intensities DIR   -> intensities of the live logs, newest first
//   profile_probe sessions DIR      -> one line per stored session of the clinic account in
//                                      use, soonest first:
//                                      status<TAB>video(0/1)<TAB>title<TAB>place<TAB>comment
//   profile_probe homework DIR      -> one line per homework Task of the clinic account in use:
//                                      task id<TAB>status<TAB>its response's status or "-"
//                                      <TAB>questions answered<TAB>"form" once its form is here
#include "PlatformServices.h"
#include "common/LocalTime.h"
#include "common/SystemClock.h"
#include "profile/Profile.h"
#include "profile/ProfileOpener.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTextStream>

using namespace stepstone;

namespace {

const char* kindName(OpenError::Kind kind) {
    switch (kind) {
    case OpenError::Kind::KeyUnavailable:
        return "KeyUnavailable";
    case OpenError::Kind::KeychainUnavailable:
        return "KeychainUnavailable";
    case OpenError::Kind::PassphraseTooShort:
        return "PassphraseTooShort";
    case OpenError::Kind::WrongPassphrase:
        return "WrongPassphrase";
    case OpenError::Kind::Store:
        return "Store";
    }
    return "?";
}

// Items with an answer, nested ones included.
int answeredItems(const QJsonArray& items) {
    int answered = 0;
    for (const QJsonValue& item : items) {
        const QJsonArray answers = item[QLatin1String("answer")].toArray();
        answered += answers.isEmpty() ? 0 : 1;
        answered += answeredItems(item[QLatin1String("item")].toArray());
        for (const QJsonValue& answer : answers)
            answered += answeredItems(answer[QLatin1String("item")].toArray());
    }
    return answered;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream out(stdout);
    if (args.size() < 3) {
        out << "usage: profile_probe open|count|add|fill|intensities|sessions|homework DIR "
               "[NOTE|COUNT]\n";
        return 64;
    }
    auto secrets = platform::makeSecretStore();
    const platform::SystemClock clock;
    ProfileOpener opener(args[2], *secrets, clock);
    auto opened = opener.openWithKeychain();
    if (!opened) {
        out << "error " << kindName(opened.error().kind) << ' ' << opened.error().detail << '\n';
        return 2;
    }
    Profile profile(std::move(opened->database), clock);
    CravingLogStore& store = profile.cravings();
    const QString& command = args[1];
    if (command == QLatin1String("open")) {
        out << "opened\n";
    } else if (command == QLatin1String("add") && args.size() > 3) {
        CravingEntry entry;
        entry.occurredAt = localNow(clock);
        entry.note = args[3];
        if (!store.add(entry))
            return 3;
        out << "added\n";
    } else if (command == QLatin1String("fill") && args.size() > 3) {
        // Only a benchmark's profile: a crash while filling may lose what was filled.
        if (!profile.database().exec("PRAGMA synchronous = OFF"))
            return 3;
        const int count = args[3].toInt();
        CravingEntry entry;
        entry.note = QStringLiteral("Walked past the old bar on the way home; called my sponsor.");
        for (int i = 0; i < count; ++i) {
            entry.occurredAt = withLocalOffset(clock.now().addSecs(-20 * 60 * qint64(i)));
            entry.intensity = i % 11;
            entry.triggers = i % 2 ? CravingTrigger::Places | CravingTrigger::Tired
                                   : CravingTriggers(CravingTrigger::Lonely);
            if (!store.add(entry))
                return 3;
        }
        out << "filled " << count << '\n';
    } else if (command == QLatin1String("count") || command == QLatin1String("intensities")) {
        auto logs = store.recent(1'000'000);
        if (!logs)
            return 3;
        if (command == QLatin1String("count"))
            out << logs->size() << '\n';
        else
            for (const CravingLog& log : *logs)
                out << log.entry.intensity << '\n';
    } else if (command == QLatin1String("sessions")) {
        auto account = profile.accounts().current();
        if (!account)
            return 3;
        if (!*account)
            return 0;
        auto stored = profile.sessions().upcoming((*account)->id, QDateTime::fromSecsSinceEpoch(0),
                                                  1'000'000);
        if (!stored)
            return 3;
        for (const Session& session : *stored)
            out << (session.status == Session::Status::Cancelled ? "cancelled" : "other") << '\t'
                << (session.videoLink ? 1 : 0) << '\t' << session.title << '\t' << session.place
                << '\t' << session.comment << '\n';
    } else if (command == QLatin1String("homework")) {
        auto account = profile.accounts().current();
        if (!account)
            return 3;
        if (!*account)
            return 0;
        auto tasks = profile.homework().tasks((*account)->id);
        if (!tasks)
            return 3;
        for (const HomeworkTask& task : *tasks) {
            auto response = profile.homework().responseForTask((*account)->id, task.id);
            if (!response)
                return 3;
            out << task.id << '\t' << task.currentStatus() << '\t';
            if (*response)
                out << ((*response)->status == HomeworkResponse::Status::Completed ? "completed"
                                                                                   : "in-progress")
                    << '\t'
                    << answeredItems((*response)->response[QLatin1String("item")].toArray());
            else
                out << "-\t0";
            out << '\t' << (task.formVersion ? "form" : "-") << '\n';
        }
    } else {
        return 64;
    }
    return 0;
}
