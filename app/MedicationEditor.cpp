#include "MedicationEditor.h"

#include "MedicationLabels.h"
#include "common/LocalTime.h"

#include <QLocale>
#include <QVariantMap>
#include <algorithm>

namespace stepstone {

MedicationEditor::MedicationEditor(QObject* parent)
    : QObject(parent) {
    reread();
}

void MedicationEditor::setSession(ProfileSession* session) {
    if (m_session == session)
        return;
    m_session = session;
    Q_EMIT sessionChanged();
    reread();
}

void MedicationEditor::setKind(const QString& code) {
    const auto kind = scheduleKindFromCode(code);
    if (!kind || *kind == m_input.kind)
        return;
    m_input.kind = *kind;
    Q_EMIT inputChanged();
    reread();
}

QVariantList MedicationEditor::clinicDays() const {
    QVariantList days;
    for (Qt::DayOfWeek day : m_input.clinicDays)
        days << int(day);
    return days;
}

void MedicationEditor::toggleClinicDay(int isoWeekday) {
    if (isoWeekday < Qt::Monday || isoWeekday > Qt::Sunday)
        return;
    auto& days = m_input.clinicDays;
    const auto day = Qt::DayOfWeek(isoWeekday);
    const auto found = std::find(days.begin(), days.end(), day);
    if (found != days.end())
        days.erase(found);
    else
        days.insert(std::upper_bound(days.begin(), days.end(), day), day);
    Q_EMIT inputChanged();
    reread();
}

QString MedicationEditor::refillNotice() const {
    return m_reading.refillPast ? medicationLabels::refillPastNotice() : QString();
}

QVariantList MedicationEditor::kindChoices() const {
    QVariantList choices;
    for (ScheduleKind kind :
         {ScheduleKind::Daily, ScheduleKind::ClinicDays, ScheduleKind::AsNeeded})
        choices << QVariantMap{{QStringLiteral("code"), codeFor(kind)},
                               {QStringLiteral("label"), medicationLabels::scheduleKind(kind)}};
    return choices;
}

QVariantList MedicationEditor::weekdayChoices() const {
    QVariantList choices;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        choices << QVariantMap{
            {QStringLiteral("day"), day},
            {QStringLiteral("label"), medicationLabels::weekday(Qt::DayOfWeek(day))},
            {QStringLiteral("name"), QLocale().dayName(day, QLocale::LongFormat)}};
    return choices;
}

void MedicationEditor::startNew() {
    setInput({}, MedicationInput{});
}

bool MedicationEditor::load(const QString& medicationId) {
    Profile* profile = m_session ? m_session->profile() : nullptr;
    if (!profile)
        return false;
    auto medication = profile->medications().find(QUuid::fromString(medicationId));
    if (!medication) {
        setErrorText(medication.error().message());
        return false;
    }
    setInput(medication->id, inputFrom(medication->entry));
    return true;
}

bool MedicationEditor::save() {
    Profile* profile = m_session ? m_session->profile() : nullptr;
    if (!profile)
        return false;
    m_saveTried = true;
    reread();
    if (!m_reading.entry)
        return false;
    auto written = editing() ? profile->medications().update(m_id, *m_reading.entry)
                             : profile->medications().add(*m_reading.entry);
    if (!written) {
        setErrorText(written.error().message());
        return false;
    }
    setInput(written->id, inputFrom(written->entry));
    Q_EMIT saved();
    return true;
}

void MedicationEditor::edit(QString MedicationInput::*field, const QString& value) {
    if (m_input.*field == value)
        return;
    m_input.*field = value;
    Q_EMIT inputChanged();
    reread();
}

void MedicationEditor::setInput(const QUuid& id, const MedicationInput& input) {
    m_id = id;
    m_input = input;
    m_saveTried = false;
    setErrorText({});
    Q_EMIT loaded();
    Q_EMIT inputChanged();
    reread();
}

void MedicationEditor::reread() {
    m_reading = readMedication(m_input, today());
    Q_EMIT problemsChanged();
}

QString MedicationEditor::shownProblem(MedicationField field) const {
    const auto problem = m_saveTried ? m_reading.problemWith(field) : std::nullopt;
    return problem ? medicationLabels::problem(*problem) : QString();
}

QDate MedicationEditor::today() const {
    return m_session ? localNow(m_session->clock()).date() : QDate::currentDate();
}

void MedicationEditor::setErrorText(const QString& text) {
    if (m_errorText == text)
        return;
    m_errorText = text;
    Q_EMIT errorTextChanged();
}

} // namespace stepstone
