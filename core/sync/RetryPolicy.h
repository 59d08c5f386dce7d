#pragma once

#include <QByteArray>
#include <QDateTime>
#include <chrono>
#include <optional>
#include <random>

namespace stepstone {

// When to try the clinic again after a failure: exponential backoff with full jitter, capped,
// and never sooner than the server's Retry-After.
class RetryPolicy {
public:
    using Delay = std::chrono::milliseconds;

    struct Limits {
        Delay base{1000};
        Delay cap{std::chrono::minutes(15)};
    };

    explicit RetryPolicy(Limits limits, std::uint32_t seed = std::random_device{}());
    RetryPolicy()
        : RetryPolicy(Limits{}) {}

    // The wait before attempt number `failures` + 1, after `failures` failures in a row.
    Delay delayAfter(int failures, std::optional<Delay> retryAfter = std::nullopt);

    // Retry-After as delta-seconds or an HTTP-date, relative to `now`; nullopt if unreadable.
    static std::optional<Delay> parseRetryAfter(const QByteArray& value, const QDateTime& now);

private:
    Limits m_limits;
    std::mt19937 m_random;
};

} // namespace stepstone
