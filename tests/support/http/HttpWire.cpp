#include "HttpWire.h"

#include <QList>

namespace stepstone::test {

QByteArray HttpResponse::serialize(std::optional<qsizetype> bodyBytesSent) const {
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + " X\r\n";
    for (auto it = headers.begin(); it != headers.end(); ++it)
        out += it.key() + ": " + it.value() + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
    out += bodyBytesSent ? body.left(*bodyBytesSent) : body;
    return out;
}

std::optional<HttpRequest> takeHttpRequest(QByteArray& buffer) {
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return std::nullopt;
    HttpRequest request;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> start = lines.value(0).trimmed().split(' ');
    request.method = start.value(0);
    request.target = start.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                   lines[i].mid(colon + 1).trimmed());
    }
    const qsizetype length = request.headers.value("content-length").toLongLong();
    if (buffer.size() < headerEnd + 4 + length)
        return std::nullopt;
    request.body = buffer.mid(headerEnd + 4, length);
    buffer.remove(0, headerEnd + 4 + length);
    return request;
}

} // namespace stepstone::test
