#include "sync/RetryPolicy.h"

#include <QLocale>
#include <algorithm>

namespace stepstone {

RetryPolicy::RetryPolicy(Limits limits, std::uint32_t seed)
    : m_limits(limits)
    , m_random(seed) {}

RetryPolicy::Delay RetryPolicy::delayAfter(int failures, std::optional<Delay> retryAfter) {
    const int exponent = std::clamp(failures - 1, 0, 30);
    const auto ceiling = std::min<Delay::rep>(m_limits.cap.count(),
                                              m_limits.base.count() * (Delay::rep(1) << exponent));
    // Full jitter: clients that failed together do not come back together.
    std::uniform_int_distribution<Delay::rep> jitter(0, std::max<Delay::rep>(ceiling, 0));
    Delay delay(jitter(m_random));
    if (retryAfter)
        delay = std::max(delay, std::min(*retryAfter, m_limits.cap));
    return delay;
}

std::optional<RetryPolicy::Delay> RetryPolicy::parseRetryAfter(const QByteArray& value,
                                                               const QDateTime& now) {
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qlonglong seconds = trimmed.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? std::nullopt : std::optional(Delay(seconds * 1000));
    // IMF-fixdate, e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
    QDateTime at = QLocale::c().toDateTime(QString::fromLatin1(trimmed),
                                           QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!at.isValid())
        return std::nullopt;
    at.setTimeSpec(Qt::UTC);
    return Delay(std::max<qint64>(0, now.msecsTo(at)));
}

} // namespace stepstone
