#pragma once

#include <QStringList>

namespace stepstone::test {

// Every Qt log message of this process since it started (installed by the test main), so a
// test can check that no token or code was ever written to a log.
QStringList capturedLog();
void installLogCapture();

} // namespace stepstone::test
