#pragma once

#include <QCoreApplication>
#include <QTest>
#include <QTimer>
#include <chrono>
#include <optional>

namespace stepstone::test {

// The unit test binary runs on gtest_main; sockets and timers need an application object and
// an event loop, which these tests make for themselves.
inline void ensureCoreApplication() {
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "stepstone_unit_tests";
    static char* argv[] = {name, nullptr};
    new QCoreApplication(argc, argv); // lives until the process ends, like gtest_main's tests
}

// Runs the event loop until `slot` holds a value, or the time is up.
template <class T>
bool waitForValue(const std::optional<T>& slot,
                  std::chrono::milliseconds timeout = std::chrono::seconds(5)) {
    return QTest::qWaitFor([&slot] { return slot.has_value(); }, int(timeout.count()));
}

// Whether timers on this thread keep firing while `keychain` (an InMemorySecretStore holding its
// answers) has a call waiting: proof that this thread does not wait for the keychain.
template <class Keychain> bool timersFireWhileTheKeychainHolds(const Keychain& keychain) {
    if (!QTest::qWaitFor([&] { return keychain.heldCalls() == 1; }, 5000))
        return false;
    int ticks = 0;
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, [&ticks] { ++ticks; });
    tick.start(1);
    return QTest::qWaitFor([&] { return ticks >= 3; }, 5000) && keychain.heldCalls() == 1;
}

} // namespace stepstone::test
