#include "auth/SmartConfiguration.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace stepstone {

namespace {

AuthError protocolError(const QString& detail) {
    return {AuthError::Kind::Protocol, QStringLiteral("smart-configuration: ") + detail};
}

// Absent is fine for optional members; present with the wrong type is not.
Result<QStringList, AuthError> stringList(const QJsonObject& object, const QString& key) {
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return QStringList();
    if (!value.isArray())
        return fail(protocolError(key + QStringLiteral(" is not an array")));
    QStringList strings;
    for (const auto& item : value.toArray()) {
        if (!item.isString())
            return fail(protocolError(key + QStringLiteral(" holds a non-string")));
        strings.append(item.toString());
    }
    return strings;
}

Result<QUrl, AuthError> endpoint(const QJsonObject& object, const QString& key, bool required) {
    const QJsonValue value = object.value(key);
    if (value.isUndefined() && !required)
        return QUrl();
    if (!value.isString())
        return fail(protocolError(key + QStringLiteral(" is missing or not a string")));
    const QUrl url(value.toString(), QUrl::StrictMode);
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        return fail(protocolError(key + QStringLiteral(" is not an absolute URL")));
    if (!isAllowedEndpoint(url))
        return fail(protocolError(key + QStringLiteral(" is not https: ") +
                                  url.toDisplayString(QUrl::RemoveQuery)));
    return url;
}

} // namespace

bool isAllowedEndpoint(const QUrl& url) {
    return url.scheme().toLower() == u"https" || isThisDevice(url);
}

bool isThisDevice(const QUrl& url) {
    if (url.scheme().toLower() != u"http")
        return false;
    const QString host = url.host().toLower();
    return host == u"localhost" || QHostAddress(host).isLoopback();
}

QUrl SmartConfiguration::wellKnownUrl(const QUrl& fhirBase) {
    QUrl url = fhirBase;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + QStringLiteral("/.well-known/smart-configuration"));
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

Result<SmartConfiguration, AuthError> SmartConfiguration::parse(const QByteArray& json,
                                                                const QUrl& fhirBase) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(protocolError(QStringLiteral("not JSON (%1 at offset %2)")
                                      .arg(parseError.errorString())
                                      .arg(parseError.offset)));
    if (!document.isObject())
        return fail(protocolError(QStringLiteral("not a JSON object")));
    const QJsonObject object = document.object();

    SmartConfiguration config;
    config.fhirBase = fhirBase;
    const QJsonValue issuer = object.value(QStringLiteral("issuer"));
    if (!issuer.isUndefined() && !issuer.isString())
        return fail(protocolError(QStringLiteral("issuer is not a string")));
    config.issuer = issuer.toString();

    auto authorization = endpoint(object, QStringLiteral("authorization_endpoint"), true);
    if (!authorization)
        return fail(authorization.error());
    auto token = endpoint(object, QStringLiteral("token_endpoint"), true);
    if (!token)
        return fail(token.error());
    auto revocation = endpoint(object, QStringLiteral("revocation_endpoint"), false);
    if (!revocation)
        return fail(revocation.error());
    config.authorizationEndpoint = *authorization;
    config.tokenEndpoint = *token;
    config.revocationEndpoint = *revocation;

    auto capabilities = stringList(object, QStringLiteral("capabilities"));
    if (!capabilities)
        return fail(capabilities.error());
    auto methods = stringList(object, QStringLiteral("code_challenge_methods_supported"));
    if (!methods)
        return fail(methods.error());
    auto scopes = stringList(object, QStringLiteral("scopes_supported"));
    if (!scopes)
        return fail(scopes.error());
    config.capabilities = *capabilities;
    config.codeChallengeMethods = *methods;
    config.scopesSupported = *scopes;

    // Without S256 an intercepted authorization code could be redeemed by anyone.
    if (!config.codeChallengeMethods.contains(QStringLiteral("S256")))
        return fail(protocolError(QStringLiteral("PKCE S256 is not supported")));
    config.scopeStyle = config.capabilities.contains(QStringLiteral("permission-v2"))
                            ? ScopeStyle::V2
                            : ScopeStyle::V1;
    return config;
}

} // namespace stepstone
