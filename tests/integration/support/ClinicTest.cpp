#include "ClinicTest.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

namespace stepstone::test {

FhirAnswer fhirGet(const QUrl& fhirBase, const QString& path, const QString& token) {
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(fhirBase.toString() + QLatin1Char('/') + path));
    request.setRawHeader("Accept", "application/fhir+json");
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    QNetworkReply* reply = network.get(request);
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10'000))
        reply->abort();
    FhirAnswer answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                      QJsonDocument::fromJson(reply->readAll()).object()};
    delete reply;
    return answer;
}

} // namespace stepstone::test
