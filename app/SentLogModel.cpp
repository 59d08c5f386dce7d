#include "SentLogModel.h"

#include "common/LocalTime.h"

#include <QLocale>

namespace stepstone {

namespace {

QString describe(const SentRecord& record) {
    const QLocale locale;
    switch (record.kind) {
    case SentRecord::Kind::CravingLog:
        // As the client lived it: the craving's own UTC offset, wherever they are now.
        return SentLogModel::tr("Craving log of %1")
            .arg(locale.toString(asLived(record.recordTime), QLocale::ShortFormat));
    case SentRecord::Kind::CravingLogDeleted:
        return SentLogModel::tr("A craving log you deleted");
    case SentRecord::Kind::SharingChoice:
        return SentLogModel::tr("Your choice about sharing");
    case SentRecord::Kind::SessionAnswer:
        return SentLogModel::tr("Your answer to a session");
    }
    return {};
}

} // namespace

SentLogModel::SentLogModel(QObject* parent)
    : ClinicListModel(50, parent) {}

QString SentLogModel::readRows() {
    m_sent.clear();
    QString error;
    const auto account = currentAccount(&error);
    if (!account)
        return error;
    auto sent = session()->profile()->sentLog().recentlySent(*account, limit());
    if (!sent)
        return sent.error().message();
    m_sent = std::move(*sent);
    return {};
}

QVariant SentLogModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const SentRecord& record = m_sent[std::size_t(index.row())];
    switch (role) {
    case WhatRole:
        return describe(record);
    case WhenRole:
        return QLocale().toString(record.sentAt.toLocalTime(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QHash<int, QByteArray> SentLogModel::roleNames() const {
    return {{WhatRole, "what"}, {WhenRole, "when"}};
}

} // namespace stepstone
