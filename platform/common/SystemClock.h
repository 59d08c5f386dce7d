#pragma once

#include "common/Clock.h"

namespace stepstone::platform {

class SystemClock final : public Clock {
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

} // namespace stepstone::platform
