#include "DemoClinicBrowser.h"

#include "auth/SmartConfiguration.h"

#include <QNetworkCookieJar>
#include <QNetworkReply>

namespace stepstone {

DemoClinicBrowser::DemoClinicBrowser(QString loginHint)
    : m_loginHint(std::move(loginHint)) {
    m_network.setCookieJar(new QNetworkCookieJar(&m_network));
}

bool DemoClinicBrowser::open(const QUrl& url) {
    m_lastVisit.reset();
    if (!isThisDevice(url))
        return false;
    QUrl withHint = url;
    withHint.setQuery(url.query(QUrl::FullyEncoded) + QStringLiteral("&login_hint=") +
                          QString::fromLatin1(QUrl::toPercentEncoding(m_loginHint)),
                      QUrl::StrictMode);
    QNetworkRequest request(withHint);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(20);
    QNetworkReply* reply = m_network.get(request);
    QObject::connect(reply, &QNetworkReply::finished, reply, [this, reply] {
        m_lastVisit =
            Visit{reply->url(), reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                  reply->readAll()};
        reply->deleteLater();
    });
    return true;
}

} // namespace stepstone
