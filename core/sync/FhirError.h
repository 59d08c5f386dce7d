#pragma once

#include <QString>
#include <chrono>
#include <optional>

namespace stepstone {

struct FhirError {
    enum class Kind {
        Offline,      // no connection, or it dropped
        Timeout,      // the server stalled
        Server,       // 5xx
        RateLimited,  // 429
        Conflict,     // 412: someone changed the record since we last saw it
        Gone,         // 404 / 410
        Rejected,     // any other 4xx, e.g. a validation failure
        SignInNeeded, // 401 with a fresh token, or no grant
        Malformed,    // not the JSON FHIR promises
        TooLarge,     // larger than the client accepts
        Insecure,     // not https to a host other than loopback
        NoCareTeam,   // the clinic names no active care team to share with
        NotPermitted, // the scopes the clinic granted do not cover the request
    };
    Kind kind = Kind::Malformed;
    int httpStatus = 0;
    std::optional<std::chrono::milliseconds> retryAfter;
    QString detail; // technical, never a token or a client's words

    // Worth trying again later, with backoff.
    bool isTransient() const;
    // A sentence a client can read.
    QString message() const;
};

} // namespace stepstone
