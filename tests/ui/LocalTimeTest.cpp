// What a client's clock shows, kept through the editor, the lists and the FHIR Observation.
// ctest runs these tests once per time zone, with TZ set (tests/ui/CMakeLists.txt); each zone
// has its own expected offsets and hours below, daylight-saving changes included.
#include "CravingEditor.h"
#include "UiHarness.h"
#include "sync/mapping/CravingObservationMapper.h"

#include <QTest>
#include <gtest/gtest.h>

using namespace stepstone;
using namespace stepstone::test;

namespace {

QDateTime utc(int year, int month, int day, int hour, int minute) {
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC);
}

// One instant and what the client in this zone must see of it, and the clinic receive.
struct LivedMoment {
    const char* what;
    QDateTime instant;
    QString effectiveDateTime;
    QTime clock;
};

struct Zone {
    std::vector<LivedMoment> moments;
    // A log lived at 21:30 on the other side of the world, and its offset there.
    QDateTime livedElsewhere;
    QString elsewhereOffset;
};

Zone zoneUnderTest() {
    const QByteArray tz = qgetenv("TZ");
    if (tz == "America/Chicago")
        return {{
                    {"summer evening", utc(2025, 7, 15, 2, 30), "2025-07-14T21:30:00.000-05:00",
                     QTime(21, 30)},
                    {"winter evening", utc(2025, 1, 15, 3, 30), "2025-01-14T21:30:00.000-06:00",
                     QTime(21, 30)},
                    {"just before spring-forward", utc(2025, 3, 9, 7, 59),
                     "2025-03-09T01:59:00.000-06:00", QTime(1, 59)},
                    {"just after spring-forward", utc(2025, 3, 9, 8, 1),
                     "2025-03-09T03:01:00.000-05:00", QTime(3, 1)},
                    {"just before fall-back", utc(2025, 11, 2, 6, 59),
                     "2025-11-02T01:59:00.000-05:00", QTime(1, 59)},
                    {"just after fall-back", utc(2025, 11, 2, 7, 1),
                     "2025-11-02T01:01:00.000-06:00", QTime(1, 1)},
                },
                QDateTime(QDate(2025, 7, 14), QTime(21, 30), Qt::OffsetFromUTC, 5 * 3600 + 1800),
                QStringLiteral("+05:30")};
    if (tz == "Asia/Kolkata")
        return {{
                    {"evening", utc(2025, 7, 14, 16, 0), "2025-07-14T21:30:00.000+05:30",
                     QTime(21, 30)},
                    {"early morning", utc(2025, 1, 14, 20, 45), "2025-01-15T02:15:00.000+05:30",
                     QTime(2, 15)},
                },
                QDateTime(QDate(2025, 7, 14), QTime(21, 30), Qt::OffsetFromUTC, -5 * 3600),
                QStringLiteral("-05:00")};
    return {};
}

QString shortTime(QTime time) {
    return QLocale().toString(time, QLocale::ShortFormat);
}

void moveClockTo(UiHarness& ui, const QDateTime& instant) {
    ui.clock().advanceSeconds(ui.now().secsTo(instant));
    ASSERT_EQ(ui.now(), instant);
}

std::optional<CravingLog> logAt(UiHarness& ui, const QDateTime& instant) {
    for (const CravingLog& log : ui.savedLogs())
        if (log.entry.occurredAt == instant)
            return log;
    return std::nullopt;
}

QString effectiveDateTimeOf(const CravingLog& log) {
    auto observation = CravingObservationMapper::toObservation(log, QStringLiteral("alex-rivera"));
    return observation ? observation->value(QLatin1String("effectiveDateTime")).toString()
                       : QString();
}

} // namespace

