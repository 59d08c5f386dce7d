#include "DosesTodayModel.h"

#include "ClockText.h"
#include "MedicationLabels.h"
#include "common/LocalTime.h"

#include <algorithm>

namespace stepstone {

namespace {

QString stateCode(DoseState state) {
    switch (state) {
    case DoseState::Due:
        return QStringLiteral("due");
    case DoseState::Taken:
        return QStringLiteral("taken");
    case DoseState::Skipped:
        return QStringLiteral("skipped");
    case DoseState::Missed:
        break;
    }
    return QStringLiteral("missed");
}

bool sameDoses(const std::vector<DoseSlot>& a, const std::vector<DoseSlot>& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](const DoseSlot& x, const DoseSlot& y) {
                          return x.medicationId == y.medicationId && x.dueAt == y.dueAt &&
                                 x.medicationName == y.medicationName && x.dose == y.dose;
                      });
}

} // namespace

DosesTodayModel::DosesTodayModel(QObject* parent)
    : ProfileListModel(0, parent) {
    // Doses become "not marked" as time passes, and a new day brings its own.
    m_minuteTimer.setInterval(60 * 1000);
    connect(&m_minuteTimer, &QTimer::timeout, this, &DosesTodayModel::refresh);
    m_minuteTimer.start();
}

QMetaObject::Connection DosesTodayModel::watchStore() {
    disconnect(m_medicationsConnection);
    Profile* profile = session() ? session()->profile() : nullptr;
    if (!profile)
        return {};
    m_medicationsConnection = connect(&profile->medications(), &MedicationStore::changed, this,
                                      &DosesTodayModel::refresh);
    return connect(&profile->doses(), &DoseLogStore::changed, this, &DosesTodayModel::refresh);
}

Result<std::vector<DoseSlot>, StoreError> DosesTodayModel::readToday() const {
    Profile* profile = session() ? session()->profile() : nullptr;
    if (!profile)
        return std::vector<DoseSlot>();
    return profile->doses().doses(localNow(session()->clock()).date());
}

QString DosesTodayModel::readRows() {
    m_slots.clear();
    m_day = session() ? localNow(session()->clock()).date() : QDate();
    auto today = readToday();
    if (today)
        m_slots = std::move(*today);
    Q_EMIT dosesChanged();
    return today ? QString() : today.error().message();
}

void DosesTodayModel::refresh() {
    const QDate day = session() ? localNow(session()->clock()).date() : QDate();
    auto today = readToday();
    if (!today || day != m_day || !sameDoses(*today, m_slots)) {
        reload();
        return;
    }
    m_slots = std::move(*today);
    if (!m_slots.empty())
        Q_EMIT dataChanged(index(0), index(count() - 1));
    Q_EMIT dosesChanged();
}

int DosesTodayModel::dueCount() const {
    return int(std::count_if(m_slots.begin(), m_slots.end(),
                             [](const DoseSlot& slot) { return slot.state == DoseState::Due; }));
}

QVariant DosesTodayModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const DoseSlot& slot = m_slots[std::size_t(index.row())];
    switch (role) {
    case MedicationIdRole:
        return slot.medicationId.toString(QUuid::WithoutBraces);
    case NameRole:
    case Qt::DisplayRole:
        return slot.medicationName;
    case DoseTextRole:
        return medicationLabels::dose(slot.dose);
    case TimeTextRole:
        return clockText(slot.dueAt.time());
    case StateRole:
        return stateCode(slot.state);
    case StateTextRole:
        return medicationLabels::doseState(slot.state);
    case ReasonRole:
        return slot.mark ? slot.mark->mark.reason : QString();
    case MarkedRole:
        return slot.mark.has_value();
    default:
        break;
    }
    return {};
}

QHash<int, QByteArray> DosesTodayModel::roleNames() const {
    return {{MedicationIdRole, "medicationId"},
            {NameRole, "name"},
            {DoseTextRole, "doseText"},
            {TimeTextRole, "timeText"},
            {StateRole, "state"},
            {StateTextRole, "stateText"},
            {ReasonRole, "reason"},
            {MarkedRole, "marked"}};
}

bool DosesTodayModel::markTaken(int row) {
    return markRow(row, DoseOutcome::Taken, {});
}

bool DosesTodayModel::markSkipped(int row, const QString& reason) {
    return markRow(row, DoseOutcome::Skipped, reason);
}

bool DosesTodayModel::markRow(int row, DoseOutcome outcome, const QString& reason) {
    Profile* profile = session() ? session()->profile() : nullptr;
    if (!profile || row < 0 || row >= count())
        return false;
    if (reason.size() > DoseMark::kMaxReasonLength) {
        setActionErrorText(tr("The reason is too long: keep it under %n characters.", nullptr,
                              DoseMark::kMaxReasonLength));
        return false;
    }
    const DoseSlot& slot = m_slots[std::size_t(row)];
    QString oneLine = reason;
    oneLine.replace(u'\n', u' ');
    auto marked = profile->doses().mark({slot.medicationId, slot.dueAt, outcome, oneLine});
    if (!marked) {
        setActionErrorText(marked.error().message());
        return false;
    }
    setActionErrorText({});
    return true;
}

bool DosesTodayModel::undo(int row) {
    Profile* profile = session() ? session()->profile() : nullptr;
    if (!profile || row < 0 || row >= count() || !m_slots[std::size_t(row)].mark)
        return false;
    auto undone = profile->doses().undo(m_slots[std::size_t(row)].mark->id);
    if (!undone) {
        setActionErrorText(undone.error().message());
        return false;
    }
    setActionErrorText({});
    return true;
}

void DosesTodayModel::setActionErrorText(const QString& text) {
    if (m_actionErrorText == text)
        return;
    m_actionErrorText = text;
    Q_EMIT actionErrorTextChanged();
}

} // namespace stepstone
