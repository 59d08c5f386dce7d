#include "SampleRecords.h"
#include "UiHarness.h"
#include "common/LocalTime.h"
#include "model/FormCanonical.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <gtest/gtest.h>

using namespace stepstone;
using namespace stepstone::test;

namespace {

// Thursday 3 December 2026, 16:30 on the device's clock.
QDateTime thursdayAfternoon() {
    return QDateTime(QDate(2026, 12, 3), QTime(16, 30)).toUTC();
}

HomeworkTask task(const QString& id, const QString& description) {
    HomeworkTask task;
    task.id = id;
    task.versionId = QStringLiteral("1");
    task.status = QStringLiteral("ready");
    task.description = description;
    task.resource = QJsonObject{{"resourceType", "Task"}, {"id", id}, {"status", "ready"}};
    return task;
}

struct Look {
    const char* name;
    QLocale locale;
    QStringList words; // what the list must say, in that language
};

QQuickItem* rowWithKey(UiHarness& ui, const QString& title) {
    for (int row = 0; row < 10; ++row)
        if (QQuickItem* item = ui.find(QStringLiteral("homework-%1").arg(row)))
            if (item->property("title").toString() == title)
                return item;
    return nullptr;
}

} // namespace

TEST(HomeworkFlow, TheListSaysWhatIsPastItsDateToDoAndDoneAtBothSizesInEnglishAndSpanish) {
    const Look looks[] = {
        {"en",
         QLocale(QLocale::English),
         {"Past its date: still welcome", "Was due yesterday", "To do", "Due tomorrow",
          "No due date", "Done today, not sent yet", "Started today", "Fill in a form on your own",
          "Patient Health Questionnaire-9 (PHQ-9)", "Thought record"}},
        {"es",
         QLocale(QLocale::Spanish, QLocale::UnitedStates),
         {"Ya pasó la fecha: aún puedes hacerla", "Era para ayer", "Por hacer", "Para mañana",
          "Sin fecha", "Hecha hoy, aún sin enviar", "Empezada hoy",
          "Llena un formulario por tu cuenta", "Cuestionario sobre la salud del paciente-9 (PHQ-9)",
          "Registro de pensamientos"}},
    };
    for (const Look& look : looks) {
        UiHarness ui(look.locale, thursdayAfternoon());
        ASSERT_TRUE(ui.window());
        storeDemoHomework(ui);
        for (const QSize size : {QSize(360, 640), QSize(1280, 800)}) {
            ui.resize(size.width(), size.height());
            const QString sizeName =
                size.width() == 360 ? QStringLiteral("phone") : QStringLiteral("desktop");
            ui.goTo(UiHarness::Destination::Today);
            ASSERT_TRUE(ui.waitFor(QStringLiteral("homeworkBlock")));
            EXPECT_TRUE(ui.find(QStringLiteral("todayHomework-0")));
            EXPECT_TRUE(ui.find(QStringLiteral("todayHomework-1")));
            EXPECT_FALSE(ui.find(QStringLiteral("todayHomework-2"))) << "two rows, then a count";
            EXPECT_TRUE(ui.find(QStringLiteral("moreHomework")));
            ui.scrollIntoView(ui.find(QStringLiteral("homeworkBlock")));
            ui.screenshot(QStringLiteral("%1-today-homework-%2").arg(sizeName, look.name));

            ui.goTo(UiHarness::Destination::Homework);
            ASSERT_TRUE(ui.waitFor(QStringLiteral("homeworkPage")));
            QTest::qWait(100);
            ui.screenshot(QStringLiteral("%1-homework-%2").arg(sizeName, look.name));
            QString seen = ui.visibleText();
            // The list scrolls on a phone: what is below comes into view.
            ui.scrollIntoView(ui.find(QStringLiteral("ownFormsHeading")));
            seen += ui.visibleText();
            for (const QString& words : look.words)
                EXPECT_TRUE(seen.contains(words)) << qPrintable(words) << " in " << look.name;
            EXPECT_TRUE(seen.contains(QStringLiteral("Thought record from group")));
            EXPECT_FALSE(seen.contains(QStringLiteral("Cancelled by the clinic")));
            EXPECT_TRUE(ui.controlsWithoutAccessibleName().isEmpty())
                << qPrintable(ui.controlsWithoutAccessibleName().join(u'\n'));
        }
        EXPECT_TRUE(ui.qmlWarnings().isEmpty()) << qPrintable(ui.qmlWarnings().join(u'\n'));
    }
}

