#include "SetAsideModel.h"

#include <QLocale>

namespace stepstone {

namespace {

QString why(Outbox::Problem problem) {
    switch (problem) {
    case Outbox::Problem::Unreadable:
        return SetAsideModel::tr("It could not be read on this device.");
    case Outbox::Problem::Refused:
        return SetAsideModel::tr("Your clinic's server did not accept it.");
    case Outbox::Problem::NotSendable:
        break;
    }
    return SetAsideModel::tr("Part of it is in a form your clinic's system does not take.");
}

bool isCravingLog(const Outbox::Entry& entry) {
    return entry.recordType == QLatin1String(CravingLogStore::kRecordType);
}

} // namespace

SetAsideModel::SetAsideModel(QObject* parent)
    : ClinicListModel(100, parent) {}

QString SetAsideModel::readRows() {
    m_entries.clear();
    QString error;
    const auto account = currentAccount(&error);
    if (!account)
        return error;
    auto entries = session()->profile()->outbox().setAsideEntries(*account);
    if (!entries)
        return entries.error().message();
    m_entries = std::move(*entries);
    return std::exchange(m_problem, QString());
}

QString SetAsideModel::describe(const Outbox::Entry& entry) const {
    if (entry.recordType == QLatin1String(SharingStore::kRecordType))
        return tr("Your choice about sharing");
    if (entry.recordType == QLatin1String(SessionStore::kAnswerRecordType))
        return tr("Your answer to a session");
    if (!isCravingLog(entry))
        return tr("Something you changed");
    auto log = session()->profile()->cravings().find(QUuid::fromString(entry.recordId));
    if (!log)
        return tr("A craving log");
    // As the client lived it: the log's own UTC offset.
    return tr("Craving log of %1")
        .arg(QLocale().toString(log->entry.occurredAt, QLocale::ShortFormat));
}

QVariant SetAsideModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Outbox::SetAside& item = m_entries[std::size_t(index.row())];
    switch (role) {
    case WhatRole:
        return describe(item.entry);
    case WhyRole:
        return why(item.problem);
    case HowToFixRole:
        return isCravingLog(item.entry)
                   ? tr("Open it and save it again to try once more, or keep it on this device "
                        "only.")
                   : tr("Change it again to try once more, or keep it on this device only.");
    default:
        return {};
    }
}

QHash<int, QByteArray> SetAsideModel::roleNames() const {
    return {{WhatRole, "what"}, {WhyRole, "why"}, {HowToFixRole, "howToFix"}};
}

void SetAsideModel::keepOnDeviceOnly(int row) {
    QString error;
    const auto account = currentAccount(&error);
    if (!account || row < 0 || row >= count())
        return;
    if (auto dropped =
            session()->profile()->outbox().discard(*account, m_entries[std::size_t(row)].entry);
        !dropped)
        m_problem = dropped.error().message();
    reload();
}

} // namespace stepstone
