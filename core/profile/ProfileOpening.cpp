#include "profile/ProfileOpening.h"

#include <QThread>

namespace stepstone {

ProfileOpening::ProfileOpening(ProfileOpener& opener, QObject* parent)
    : QObject(parent)
    , m_opener(opener) {}

ProfileOpening::~ProfileOpening() {
    m_cancelled = true;
    // Answers it still posts are dropped with this object's pending events.
    if (m_thread)
        m_thread->wait();
}

void ProfileOpening::withKeychain(Opened opened, Checked checked) {
    start([this] { return m_opener.openWithKeychain(); }, std::move(opened), std::move(checked));
}

void ProfileOpening::withPassphrase(const QString& passphrase, Opened opened, Checked checked) {
    start([this, passphrase] { return m_opener.openWithPassphrase(passphrase); }, std::move(opened),
          std::move(checked));
}

void ProfileOpening::start(Open open, Opened opened, Checked checked) {
    if (m_busy)
        return;
    m_busy = true;
    if (m_thread)
        m_thread->wait(); // it gave its last answer and is ending
    m_thread.reset(
        QThread::create([this, open = std::move(open), opened = std::move(opened),
                         checked = std::move(checked)] { work(open, opened, checked); }));
    m_thread->setObjectName(QStringLiteral("profile opening"));
    m_thread->start();
}

void ProfileOpening::work(const Open& open, const Opened& opened, const Checked& checked) {
    auto result = std::make_shared<Result<OpenedProfile, OpenError>>(open());
    std::optional<IntegrityCheck> check;
    if (*result)
        check = std::exchange((*result)->integrityCheck, std::nullopt);
    const bool last = !check.has_value();
    QMetaObject::invokeMethod(
        this,
        [this, result, opened, last] {
            m_busy = !last;
            opened(std::move(*result));
        },
        Qt::QueuedConnection);
    if (!check)
        return;
    // Nobody waits for the check: it gets only the CPU the interface leaves.
    QThread::currentThread()->setPriority(QThread::IdlePriority);
    const Result<void, StoreError> verdict = check->run(m_cancelled);
    QMetaObject::invokeMethod(
        this,
        [this, verdict, checked] {
            m_busy = false;
            checked(verdict);
        },
        Qt::QueuedConnection);
}

} // namespace stepstone
