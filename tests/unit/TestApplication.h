#pragma once

#include <QCoreApplication>
#include <QTest>
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

} // namespace stepstone::test
