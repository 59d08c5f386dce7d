#include "LapseHistory.h"

#include "common/LocalTime.h"

#include <QLocale>

namespace stepstone {

namespace {

QString dayName(const QDate& day, const QDate& today) {
    const qint64 ago = day.daysTo(today);
    if (ago == 0)
        return LapseHistory::tr("Today");
    if (ago == 1)
        return LapseHistory::tr("Yesterday");
    return QLocale().toString(day, QStringLiteral("dddd d MMMM"));
}

} // namespace

LapseHistory::LapseHistory(ProfileSession& session, std::chrono::milliseconds recheckEvery,
                           QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_day([this] { return localNow(m_session.clock()).date(); }, recheckEvery) {
    connect(&m_session, &ProfileSession::stateChanged, this, &LapseHistory::watchStores);
    connect(&m_day, &LocalDayWatch::dayChanged, this, &LapseHistory::reload);
    watchStores();
}

void LapseHistory::watchStores() {
    Profile* profile = m_session.profile();
    if (profile && !m_watching) {
        m_watching = true;
        connect(&profile->lapses(), &LapseStore::changed, this, &LapseHistory::reload);
        connect(&profile->preferences(), &Preferences::changed, this, &LapseHistory::reload);
        connect(&profile->plan(), &PlanStore::changed, this, &LapseHistory::reload);
    }
    reload();
}

void LapseHistory::recheck() {
    m_day.recheck();
}

void LapseHistory::reload() {
    m_day.read();
    m_lapses.clear();
    m_days = {};
    m_afterLapse.clear();
    if (Profile* profile = m_session.profile()) {
        QString problem;
        if (auto lapses = profile->lapses().recent(kShown))
            m_lapses = std::move(*lapses);
        else
            problem = lapses.error().message();
        if (auto days = profile->lapses().days())
            m_days = *days;
        else
            problem = days.error().message();
        if (auto hidden = profile->preferences().lapseCounterHidden())
            m_counterHidden = *hidden;
        if (auto plan = profile->plan().plan())
            for (const PlanEntry& entry :
                 plan->section(QString::fromLatin1(planSections::kAfterLapse)))
                m_afterLapse << entry.text;
        setErrorText(problem);
    }
    Q_EMIT changed();
}

void LapseHistory::setCounterHidden(bool hidden) {
    Profile* profile = m_session.profile();
    if (!profile || hidden == m_counterHidden)
        return;
    if (auto set = profile->preferences().setLapseCounterHidden(hidden); !set)
        setErrorText(set.error().message());
}

QString LapseHistory::sinceText() const {
    if (!m_days.sinceLatest)
        return tr("No lapse recorded.");
    if (*m_days.sinceLatest == 0)
        return tr("Your latest lapse was today.");
    // One day or several: the words differ in every language the app ships.
    return *m_days.sinceLatest == 1
               ? tr("1 day since your latest lapse.")
               : tr("%1 days since your latest lapse.").arg(*m_days.sinceLatest);
}

QString LapseHistory::longestText() const {
    if (!m_days.longestStretch || *m_days.longestStretch == 0)
        return {};
    return *m_days.longestStretch == 1
               ? tr("Your longest stretch: 1 day.")
               : tr("Your longest stretch: %1 days.").arg(*m_days.longestStretch);
}

QVariantList LapseHistory::recent() const {
    const QDate today = localNow(m_session.clock()).date();
    QVariantList rows;
    for (const Lapse& lapse : m_lapses) {
        const QDate day = lapse.entry.occurredAt.date();
        rows << QVariantMap{{QStringLiteral("lapseId"), lapse.id.toString(QUuid::WithoutBraces)},
                            {QStringLiteral("dayText"), dayName(day, today)},
                            {QStringLiteral("daysAgo"), int(day.daysTo(today))},
                            {QStringLiteral("whatHappened"), lapse.entry.whatHappened},
                            {QStringLiteral("nextTime"), lapse.entry.nextTime}};
    }
    return rows;
}

QStringList LapseHistory::dayChoices() const {
    const QDate today = localNow(m_session.clock()).date();
    QStringList days;
    for (int ago = 0; ago < kDaysToChooseFrom; ++ago)
        days << dayName(today.addDays(-ago), today);
    return days;
}

QDateTime LapseHistory::occurredAt(int daysAgo) const {
    QDateTime now = localNow(m_session.clock());
    if (daysAgo <= 0)
        return now;
    return withLocalOffset(QDateTime(now.date().addDays(-daysAgo), now.time()));
}

bool LapseHistory::check(const LapseEntry& entry) {
    if (entry.isValid())
        return true;
    setErrorText(tr("Each answer can be at most %1 characters.").arg(LapseEntry::kMaxTextLength));
    return false;
}

bool LapseHistory::record(int daysAgo, const QString& whatHappened, const QString& nextTime) {
    Profile* profile = m_session.profile();
    if (!profile || daysAgo < 0 || daysAgo >= kDaysToChooseFrom)
        return false;
    const LapseEntry entry{occurredAt(daysAgo), whatHappened.trimmed(), nextTime.trimmed()};
    if (!check(entry))
        return false;
    auto added = profile->lapses().add(entry);
    if (!added) {
        setErrorText(added.error().message());
        return false;
    }
    setErrorText({});
    return true;
}

bool LapseHistory::change(const QString& lapseId, int daysAgo, const QString& whatHappened,
                          const QString& nextTime) {
    Profile* profile = m_session.profile();
    const QUuid id = QUuid::fromString(lapseId);
    if (!profile || id.isNull())
        return false;
    auto lapse = profile->lapses().find(id);
    if (!lapse) {
        setErrorText(lapse.error().message());
        return false;
    }
    LapseEntry entry = lapse->entry;
    entry.whatHappened = whatHappened.trimmed();
    entry.nextTime = nextTime.trimmed();
    // The day moves only when the client chose another one.
    const QDate today = localNow(m_session.clock()).date();
    if (daysAgo >= 0 && daysAgo < kDaysToChooseFrom &&
        entry.occurredAt.date().daysTo(today) != daysAgo)
        entry.occurredAt = occurredAt(daysAgo);
    if (!check(entry))
        return false;
    auto changed = profile->lapses().update(id, entry);
    if (!changed) {
        setErrorText(changed.error().message());
        return false;
    }
    setErrorText({});
    return true;
}

void LapseHistory::setErrorText(const QString& text) {
    if (m_errorText == text)
        return;
    m_errorText = text;
    Q_EMIT errorTextChanged();
}

} // namespace stepstone
