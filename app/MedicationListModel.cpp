#include "MedicationListModel.h"

#include "MedicationLabels.h"
#include "common/LocalTime.h"

namespace stepstone {

MedicationListModel::MedicationListModel(QObject* parent)
    : ProfileListModel(0, parent)
    , m_day([this] { return today(); }, std::chrono::minutes(1)) {
    connect(&m_day, &LocalDayWatch::dayChanged, this, &MedicationListModel::reload);
}

QDate MedicationListModel::today() const {
    return session() ? localNow(session()->clock()).date() : QDate();
}

QMetaObject::Connection MedicationListModel::watchStore() {
    Profile* profile = session() ? session()->profile() : nullptr;
    return profile ? connect(&profile->medications(), &MedicationStore::changed, this,
                             &MedicationListModel::reload)
                   : QMetaObject::Connection();
}

QString MedicationListModel::readRows() {
    m_medications.clear();
    m_day.read();
    Profile* profile = session() ? session()->profile() : nullptr;
    if (!profile)
        return {};
    auto live = profile->medications().live();
    if (!live)
        return live.error().message();
    m_medications = std::move(*live);
    return {};
}

QVariant MedicationListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Medication& medication = m_medications[std::size_t(index.row())];
    const MedicationEntry& entry = medication.entry;
    switch (role) {
    case MedicationIdRole:
        return medication.id.toString(QUuid::WithoutBraces);
    case NameRole:
    case Qt::DisplayRole:
        return entry.name;
    case DoseTextRole:
        return medicationLabels::dose(entry.dose);
    case ScheduleTextRole:
        return medicationLabels::schedule(entry.schedule);
    case RefillTextRole:
        return entry.refillOn ? medicationLabels::refill(*entry.refillOn, m_day.day()) : QString();
    case RefillPastRole:
        return entry.refillOn && *entry.refillOn < m_day.day();
    case PrescriberRole:
        return entry.prescriber;
    default:
        break;
    }
    return {};
}

QHash<int, QByteArray> MedicationListModel::roleNames() const {
    return {{MedicationIdRole, "medicationId"}, {NameRole, "name"},
            {DoseTextRole, "doseText"},         {ScheduleTextRole, "scheduleText"},
            {RefillTextRole, "refillText"},     {RefillPastRole, "refillPast"},
            {PrescriberRole, "prescriber"}};
}

} // namespace stepstone
