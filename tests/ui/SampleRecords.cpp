#include "SampleRecords.h"

#include "common/LocalTime.h"
#include "model/FormCanonical.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <gtest/gtest.h>

namespace stepstone::test {

namespace {

Session session(const QString& id, const QDateTime& start, Session::Kind kind) {
    Session item;
    item.id = id;
    item.versionId = QStringLiteral("v1");
    item.kind = kind;
    item.status = Session::Status::Booked;
    item.start = start;
    item.end = start.addSecs(90 * 60);
    return item;
}

} // namespace

void storeDemoSessions(UiHarness& ui, bool longText) {
    const QDateTime tomorrow = ui.now().addDays(1);
    Session group = session(QStringLiteral("s-group"), tomorrow, Session::Kind::Group);
    group.title = QStringLiteral("Relapse prevention group");
    group.place = QStringLiteral("Riverside Clinic, Room 2, 14 Mill Street");
    Session video =
        session(QStringLiteral("s-video"), tomorrow.addDays(2), Session::Kind::Individual);
    video.title = QStringLiteral("Check-in with Morgan");
    video.videoLink = QUrl(QStringLiteral("https://video.example.org/room/abc"));
    Session cancelled =
        session(QStringLiteral("s-family"), tomorrow.addDays(4), Session::Kind::Family);
    cancelled.title = QStringLiteral("Family session");
    cancelled.status = Session::Status::Cancelled;
    cancelled.comment = QStringLiteral("Morgan is away; we will find a new date with you.");
    if (longText) {
        group.title = QStringLiteral("Relapse prevention and coping skills group for the "
                                     "evening programme (weeks 3 to 6)");
        group.place = QStringLiteral("Riverside Community Health Centre, Building B, second "
                                     "floor, Room 214, 1400 Mill Street Northwest, Springfield");
        group.comment = QStringLiteral("Please bring your workbook and your diary card from last "
                                       "week. Parking behind building B is free after 5 pm.");
        video.title = QStringLiteral("Individual check-in with Morgan Alvarez-Whitfield, LCSW");
        cancelled.comment =
            QStringLiteral("Morgan is away at a training this week; the front desk will call "
                           "you to find a new date that works with your job and childcare.");
    }
    SessionStore& store = ui.profile().sessions();
    const ClinicAccountId account = ui.clinicAccount();
    for (const Session& item : {group, video, cancelled})
        ASSERT_TRUE(store.replace(account, item).ok());
    store.announceChanges();
}

void storeDemoCravings(UiHarness& ui, bool longText) {
    const QList<int> intensities = {3, 8, 5};
    for (qsizetype i = 0; i < intensities.size(); ++i) {
        CravingEntry entry;
        entry.occurredAt = withLocalOffset(ui.now().addSecs(-3600 * (i + 1) * 5));
        entry.intensity = intensities[i];
        entry.triggers = i == 1 ? CravingTrigger::Places | CravingTrigger::Lonely
                                : CravingTriggers(CravingTrigger::Tired);
        entry.outcome = i == 0 ? CravingOutcome::Passed : CravingOutcome::StillGoing;
        if (i == 0)
            entry.copingSkillId = QStringLiteral("call-someone");
        entry.note = longText ? QStringLiteral("After the late shift, walking past the old bar "
                                               "on Fifth where I used to go with my brother; I "
                                               "called my sponsor and went home the long way.")
                              : QStringLiteral("After work, near the old bar");
        ASSERT_TRUE(ui.session().cravingLogs()->add(entry).ok());
    }
}

std::vector<QUuid> storeDemoJournal(UiHarness& ui, bool longText) {
    struct Sample {
        int hoursAgo;
        const char* title;
        const char* body;
        std::optional<int> mood;
        QStringList tags;
    };
    const Sample samples[] = {
        {2,
         "Evening walk",
         "Walked by the river after group. The craving came at the bridge and passed by the "
         "time I reached the park.",
         7,
         {QStringLiteral("walks"), QStringLiteral("group")}},
        {20,
         "",
         "Hoy fui a la reunión con mi hermana. Me sentí tranquila y con ganas de seguir.",
         std::nullopt,
         {}},
        {50,
         "Hard morning",
         "Slept badly; called my sponsor before work.",
         3,
         {QStringLiteral("sleep")}},
    };
    std::vector<QUuid> ids;
    for (const Sample& sample : samples) {
        JournalContent content;
        content.writtenAt = withLocalOffset(ui.now().addSecs(-3600 * sample.hoursAgo));
        content.title = QString::fromUtf8(sample.title);
        content.body = QString::fromUtf8(sample.body);
        if (longText)
            content.body += QStringLiteral(" Later I sat on the steps outside and wrote down "
                                           "three things that went right today, which helped "
                                           "more than I expected it would.");
        content.mood = sample.mood;
        content.tags = sample.tags;
        auto added = ui.profile().journal().add(content);
        EXPECT_TRUE(added.ok());
        if (added)
            ids.push_back(added->id);
    }
    if (!ids.empty()) {
        auto first = ui.profile().journal().find(ids.front());
        JournalContent edited = first->content;
        edited.body += QStringLiteral(" Tomorrow: the same route.");
        EXPECT_TRUE(ui.profile().journal().update(ids.front(), edited).ok());
    }
    return ids;
}

namespace {

const QString kFormUrl = QStringLiteral("https://clinic.example/fhir/Questionnaire/urge-log");
const QString kLongDescription = QStringLiteral(
    "Urge log for the week: write down every urge, what was going on just before it, how "
    "strong it was and what you did instead, even the small ones on the way home from work");

QJsonObject urgeLog() {
    const auto option = [](const char* code, const char* words) {
        return QJsonObject{{"valueCoding", QJsonObject{{"code", code}, {"display", words}}}};
    };
    return QJsonObject{
        {"resourceType", "Questionnaire"},
        {"url", kFormUrl},
        {"version", "1"},
        {"status", "active"},
        {"title", "Urge log"},
        {"item",
         QJsonArray{
             QJsonObject{{"linkId", "strongest"},
                         {"type", "choice"},
                         {"required", true},
                         {"text", "How strong was the strongest urge?"},
                         {"answerOption", QJsonArray{option("low", "Mild"), option("mid", "Strong"),
                                                     option("high", "Very strong")}}},
             QJsonObject{
                 {"linkId", "instead"}, {"type", "text"}, {"text", "What did you do instead?"}}}}};
}

HomeworkTask task(const QString& id, const QString& due, const QString& description,
                  const QString& status = QStringLiteral("ready")) {
    HomeworkTask task;
    task.id = id;
    task.versionId = QStringLiteral("1");
    task.status = status;
    task.due = due;
    task.form = kFormUrl + QStringLiteral("|1");
    task.formVersion = QStringLiteral("1");
    task.description = description;
    task.resource = QJsonObject{{"resourceType", "Task"}, {"id", id}, {"status", status}};
    return task;
}

QJsonObject builtIn(const QString& name) {
    QFile file(QStringLiteral(":/assets/forms/%1.json").arg(name));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(name);
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

void storeDemoHomework(UiHarness& ui) {
    const ClinicAccountId account = ui.clinicAccount();
    ASSERT_TRUE(
        ui.profile().forms().keepClinicForm(account, {{kFormUrl, "1"}, "q1", "1", urgeLog()}).ok());
    ASSERT_TRUE(ui.profile()
                    .homework()
                    .replaceTasks(account,
                                  {task("late", "2026-12-02", "Thought record from group"),
                                   task("soon", "2026-12-04", "Urge log, short"),
                                   task("long", "", kLongDescription),
                                   task("finished", "2026-12-10", "Urge log, first week"),
                                   task("dropped", "2026-12-05", "Cancelled by the clinic",
                                        QStringLiteral("cancelled"))},
                                  {})
                    .ok());
    auto done = ui.profile().homework().startForTask(account, "finished", kFormUrl + "|1", {});
    ASSERT_TRUE(done.ok());
    ASSERT_TRUE(ui.profile().homework().submit(done->id, {}).ok());
    const QJsonObject phq9 = builtIn(QStringLiteral("phq-9"));
    const FormCanonical canonical{phq9["url"].toString(), phq9["version"].toString()};
    ASSERT_TRUE(ui.profile().forms().keepBuiltinForm(canonical, phq9).ok());
    ASSERT_TRUE(ui.profile().homework().startOwn(canonical.text(), {}).ok());
}

} // namespace stepstone::test
