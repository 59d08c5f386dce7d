#include "auth/ClinicAddress.h"

#include "auth/SmartConfiguration.h"

#include <QCoreApplication>
#include <QUrlQuery>

namespace stepstone::ClinicAddress {

namespace {

Result<QUrl, QString> checked(QUrl url) {
    if (!url.isValid() || url.host().isEmpty() || !url.query().isEmpty() ||
        !url.fragment().isEmpty() || !url.userInfo().isEmpty())
        return fail(QCoreApplication::translate(
            "ClinicAddress", "That is not a web address. Ask your clinic for the address to use."));
    if (!isAllowedEndpoint(url))
        return fail(QCoreApplication::translate(
            "ClinicAddress", "Stepstone only connects to a clinic over a secure (https) address."));
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path);
    return url;
}

} // namespace

Result<QUrl, QString> fromTyped(const QString& typed) {
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return fail(QCoreApplication::translate("ClinicAddress",
                                                "Enter the address your clinic gave you."));
    if (isLink(text))
        return fromLink(QUrl(text, QUrl::StrictMode));
    const bool hasScheme = text.contains(QLatin1String("://"));
    return checked(QUrl(hasScheme ? text : QStringLiteral("https://") + text, QUrl::StrictMode));
}

Result<QUrl, QString> fromLink(const QUrl& link) {
    if (link.scheme() != QLatin1String("stepstone") || link.host() != QLatin1String("connect"))
        return fail(QCoreApplication::translate("ClinicAddress",
                                                "This link is not a Stepstone clinic link."));
    const QString issuer =
        QUrlQuery(link).queryItemValue(QStringLiteral("iss"), QUrl::FullyDecoded);
    if (issuer.isEmpty())
        return fail(QCoreApplication::translate(
            "ClinicAddress", "This clinic link does not say which clinic it is for."));
    return checked(QUrl(issuer, QUrl::StrictMode));
}

bool isLink(const QString& argument) {
    return argument.startsWith(QLatin1String("stepstone:"), Qt::CaseInsensitive);
}

} // namespace stepstone::ClinicAddress
