#pragma once

#include <QDateTime>
#include <QString>
#include <ostream>

// How GoogleTest prints Qt values in a failure message: as text instead of raw bytes. Found by
// argument-dependent lookup, so in Qt's namespace (the global one); every UI test includes it
// through UiHarness.h, so all of them print alike.
inline void PrintTo(const QString& text, std::ostream* os) {
    *os << '"' << text.toStdString() << '"';
}
inline void PrintTo(const QTime& time, std::ostream* os) {
    *os << time.toString(Qt::ISODateWithMs).toStdString();
}
inline void PrintTo(const QDateTime& time, std::ostream* os) {
    *os << time.toString(Qt::ISODateWithMs).toStdString();
}
