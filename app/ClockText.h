#pragma once

#include <QString>
#include <QTime>

namespace stepstone {

// Hours and minutes in the client's locale ("9:30 PM", "21:30"). The short format of some
// locales (C, POSIX) still shows seconds, which no log or session needs.
QString clockText(QTime time);

} // namespace stepstone