// A Task opened starts a draft kept with each answer; back on the list it reads "Go on"; opened
// again it has the answer; sent, it is done, and opens again read-only.
TEST(HomeworkFlow, ATaskIsStartedKeptGoneOnWithAndSent) {
    UiHarness ui(QLocale(QLocale::English), thursdayAfternoon());
    ASSERT_TRUE(ui.window());
    storeDemoHomework(ui);
    ui.resize(360, 640);
    ui.goTo(UiHarness::Destination::Homework);
    ASSERT_TRUE(ui.waitFor(QStringLiteral("homeworkPage")));
    QQuickItem* soon = rowWithKey(ui, QStringLiteral("Urge log, short"));
    ASSERT_TRUE(soon);
    EXPECT_EQ(soon->property("actionText").toString(), QStringLiteral("Start"));
    ui.tap(soon);
    ASSERT_TRUE(ui.waitFor(QStringLiteral("homeworkFormPage")));
    const auto options = ui.findAll(QStringLiteral("formOption"));
    ASSERT_EQ(options.size(), 3);
    ui.tap(options[1]);
    const ClinicAccountId account = ui.clinicAccount();
    auto draft = ui.profile().homework().responseForTask(account, "soon");
    ASSERT_TRUE(draft.ok() && *draft);
    EXPECT_EQ((*draft)->status, HomeworkResponse::Status::InProgress);
    EXPECT_EQ((*draft)->response["item"][0]["answer"][0]["valueCoding"]["code"].toString(), "mid");
    EXPECT_EQ(ui.textOf(QStringLiteral("formSendButton")), QStringLiteral("Send to my therapist"));

    ui.tap(ui.find(QStringLiteral("formLaterButton")));
    ASSERT_TRUE(ui.waitFor(QStringLiteral("homeworkPage")));
    soon = rowWithKey(ui, QStringLiteral("Urge log, short"));
    ASSERT_TRUE(soon);
    EXPECT_EQ(soon->property("actionText").toString(), QStringLiteral("Go on"));
    ui.tap(soon);
    ASSERT_TRUE(ui.waitFor(QStringLiteral("homeworkFormPage")));
    QTest::qWait(100);
    ASSERT_EQ(ui.findAll(QStringLiteral("formOption")).size(), 3);
    EXPECT_TRUE(ui.findAll(QStringLiteral("formOption"))[1]->property("checked").toBool())
        << "the answer is there again";
    ui.key(Qt::Key_Return, Qt::ControlModifier);
    ASSERT_TRUE(ui.waitFor(QStringLiteral("homeworkPage")));
    draft = ui.profile().homework().responseForTask(account, "soon");
    EXPECT_EQ((*draft)->status, HomeworkResponse::Status::Completed);
    EXPECT_EQ(ui.profile().homework().task(account, "soon")->currentStatus(), "completed");

    QQuickItem* sent = rowWithKey(ui, QStringLiteral("Urge log, short"));
    ASSERT_TRUE(sent);
    EXPECT_EQ(sent->property("actionText").toString(), QStringLiteral("Read"));
    ui.tap(sent);
    ASSERT_TRUE(ui.waitFor(QStringLiteral("formFinishedNote")));
    EXPECT_FALSE(ui.find(QStringLiteral("formSendButton")));
    ui.tap(ui.findAll(QStringLiteral("formOption"))[2]);
    EXPECT_EQ((*ui.profile().homework().responseForTask(account, "soon"))
                  ->response["item"][0]["answer"][0]["valueCoding"]["code"]
                  .toString(),
              "mid")
        << "sent answers do not change";
    ui.screenshot(QStringLiteral("phone-homework-sent-read-only-en"));
    EXPECT_TRUE(ui.qmlWarnings().isEmpty()) << qPrintable(ui.qmlWarnings().join(u'\n'));
}

