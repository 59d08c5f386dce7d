// scripts/bench today: what the Today page reads when it opens, on a profile a year into
// treatment (tests/support/YearOfData), beside a baseline measured in the same run:
//  - today-load: the store calls the page's blocks make (the next session that still happens,
//    today's doses, today's check-in, the days since the latest lapse, the latest cravings, the
//    next meeting, the client's preferences) vs the same queries stepped through the raw SQLCipher
//    C API, reading the same columns, on a connection set up the same way.
// STEPSTONE_BENCH_TODAY_DAYS sets a shorter history (the smoke run in the tests uses one).
#include "Comparison.h"
#include "RawConnection.h"
#include "YearOfData.h"
#include "model/DoseDay.h"
#include "schedule/NextMeeting.h"
#include "store/DoseLogStore.h"
#include "store/Schema.h"

#include <QTemporaryDir>

using namespace stepstone;
using namespace stepstone::bench;

namespace {

int historyDays() {
    bool ok = false;
    const int days = qEnvironmentVariableIntValue("STEPSTONE_BENCH_TODAY_DAYS", &ok);
    return ok && days > 0 ? days : 365;
}

// One profile for the whole run, written once through the stores.
struct YearProfile {
    QTemporaryDir dir;
    DatabaseKey key = DatabaseKey::generate();
    const QDateTime now = QDateTime(QDate(2026, 12, 4), QTime(9, 30)).toUTC();
    platform::FixedClock clock{now};
    std::unique_ptr<Profile> profile;
    ClinicAccountId account;

    QString path() const { return dir.filePath(QStringLiteral("t.db")); }

    YearProfile() {
        auto db = Database::open(path(), key, Database::Mode::CreateIfMissing, schemaMigrations());
        profile = std::make_unique<Profile>(std::move(db.value()), clock);
        account = profile->accounts()
                      .use(QUrl(QStringLiteral("https://clinic.example/fhir")),
                           QStringLiteral("alex-rivera"), ClinicAccounts::EarlierState::LetGo)
                      .value()
                      .id;
        test::fillYearOfData(*profile, clock, account, now, historyDays());
    }
};

YearProfile& year() {
    static YearProfile profile;
    return profile;
}

constexpr int kCravingsShown = 2;

void LoadThroughStores(benchmark::State& state) {
    YearProfile& y = year();
    Profile& p = *y.profile;
    for (auto _ : state) {
        benchmark::DoNotOptimize(
            p.sessions().upcoming(y.account, y.now, 1, SessionStore::Cancelled::Leave).value());
        auto today = p.checkIns().today();
        benchmark::DoNotOptimize(today.ok());
        benchmark::DoNotOptimize(p.preferences().checkInTime().value());
        benchmark::DoNotOptimize(p.lapses().days().value());
        benchmark::DoNotOptimize(p.preferences().lapseCounterHidden().value());
        benchmark::DoNotOptimize(p.cravings().recent(kCravingsShown).value());
        benchmark::DoNotOptimize(p.doses().doses(y.now.toLocalTime().date()).value());
        benchmark::DoNotOptimize(nextMeeting(p.meetings().list().value(), y.now));
    }
}

// The stores' statements, as they run them.
constexpr char kUpcoming[] =
    "SELECT id, version_id, kind, status, title, start_at, end_at, place, location_id, "
    "video_link, comment, answer, answer_pending, video_link_withheld FROM clinic_session "
    "WHERE account_id = ?1 AND end_at > ?2 AND status != 'cancelled' ORDER BY start_at LIMIT ?3";
constexpr char kCheckInToday[] =
    "SELECT id, day, mood, craving, sleep_minutes, used_today, note, answered_at, "
    "answered_offset_s, created_at, created_offset_s FROM check_in WHERE day = ?1 AND "
    "deleted_at IS NULL";
constexpr char kPreference[] = "SELECT value FROM preference WHERE name = ?1";
constexpr char kLapseMoments[] =
    "SELECT occurred_at, occurred_offset_s FROM lapse WHERE deleted_at IS NULL";
constexpr char kRecentCravings[] =
    "SELECT l.id, l.occurred_at, l.intensity, l.note, l.coping_skill, l.outcome, l.created_at, "
    "l.updated_at, l.deleted_at, (SELECT group_concat(t.trigger) FROM craving_log_trigger t "
    "WHERE t.log_id = l.id), l.occurred_offset_s FROM craving_log l WHERE l.deleted_at IS NULL "
    "ORDER BY l.occurred_at DESC LIMIT ?1";

constexpr char kLiveMedications[] =
    "SELECT id, name, dose_value, dose_unit, schedule_kind, times_of_day, clinic_days, refill_on, "
    "prescriber, rxnorm_code, clinic_request_id, created_at, created_offset_s, updated_at, "
    "updated_offset_s FROM medication WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE, "
    "created_at";
constexpr char kMeetings[] =
    "SELECT id, name, kind, weekday, time_of_day, place, link, note, created_at, "
    "created_offset_s, updated_at, updated_offset_s FROM meeting WHERE deleted_at IS NULL "
    "ORDER BY weekday, time_of_day, name, id";

int stepAll(sqlite3_stmt* statement, int columns) {
    int rows = 0;
    while (sqlite3_step(statement) == SQLITE_ROW) {
        for (int column = 0; column < columns; ++column)
            benchmark::DoNotOptimize(sqlite3_column_text(statement, column));
        ++rows;
    }
    sqlite3_reset(statement);
    return rows;
}

void LoadThroughCApi(benchmark::State& state) {
    YearProfile& y = year();
    RawConnection raw(y.path(), y.key);
    sqlite3_stmt* upcoming = raw.prepare(kUpcoming);
    sqlite3_stmt* checkIn = raw.prepare(kCheckInToday);
    sqlite3_stmt* preference = raw.prepare(kPreference);
    sqlite3_stmt* lapses = raw.prepare(kLapseMoments);
    sqlite3_stmt* cravings = raw.prepare(kRecentCravings);
    sqlite3_stmt* medications = raw.prepare(kLiveMedications);
    sqlite3_stmt* marks = raw.prepare(DoseLogStore::kSelectDueBetween);
    sqlite3_stmt* meetings = raw.prepare(kMeetings);
    const DoseWindow window = doseWindowOf(y.now.toLocalTime().date());
    const QByteArray today = y.now.toLocalTime().date().toString(Qt::ISODate).toUtf8();
    int rows = 0;
    for (auto _ : state) {
        sqlite3_bind_int64(upcoming, 1, y.account.value);
        sqlite3_bind_int64(upcoming, 2, y.now.toMSecsSinceEpoch());
        sqlite3_bind_int(upcoming, 3, 1);
        rows = stepAll(upcoming, 14);
        bindText(checkIn, 1, today);
        stepAll(checkIn, 11);
        for (const char* name : {"check-in-minute-of-day", "lapse-counter-hidden"}) {
            bindText(preference, 1, QByteArray(name));
            stepAll(preference, 1);
        }
        stepAll(lapses, 2);
        sqlite3_bind_int(cravings, 1, kCravingsShown);
        stepAll(cravings, 11);
        stepAll(medications, 15);
        sqlite3_bind_int64(marks, 1, window.from.toMSecsSinceEpoch());
        sqlite3_bind_int64(marks, 2, window.to.toMSecsSinceEpoch());
        stepAll(marks, 10);
        stepAll(meetings, 12);
    }
    if (rows == 0)
        state.SkipWithError("no session was read");
}

const ComparisonList kComparisons{{
    {"today-load", LoadThroughStores, LoadThroughCApi},
}};

} // namespace
