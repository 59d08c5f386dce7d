#include "CrisisLineList.h"

#include <QVariantMap>

namespace stepstone {

namespace {

QString kindName(CrisisContact::Kind kind) {
    switch (kind) {
    case CrisisContact::Kind::Call:
        return QStringLiteral("call");
    case CrisisContact::Kind::Text:
        return QStringLiteral("text");
    case CrisisContact::Kind::Chat:
        return QStringLiteral("chat");
    }
    return {};
}

// What the contact's button says and what a screen reader reads for it.
QString actionText(const CrisisContact& contact) {
    switch (contact.kind) {
    case CrisisContact::Kind::Call:
        return CrisisLineList::tr("Call %1").arg(contact.address);
    case CrisisContact::Kind::Text:
        return contact.message.isEmpty()
                   ? CrisisLineList::tr("Text %1").arg(contact.address)
                   : CrisisLineList::tr("Text %1 to %2").arg(contact.message, contact.address);
    case CrisisContact::Kind::Chat:
        return CrisisLineList::tr("Chat online");
    }
    return {};
}

} // namespace

CrisisLineList::CrisisLineList(CrisisLineChoice choice, QObject* parent)
    : QAbstractListModel(parent)
    , m_choice(std::move(choice)) {}

int CrisisLineList::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_choice.lines.lines().size());
}

QVariant CrisisLineList::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const CrisisLine& line = m_choice.lines.lines()[size_t(index.row())];
    switch (role) {
    case NameRole:
        return line.name;
    case DescriptionRole:
        return line.description;
    case ContactsRole: {
        QVariantList contacts;
        for (const CrisisContact& contact : line.contacts)
            contacts << QVariantMap{{QStringLiteral("kind"), kindName(contact.kind)},
                                    {QStringLiteral("text"), actionText(contact)},
                                    {QStringLiteral("note"), contact.note},
                                    {QStringLiteral("url"), contact.url}};
        return contacts;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> CrisisLineList::roleNames() const {
    return {{NameRole, "name"}, {DescriptionRole, "description"}, {ContactsRole, "contacts"}};
}

QString CrisisLineList::problem() const {
    if (m_choice.problem.isEmpty())
        return {};
    return tr("Your clinic's list of crisis lines could not be read (%1), so the built-in list is "
              "shown.")
        .arg(m_choice.problem);
}

} // namespace stepstone
