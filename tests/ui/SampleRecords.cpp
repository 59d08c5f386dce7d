#include "SampleRecords.h"

#include "common/LocalTime.h"

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

} // namespace stepstone::test
