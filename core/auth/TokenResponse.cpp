#include "auth/TokenResponse.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace stepstone {

namespace {

AuthError protocolError(const QString& detail) {
    return {AuthError::Kind::Protocol, QStringLiteral("token response: ") + detail};
}

// Absent is fine; present with the wrong type is a server bug worth reporting.
Result<QString, AuthError> optionalString(const QJsonObject& object, const QString& key) {
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return QString();
    if (!value.isString())
        return fail(protocolError(key + QStringLiteral(" is not a string")));
    return value.toString();
}

// The server's own words, shortened: it is shown to developers, not to the client.
QString shortened(QString text) {
    constexpr qsizetype kMaxDetail = 200;
    if (text.size() > kMaxDetail)
        text = text.left(kMaxDetail) + QStringLiteral("…");
    return text;
}

} // namespace

Result<TokenResponse, AuthError> TokenResponse::parse(const QByteArray& json) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return fail(protocolError(QStringLiteral("not a JSON object")));
    const QJsonObject object = document.object();

    TokenResponse response;
    auto accessToken = optionalString(object, QStringLiteral("access_token"));
    if (!accessToken)
        return fail(accessToken.error());
    if (accessToken->isEmpty())
        return fail(protocolError(QStringLiteral("access_token is missing")));
    response.accessToken = *accessToken;

    auto tokenType = optionalString(object, QStringLiteral("token_type"));
    if (!tokenType)
        return fail(tokenType.error());
    if (tokenType->compare(u"Bearer", Qt::CaseInsensitive) != 0)
        return fail(protocolError(QStringLiteral("token_type is not Bearer")));

    const QJsonValue expiresIn = object.value(QStringLiteral("expires_in"));
    if (!expiresIn.isUndefined()) {
        if (!expiresIn.isDouble() || expiresIn.toDouble() <= 0)
            return fail(protocolError(QStringLiteral("expires_in is not a positive number")));
        response.expiresInSeconds = static_cast<qint64>(expiresIn.toDouble());
    }

    auto refreshToken = optionalString(object, QStringLiteral("refresh_token"));
    if (!refreshToken)
        return fail(refreshToken.error());
    response.refreshToken = *refreshToken;

    auto patient = optionalString(object, QStringLiteral("patient"));
    if (!patient)
        return fail(patient.error());
    response.patientId = *patient;

    if (object.contains(QStringLiteral("scope"))) {
        auto scope = optionalString(object, QStringLiteral("scope"));
        if (!scope)
            return fail(scope.error());
        response.scopes = scope->split(u' ', Qt::SkipEmptyParts);
    }
    return response;
}

TokenEndpointError TokenEndpointError::fromAnswer(int status, const QByteArray& body) {
    // Overloaded or down for maintenance: the grant is fine, try later.
    if (status >= 500 || status == 429)
        return {{AuthError::Kind::Network,
                 QStringLiteral("token endpoint answered HTTP %1").arg(status)},
                {}};
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QString code = object.value(QStringLiteral("error")).toString();
    if ((status == 400 || status == 401) && !code.isEmpty()) {
        const QString description = object.value(QStringLiteral("error_description")).toString();
        return {
            {AuthError::Kind::Refused,
             shortened(description.isEmpty() ? code : code + QStringLiteral(": ") + description)},
            code};
    }
    return {protocolError(QStringLiteral("unexpected HTTP %1").arg(status)), {}};
}

} // namespace stepstone
