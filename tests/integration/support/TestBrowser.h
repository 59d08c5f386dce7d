#pragma once

#include "DemoClinicBrowser.h"

namespace stepstone::test {

// The tests play the system browser the way the app's demo mode does.
using TestBrowser = DemoClinicBrowser;

} // namespace stepstone::test
