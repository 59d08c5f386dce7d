#include "JournalVersionsModel.h"

#include "CravingLabels.h"
#include "JournalLabels.h"

#include <QCoreApplication>

namespace stepstone {

JournalVersionsModel::JournalVersionsModel(QObject* parent)
    : ProfileListModel(0, parent) {}

void JournalVersionsModel::setEntryId(const QString& id) {
    if (m_entryId == id)
        return;
    m_entryId = id;
    Q_EMIT entryIdChanged();
    reload();
}

QMetaObject::Connection JournalVersionsModel::watchStore() {
    JournalStore* store = session() ? session()->journal() : nullptr;
    return store ? connect(store, &JournalStore::changed, this, &JournalVersionsModel::reload)
                 : QMetaObject::Connection();
}

QString JournalVersionsModel::readRows() {
    m_versions.clear();
    JournalStore* store = session() ? session()->journal() : nullptr;
    if (!store || m_entryId.isEmpty())
        return {};
    auto versions = store->versions(QUuid::fromString(m_entryId));
    if (!versions)
        return versions.error().message();
    m_versions = std::move(*versions);
    return {};
}

QVariant JournalVersionsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const JournalVersion& version = m_versions[std::size_t(index.row())];
    switch (role) {
    case SavedTextRole:
        return QCoreApplication::translate("JournalVersionsModel", "Saved %1")
            .arg(cravingLabels::when(version.savedAt,
                                     session() ? session()->clock().now() : version.savedAt));
    case TitleRole:
        return version.content.title;
    case BodyRole:
        return version.content.body;
    case MoodTextRole:
        return journalLabels::mood(version.content.mood);
    case TagsTextRole:
        return journalLabels::tags(version.content.tags);
    default:
        return {};
    }
}

QHash<int, QByteArray> JournalVersionsModel::roleNames() const {
    return {
        {SavedTextRole, "savedText"}, {TitleRole, "title"},       {BodyRole, "body"},
        {MoodTextRole, "moodText"},   {TagsTextRole, "tagsText"},
    };
}

} // namespace stepstone
