#pragma once

#include "ProfileListModel.h"
#include "model/JournalEntry.h"

#include <QQmlEngine>
#include <vector>

namespace stepstone {

// What one journal entry said before each of the client's edits, the latest first, to read
// only.
class JournalVersionsModel : public stepstone::ProfileListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString entryId READ entryId WRITE setEntryId NOTIFY entryIdChanged)

public:
    enum Role {
        SavedTextRole = Qt::UserRole + 1,
        TitleRole,
        BodyRole,
        MoodTextRole,
        TagsTextRole,
    };

    explicit JournalVersionsModel(QObject* parent = nullptr);

    QString entryId() const { return m_entryId; }
    void setEntryId(const QString& id);
    int count() const override { return int(m_versions.size()); }

    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void entryIdChanged();

protected:
    QMetaObject::Connection watchStore() override;
    QString readRows() override;

private:
    QString m_entryId;
    std::vector<JournalVersion> m_versions;
};

} // namespace stepstone
