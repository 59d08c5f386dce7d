#pragma once

#include <QString>
#include <QStringList>

namespace stepstone {

// Whether the app starts, in the background, when the client logs in to their computer; the OS
// keeps the choice (on Linux an XDG autostart entry), platform implements it.
class LoginStart {
public:
    virtual ~LoginStart() = default;
    virtual bool isOn() const = 0;
    // Empty when done; else why not, in words a client can read.
    virtual QString setOn(bool on) = 0;
};

} // namespace stepstone
