#pragma once

#include "store/Database.h"

#include <QObject>
#include <atomic>
#include <memory>

class QThread;

namespace stepstone {

// Erases deleted journal entries' words from the search index for good (see
// JournalStore::eraseDeletedWords) on a thread and a connection of its own, so the client never
// waits for the merge. A merge cut short (the app closed, the process killed) leaves the index as
// it was, and the next request does it all.
class JournalIndexPurge : public QObject {
    Q_OBJECT
public:
    explicit JournalIndexPurge(const Database& db, QObject* parent = nullptr);
    // Stops a merge under way (it rolls back) and waits for its thread.
    ~JournalIndexPurge() override;

    // Merges now, or once more after the merge under way.
    void request();
    bool isRunning() const { return m_thread != nullptr; }
    // What the last run did: merged (true), found nothing to merge (false), or failed.
    const Result<bool, StoreError>& lastOutcome() const { return m_last; }

Q_SIGNALS:
    void finished();

private:
    void start();
    void onThreadFinished();

    const Database& m_db;
    std::unique_ptr<QThread> m_thread;
    std::shared_ptr<Result<bool, StoreError>> m_outcome;
    Result<bool, StoreError> m_last = false;
    std::atomic<bool> m_cancelled = false;
    bool m_again = false;
};

} // namespace stepstone
