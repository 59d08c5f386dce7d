#include "store/ReminderStore.h"

#include "schedule/ReminderPlanner.h"
#include "store/PreferenceRow.h"
#include "store/StoredMoment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace stepstone {

namespace {

constexpr char kSettingsName[] = "reminder-settings";
constexpr char kSinceName[] = "reminders-since";
constexpr char kSelectHandled[] = "SELECT key FROM reminder_handled";
constexpr char kInsertHandled[] =
    "INSERT OR REPLACE INTO reminder_handled (key, fire_at) VALUES (?1, ?2)";
constexpr char kForgetHandled[] = "DELETE FROM reminder_handled WHERE fire_at < ?1";
constexpr char kForgetSnoozes[] = "DELETE FROM reminder_snooze WHERE until < ?1";
constexpr char kSelectSnoozes[] =
    "SELECT key, kind, subject_id, detail, fire_at, fire_offset_s, event_at, event_offset_s, "
    "relevant_until, until FROM reminder_snooze ORDER BY until, key";
constexpr char kWriteSnooze[] =
    "INSERT OR REPLACE INTO reminder_snooze (key, kind, subject_id, detail, fire_at, "
    "fire_offset_s, event_at, event_offset_s, relevant_until, until) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)";

constexpr int kMinutesADay = 24 * 60;
// Handled keys are kept a day longer than a catch-up looks back, so none is delivered twice.
constexpr qint64 kKeepHandledMs =
    std::chrono::milliseconds(ReminderPlanner::kCatchUpDays + std::chrono::days(1)).count();

int minuteOf(const QTime& time) {
    return time.hour() * 60 + time.minute();
}

std::optional<QTime> timeOf(const QJsonValue& value) {
    const int minute = value.toInt(-1);
    if (minute < 0 || minute >= kMinutesADay)
        return std::nullopt;
    return QTime(minute / 60, minute % 60);
}

QByteArray settingsJson(const ReminderSettings& settings) {
    QJsonArray leads;
    for (int lead : settings.sessionLeadMinutes)
        leads.append(lead);
    QJsonObject json{
        {QStringLiteral("sessions"), settings.sessionsOn},
        {QStringLiteral("sessionLeads"), leads},
        {QStringLiteral("doses"), settings.dosesOn},
        {QStringLiteral("checkIn"), settings.checkInOn},
        {QStringLiteral("homework"), settings.homeworkOn},
        {QStringLiteral("homeworkMinute"), minuteOf(settings.homeworkTime)},
        {QStringLiteral("detailed"), settings.detailed},
        {QStringLiteral("keepRunning"), settings.keepRunning},
    };
    if (settings.quietHours) {
        json.insert(QStringLiteral("quietFrom"), minuteOf(settings.quietHours->from));
        json.insert(QStringLiteral("quietUntil"), minuteOf(settings.quietHours->until));
    }
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

// What a later version wrote and this one does not know falls back to the default.
ReminderSettings settingsFrom(const QByteArray& text) {
    ReminderSettings settings;
    const QJsonObject json = QJsonDocument::fromJson(text).object();
    settings.sessionsOn = json.value(QStringLiteral("sessions")).toBool(settings.sessionsOn);
    if (json.contains(QStringLiteral("sessionLeads"))) {
        settings.sessionLeadMinutes.clear();
        for (const auto& lead : json.value(QStringLiteral("sessionLeads")).toArray()) {
            const int minutes = lead.toInt(-1);
            if (minutes >= 0 && minutes <= ReminderSettings::kMaxLeadMinutes &&
                int(settings.sessionLeadMinutes.size()) < ReminderSettings::kMaxSessionLeads)
                settings.sessionLeadMinutes.push_back(minutes);
        }
    }
    settings.dosesOn = json.value(QStringLiteral("doses")).toBool(settings.dosesOn);
    settings.checkInOn = json.value(QStringLiteral("checkIn")).toBool(settings.checkInOn);
    settings.homeworkOn = json.value(QStringLiteral("homework")).toBool(settings.homeworkOn);
    settings.homeworkTime =
        timeOf(json.value(QStringLiteral("homeworkMinute"))).value_or(settings.homeworkTime);
    const auto quietFrom = timeOf(json.value(QStringLiteral("quietFrom")));
    const auto quietUntil = timeOf(json.value(QStringLiteral("quietUntil")));
    if (quietFrom && quietUntil)
        settings.quietHours = QuietHours{*quietFrom, *quietUntil};
    settings.detailed = json.value(QStringLiteral("detailed")).toBool(settings.detailed);
    settings.keepRunning = json.value(QStringLiteral("keepRunning")).toBool(settings.keepRunning);
    return settings;
}

} // namespace

ReminderStore::ReminderStore(Database& db, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock) {}

Result<ReminderSettings, StoreError> ReminderStore::settings() const {
    auto text = readPreferenceText(m_db, kSettingsName);
    if (!text)
        return fail(text.error());
    return settingsFrom(text->value_or(QString()).toUtf8());
}

Result<void, StoreError> ReminderStore::setSettings(const ReminderSettings& settings) {
    if (settings.sessionLeadMinutes.size() > size_t(ReminderSettings::kMaxSessionLeads))
        return fail(StoreError{StoreErrorKind::InvalidInput, QStringLiteral("too many leads")});
    if (auto written =
            writePreference(m_db, kSettingsName, QString::fromUtf8(settingsJson(settings)));
        !written)
        return written;
    Q_EMIT changed();
    return {};
}

Result<QDateTime, StoreError> ReminderStore::since() {
    auto kept = readPreferenceNumber(m_db, kSinceName);
    if (!kept)
        return fail(kept.error());
    if (*kept)
        return QDateTime::fromMSecsSinceEpoch(**kept, Qt::UTC);
    const QDateTime now = m_clock.now();
    if (auto written = writePreference(m_db, kSinceName, millis(now)); !written)
        return fail(written.error());
    return now;
}

Result<std::set<QString>, StoreError> ReminderStore::handledKeys() const {
    auto select = m_db.prepared(kSelectHandled);
    if (!select)
        return fail(select.error());
    std::set<QString> keys;
    auto read = (*select)->forEachRow([&](Statement& row) { keys.insert(row.text(0)); });
    if (!read)
        return fail(read.error());
    return keys;
}

Result<void, StoreError> ReminderStore::recordHandled(const std::vector<Reminder>& reminders) {
    return inTransaction(m_db, [&]() -> Result<void, StoreError> {
        auto insert = m_db.prepared(kInsertHandled);
        if (!insert)
            return fail(insert.error());
        for (const Reminder& reminder : reminders) {
            auto ran = (*insert)->bind(1, reminder.key).bind(2, millis(reminder.fireAt)).run();
            if (!ran)
                return ran;
        }
        return forgetOld();
    });
}

Result<void, StoreError> ReminderStore::forgetOld() {
    const qint64 now = millis(m_clock.now());
    auto handled = m_db.prepared(kForgetHandled);
    if (!handled)
        return fail(handled.error());
    if (auto ran = (*handled)->bind(1, now - kKeepHandledMs).run(); !ran)
        return ran;
    auto snoozes = m_db.prepared(kForgetSnoozes);
    if (!snoozes)
        return fail(snoozes.error());
    return (*snoozes)->bind(1, now - kKeepHandledMs).run();
}

Result<std::vector<SnoozedReminder>, StoreError> ReminderStore::snoozed() const {
    auto select = m_db.prepared(kSelectSnoozes);
    if (!select)
        return fail(select.error());
    std::vector<SnoozedReminder> snoozed;
    auto read = (*select)->forEachRow([&](Statement& row) {
        const auto kind = reminderKindFromCode(row.text(1));
        if (!kind)
            return; // of a later version: not this one's to deliver
        SnoozedReminder entry;
        entry.reminder.key = row.text(0);
        entry.reminder.kind = *kind;
        entry.reminder.subjectId = row.text(2);
        entry.reminder.detail = row.text(3);
        entry.reminder.fireAt = storedMoment(row.integer(4), int(row.integer(5)));
        entry.reminder.eventAt = storedMoment(row.integer(6), int(row.integer(7)));
        entry.reminder.relevantUntil = QDateTime::fromMSecsSinceEpoch(row.integer(8), Qt::UTC);
        entry.until = QDateTime::fromMSecsSinceEpoch(row.integer(9), Qt::UTC);
        snoozed.push_back(std::move(entry));
    });
    if (!read)
        return fail(read.error());
    return snoozed;
}

Result<void, StoreError> ReminderStore::snooze(const Reminder& reminder, const QDateTime& until) {
    auto write = m_db.prepared(kWriteSnooze);
    if (!write)
        return fail(write.error());
    auto ran = (*write)
                   ->bind(1, reminder.key)
                   .bind(2, codeFor(reminder.kind))
                   .bind(3, reminder.subjectId)
                   .bind(4, reminder.detail)
                   .bind(5, millis(reminder.fireAt))
                   .bind(6, offsetToKeep(reminder.fireAt))
                   .bind(7, millis(reminder.eventAt))
                   .bind(8, offsetToKeep(reminder.eventAt))
                   .bind(9, millis(reminder.relevantUntil))
                   .bind(10, millis(until))
                   .run();
    if (!ran)
        return ran;
    Q_EMIT changed();
    return {};
}

} // namespace stepstone
