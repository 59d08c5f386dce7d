#include "auth/SmartGrant.h"

#include "auth/SmartConfiguration.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace stepstone {

namespace {

constexpr int kStoredFormat = 1;

AuthError unusable(const QString& detail) {
    return {AuthError::Kind::SignInRequired, QStringLiteral("stored sign-in: ") + detail};
}

} // namespace

QByteArray SmartGrant::toStoredForm() const {
    QJsonObject object{
        {QStringLiteral("format"), kStoredFormat},
        {QStringLiteral("fhirBase"), fhirBase.toString(QUrl::FullyEncoded)},
        {QStringLiteral("clientId"), clientId},
        {QStringLiteral("tokenEndpoint"), tokenEndpoint.toString(QUrl::FullyEncoded)},
        {QStringLiteral("patient"), patientId},
        {QStringLiteral("scopes"), QJsonArray::fromStringList(grantedScopes)},
        {QStringLiteral("refreshToken"), refreshToken},
    };
    if (!revocationEndpoint.isEmpty())
        object.insert(QStringLiteral("revocationEndpoint"),
                      revocationEndpoint.toString(QUrl::FullyEncoded));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Result<SmartGrant, AuthError> SmartGrant::fromStoredForm(const QByteArray& stored) {
    const QJsonObject object = QJsonDocument::fromJson(stored).object();
    if (object.value(QStringLiteral("format")).toInt() != kStoredFormat)
        return fail(unusable(QStringLiteral("unknown format")));
    const auto text = [&object](const char* key) {
        return object.value(QLatin1StringView(key)).toString();
    };

    SmartGrant grant;
    grant.fhirBase = QUrl(text("fhirBase"), QUrl::StrictMode);
    grant.clientId = text("clientId");
    grant.tokenEndpoint = QUrl(text("tokenEndpoint"), QUrl::StrictMode);
    grant.revocationEndpoint = QUrl(text("revocationEndpoint"), QUrl::StrictMode);
    grant.patientId = text("patient");
    grant.refreshToken = text("refreshToken");
    for (const auto& scope : object.value(QStringLiteral("scopes")).toArray())
        grant.grantedScopes.append(scope.toString());

    if (!grant.fhirBase.isValid() || grant.fhirBase.isRelative() || grant.clientId.isEmpty() ||
        grant.patientId.isEmpty() || grant.refreshToken.isEmpty())
        return fail(unusable(QStringLiteral("a member is missing")));
    if (!isAllowedEndpoint(grant.fhirBase) || !isAllowedEndpoint(grant.tokenEndpoint) ||
        (!grant.revocationEndpoint.isEmpty() && !isAllowedEndpoint(grant.revocationEndpoint)))
        return fail(unusable(QStringLiteral("an endpoint is not https")));
    return grant;
}

} // namespace stepstone
