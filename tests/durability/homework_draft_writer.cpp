// Child process of the homework kill tests: opens (or resumes) the draft answering one Task and
// adds an answer at a time (linkId q<n>), saving the draft after each as the form does, and
// prints "ack <n>" once the store reported answer n saved, until it is killed.
// Usage: homework_draft_writer DB KEY_HEX [FHIR_BASE PATIENT TASK]: the Task of that clinic
// account as downloaded, or by default a Task "diary" it assigns itself.
#include "common/SystemClock.h"
#include "model/FormCanonical.h"
#include "security/DatabaseKey.h"
#include "store/ClinicAccounts.h"
#include "store/HomeworkStore.h"
#include "store/Schema.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <cstdio>

using namespace stepstone;

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3 && args.size() != 6)
        return 64;
    const bool ownTask = args.size() == 3;
    const DatabaseKey key = DatabaseKey::fromBytes(QByteArray::fromHex(args[2].toLatin1()));
    auto db = Database::open(args[1], key, Database::Mode::CreateIfMissing, schemaMigrations());
    if (!db) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(db.error().detail));
        return 2;
    }
    const platform::SystemClock clock;
    ClinicAccounts accounts(**db, clock);
    auto account = accounts.use(
        QUrl(ownTask ? QStringLiteral("https://clinic.example/fhir") : args[3]),
        ownTask ? QStringLiteral("alex-rivera") : args[4], ClinicAccounts::EarlierState::LetGo);
    HomeworkStore homework(**db, clock);
    HomeworkTask task;
    task.id = ownTask ? QStringLiteral("diary") : args[5];
    task.versionId = QStringLiteral("1");
    task.status = QStringLiteral("ready");
    task.form = QStringLiteral("https://clinic.example/Questionnaire/diary|1.0");
    task.resource = QJsonObject{{"resourceType", "Task"}, {"id", task.id}};
    if (!account || (ownTask && !homework.replaceTasks(account->id, {task}, {}))) {
        std::fprintf(stderr, "setup failed\n");
        return 3;
    }
    auto stored = homework.task(account->id, task.id);
    if (!stored) {
        std::fprintf(stderr, "no such Task: %s\n", qPrintable(stored.error().detail));
        return 3;
    }
    // The version the download found, as the form page opens it.
    FormCanonical form = FormCanonical::parse(stored->form);
    form.version = stored->formVersion.value_or(form.version);
    auto draft = homework.startForTask(account->id, task.id, form.text(), QJsonObject{});
    if (!draft) {
        std::fprintf(stderr, "start failed: %s\n", qPrintable(draft.error().detail));
        return 4;
    }
    QJsonObject response = draft->response;
    QJsonArray items = response.value(QLatin1String("item")).toArray();
    for (qsizetype n = items.size();; ++n) {
        items.append(QJsonObject{
            {"linkId", QStringLiteral("q%1").arg(n)},
            {"answer",
             QJsonArray{QJsonObject{
                 {"valueString", QStringLiteral("answer %1 ").arg(n).repeated(1 + n % 9)}}}}});
        response.insert(QStringLiteral("item"), items);
        if (auto saved = homework.saveDraft(draft->id, response); !saved) {
            std::fprintf(stderr, "save failed: %s\n", qPrintable(saved.error().detail));
            return 5;
        }
        std::printf("ack %lld\n", static_cast<long long>(n));
        std::fflush(stdout);
    }
}
