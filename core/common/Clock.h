#pragma once

#include <QDateTime>

namespace stepstone {

// The time source of the product; platform provides the system clock, tests a fixed one.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
};

} // namespace stepstone
