#include "profile/JournalIndexPurge.h"

#include "store/JournalStore.h"

#include <QLoggingCategory>
#include <QThread>

namespace stepstone {

namespace {
Q_LOGGING_CATEGORY(lcPurge, "stepstone.profile.journal-index")
} // namespace

JournalIndexPurge::JournalIndexPurge(const Database& db, QObject* parent)
    : QObject(parent)
    , m_db(db) {}

JournalIndexPurge::~JournalIndexPurge() {
    m_cancelled = true;
    if (m_thread)
        m_thread->wait();
}

void JournalIndexPurge::request() {
    if (m_thread) {
        m_again = true;
        return;
    }
    start();
}

void JournalIndexPurge::start() {
    auto outcome = std::make_shared<Result<bool, StoreError>>(false);
    m_outcome = outcome;
    m_thread.reset(QThread::create([this, outcome] {
        auto own = m_db.openAnother();
        if (!own) {
            *outcome = fail(own.error());
            return;
        }
        (*own)->stopWhen(m_cancelled);
        *outcome = JournalStore::eraseDeletedWords(**own);
    }));
    m_thread->setObjectName(QStringLiteral("journal index purge"));
    connect(m_thread.get(), &QThread::finished, this, &JournalIndexPurge::onThreadFinished);
    m_thread->start();
}

void JournalIndexPurge::onThreadFinished() {
    m_thread.reset();
    m_last = *std::exchange(m_outcome, nullptr);
    if (!m_last)
        qCWarning(lcPurge) << "index merge not finished; next request:" << m_last.error().detail;
    if (std::exchange(m_again, false))
        start();
    Q_EMIT finished();
}

} // namespace stepstone
