#pragma once

#include "QmlSingleton.h"
#include "model/JournalEntry.h"

#include <QHash>
#include <QObject>
#include <QQmlEngine>
#include <QUuid>
#include <optional>

namespace stepstone {

// Journal entries the client started or changed and left without saving or discarding (Esc,
// Back, another destination), so that opening the same entry again resumes the words. One per
// entry; the new, unsaved one under the null id. In memory for the life of the app only: what
// a client writes goes nowhere but the encrypted database.
class JournalDrafts : public QObject, public QmlSingleton<JournalDrafts> {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    struct Draft {
        JournalContent content;
        QString tagsText; // as typed, commas and all
    };

    explicit JournalDrafts(QObject* parent = nullptr);

    std::optional<Draft> find(const QUuid& entryId) const;
    void keep(const QUuid& entryId, const Draft& draft);
    void forget(const QUuid& entryId);

private:
    QHash<QUuid, Draft> m_drafts;
};

} // namespace stepstone
