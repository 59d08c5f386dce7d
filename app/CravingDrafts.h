#pragma once

#include "QmlSingleton.h"
#include "model/CravingLog.h"

#include <QHash>
#include <QObject>
#include <QQmlEngine>
#include <QUuid>
#include <optional>

namespace stepstone {

// Craving logs the client started or changed and left without saving or discarding (a tab
// change, Ctrl+1, Esc, Back), so that opening the same log again resumes the work. One per
// log; the new, unsaved one under the null id. Kept in memory for the life of the app only:
// what a client types is never written anywhere but the encrypted database.
class CravingDrafts : public QObject, public QmlSingleton<CravingDrafts> {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool hasNewLog READ hasNewLog NOTIFY changed)

public:
    explicit CravingDrafts(QObject* parent = nullptr);

    // Whether a new craving log was started and not yet saved or discarded.
    bool hasNewLog() const { return m_drafts.contains(QUuid()); }

    std::optional<CravingEntry> find(const QUuid& logId) const;
    void keep(const QUuid& logId, const CravingEntry& entry);
    void forget(const QUuid& logId);

Q_SIGNALS:
    void changed();

private:
    QHash<QUuid, CravingEntry> m_drafts;
};

} // namespace stepstone
