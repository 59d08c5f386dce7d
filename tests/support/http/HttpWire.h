#pragma once

#include <QByteArray>
#include <QMap>
#include <optional>

namespace stepstone::test {

// HTTP/1.1 as the test servers on loopback read and write it: requests with a Content-Length
// body (what QNetworkAccessManager sends), responses with a Content-Length body.
struct HttpRequest {
    QByteArray method;
    QByteArray target;                    // as on the request line, e.g. /fhir/R4/Patient/x
    QMap<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
};

struct HttpResponse {
    int status = 200;
    QMap<QByteArray, QByteArray> headers; // without Content-Length, which serialize() adds
    QByteArray body;

    // Status line, headers and `Content-Length` of the whole body, followed by the first
    // `bodyBytesSent` bytes of the body (all of it by default).
    QByteArray serialize(std::optional<qsizetype> bodyBytesSent = std::nullopt) const;
};

// Takes the first complete request off the front of `buffer`; nullopt while it is incomplete.
std::optional<HttpRequest> takeHttpRequest(QByteArray& buffer);

} // namespace stepstone::test
