#pragma once

#include "profile/ProfileOpener.h"

#include <QObject>
#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace stepstone {

// Opens a profile on a thread of its own, so that neither the keychain, nor deriving a key from
// a passphrase, nor SQLCipher (opening, migrations) ever holds up the thread that asked; then,
// on the same thread, runs the integrity check when one is due. The answers come back through
// the event loop of the thread this object lives in.
class ProfileOpening : public QObject {
    Q_OBJECT
public:
    using Opened = std::function<void(Result<OpenedProfile, OpenError>)>;
    using Checked = std::function<void(Result<void, StoreError>)>;

    explicit ProfileOpening(ProfileOpener& opener, QObject* parent = nullptr);
    // Stops a check under way at once; waits for an open under way to end.
    ~ProfileOpening() override;

    // From a start until its last answer; a start meanwhile is ignored.
    bool isBusy() const { return m_busy; }

    // `opened` gets the profile, its check taken out, or why it did not open. When a check was
    // due, `checked` gets its outcome later; damage is StoreErrorKind::Corrupt.
    void withKeychain(Opened opened, Checked checked);
    void withPassphrase(const QString& passphrase, Opened opened, Checked checked);

private:
    using Open = std::function<Result<OpenedProfile, OpenError>()>;
    void start(Open open, Opened opened, Checked checked);
    // On the opening thread: opens, answers, then checks when due and answers again.
    void work(const Open& open, const Opened& opened, const Checked& checked);

    ProfileOpener& m_opener;
    std::unique_ptr<QThread> m_thread;
    std::atomic<bool> m_cancelled = false;
    bool m_busy = false;
};

} // namespace stepstone