TEST(LocalTime, TheEditorSavesEachCravingAtTheClientsOffsetAndShowsTheirHour) {
    const Zone zone = zoneUnderTest();
    ASSERT_FALSE(zone.moments.empty()) << "run under TZ=America/Chicago or TZ=Asia/Kolkata, as "
                                          "ctest does";
    UiHarness ui(QLocale(QLocale::English), zone.moments.front().instant);
    ASSERT_EQ(ui.session().state(), ProfileSession::State::Ready);
    for (const LivedMoment& moment : zone.moments) {
        SCOPED_TRACE(moment.what);
        moveClockTo(ui, moment.instant);
        CravingEditor editor;
        editor.setSession(&ui.session());
        editor.startNew();
        // Read as QML reads it.
        EXPECT_EQ(editor.property("whenText").toString(), "Today, " + shortTime(moment.clock));
        editor.setIntensity(6);
        ASSERT_TRUE(editor.save());

        const auto saved = logAt(ui, moment.instant);
        ASSERT_TRUE(saved.has_value());
        EXPECT_EQ(effectiveDateTimeOf(*saved), moment.effectiveDateTime);
    }
}

TEST(LocalTime, TheWindowShowsTheClientsHourWhileLoggingAndInTheList) {
    const Zone zone = zoneUnderTest();
    ASSERT_FALSE(zone.moments.empty()) << "run under TZ=America/Chicago or TZ=Asia/Kolkata";
    const LivedMoment& moment = zone.moments.front();
    UiHarness ui(QLocale(QLocale::English), moment.instant.addSecs(-60));
    ASSERT_TRUE(ui.window());
    ui.resize(360, 640);
    ASSERT_TRUE(ui.waitFor(QStringLiteral("todayPage")));
    moveClockTo(ui, moment.instant);

    ui.key(Qt::Key_N, Qt::ControlModifier);
    ASSERT_TRUE(ui.waitFor(QStringLiteral("intensitySlider")));
    EXPECT_EQ(ui.textOf(QStringLiteral("cravingTime")), "Today, " + shortTime(moment.clock))
        << "the editor says when the craving is logged";
    ui.screenshot(QStringLiteral("phone-editor-local-time"));
    ui.key(Qt::Key_S, Qt::ControlModifier);
    ASSERT_TRUE(ui.waitFor(QStringLiteral("todayPage")));

    EXPECT_TRUE(ui.visibleText().contains("Today, " + shortTime(moment.clock)))
        << qPrintable(ui.visibleText());
    const auto saved = logAt(ui, moment.instant);
    ASSERT_TRUE(saved.has_value());
    EXPECT_EQ(effectiveDateTimeOf(*saved), moment.effectiveDateTime);
}

TEST(LocalTime, ALogLivedElsewhereReadsAsLivedAndKeepsItsOffsetWhenEdited) {
    const Zone zone = zoneUnderTest();
    ASSERT_FALSE(zone.moments.empty()) << "run under TZ=America/Chicago or TZ=Asia/Kolkata";
    UiHarness ui(QLocale(QLocale::English), zone.livedElsewhere.addSecs(3600));
    ASSERT_TRUE(ui.window());
    CravingEntry entry;
    entry.occurredAt = zone.livedElsewhere;
    entry.note = QStringLiteral("On the trip");
    auto added = ui.session().cravingLogs()->add(entry);
    ASSERT_TRUE(added.ok());
    ui.resize(1280, 800);

    const QString lived = shortTime(QTime(21, 30));
    const QString hereAndNow = shortTime(zone.livedElsewhere.toLocalTime().time());
    ui.goTo(UiHarness::Destination::Log);
    QQuickItem* list = ui.waitFor(QStringLiteral("allLogs"));
    ASSERT_TRUE(list);
    EXPECT_TRUE(ui.visibleText().contains(lived)) << qPrintable(ui.visibleText());
    EXPECT_FALSE(ui.visibleText().contains(hereAndNow)) << qPrintable(ui.visibleText());

    ui.tap(list, {0.5, 0.05});
    ASSERT_TRUE(ui.waitFor(QStringLiteral("deleteButton")));
    EXPECT_TRUE(ui.textOf(QStringLiteral("cravingTime")).endsWith(lived));
    ui.key(Qt::Key_Right);
    ui.key(Qt::Key_S, Qt::ControlModifier);
    ASSERT_TRUE(ui.waitFor(QStringLiteral("logPage")));

    auto edited = ui.session().cravingLogs()->find(added->id);
    ASSERT_TRUE(edited.ok());
    EXPECT_EQ(edited->entry.intensity, 6);
    EXPECT_TRUE(effectiveDateTimeOf(*edited).endsWith(zone.elsewhereOffset))
        << qPrintable(effectiveDateTimeOf(*edited));
}