// A form the client starts on their own stays on the device and says so; a Task whose form has
// not come down yet says it comes with the next sync, one done on the clinic's side says so,
// and the way back is there.
TEST(HomeworkFlow, AFormOfTheirOwnAndAFormNotHereYet) {
    UiHarness ui(QLocale(QLocale::English), thursdayAfternoon());
    ASSERT_TRUE(ui.window());
    storeDemoHomework(ui);
    HomeworkTask missing = task("missing", "Values card sort");
    missing.form = QStringLiteral("https://clinic.example/fhir/Questionnaire/values|3");
    missing.formVersion.reset();
    const ClinicAccountId account = ui.clinicAccount();
    auto stored = ui.profile().homework().tasks(account);
    ASSERT_TRUE(stored.ok());
    stored->push_back(missing);
    HomeworkTask elsewhere = task("elsewhere", "Sleep diary");
    elsewhere.status = QStringLiteral("completed"); // done on the clinic's side
    stored->push_back(elsewhere);
    ASSERT_TRUE(ui.profile().homework().replaceTasks(account, *stored, {}).ok());
    ui.resize(360, 640);
    ui.goTo(UiHarness::Destination::Homework);
    ASSERT_TRUE(ui.waitFor(QStringLiteral("homeworkPage")));

    QQuickItem* values = rowWithKey(ui, QStringLiteral("Values card sort"));
    ASSERT_TRUE(values);
    ui.tap(values);
    ASSERT_TRUE(ui.waitFor(QStringLiteral("formPageProblem")));
    EXPECT_EQ(ui.textOf(QStringLiteral("formPageProblem")),
              QStringLiteral("This form is not on this device yet: it comes with the next sync."));
    EXPECT_FALSE(ui.find(QStringLiteral("formSendButton")));
    EXPECT_EQ(ui.textOf(QStringLiteral("formLaterButton")), QStringLiteral("Back"));
    ui.tap(ui.find(QStringLiteral("formLaterButton")));
    ASSERT_TRUE(ui.waitFor(QStringLiteral("homeworkPage")));
    EXPECT_FALSE(*ui.profile().homework().responseForTask(account, "missing"));

    QQuickItem* done = rowWithKey(ui, QStringLiteral("Sleep diary"));
    ASSERT_TRUE(done);
    ui.tap(done);
    ASSERT_TRUE(ui.waitFor(QStringLiteral("formPageProblem")));
    EXPECT_EQ(ui.textOf(QStringLiteral("formPageProblem")),
              QStringLiteral("This homework is done. Your clinic has the answers."));
    ui.tap(ui.find(QStringLiteral("formLaterButton")));
    ASSERT_TRUE(ui.waitFor(QStringLiteral("homeworkPage")));
    EXPECT_FALSE(*ui.profile().homework().responseForTask(account, "elsewhere"))
        << "no draft begins on homework done elsewhere";

    QQuickItem* own = ui.find(QStringLiteral("builtInForm-weekly-craving-check"));
    ASSERT_TRUE(own);
    ui.tap(own);
    ASSERT_TRUE(ui.waitFor(QStringLiteral("homeworkFormPage")));
    EXPECT_EQ(ui.textOf(QStringLiteral("formSendButton")), QStringLiteral("Mark as done"));
    ui.tap(ui.find(QStringLiteral("formLaterButton")));
    ASSERT_TRUE(ui.waitFor(QStringLiteral("homeworkPage")));
    auto ownForms = ui.profile().homework().liveResponses(std::nullopt);
    ASSERT_TRUE(ownForms.ok());
    ASSERT_EQ(ownForms->size(), 2U) << "the PHQ-9 of the seed and the craving check";
    EXPECT_FALSE(ownForms->front().account);
    EXPECT_TRUE(rowWithKey(ui, QStringLiteral("Weekly craving check")));
    EXPECT_EQ(*ui.profile().outbox().count(account), 1) << "only the seed's finished Task";
}
