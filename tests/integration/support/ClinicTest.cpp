#include "ClinicTest.h"

#include <QJsonArray>
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

QList<QJsonObject> fhirSearch(const QUrl& fhirBase, const QString& query, const QString& token) {
    QList<QJsonObject> found;
    QString next = query;
    const QString prefix = fhirBase.toString() + QLatin1Char('/');
    while (!next.isEmpty()) {
        const FhirAnswer page = fhirGet(fhirBase, next, token);
        EXPECT_EQ(page.status, 200) << qPrintable(next);
        if (page.status != 200)
            break;
        next.clear();
        for (const auto& entry : page.resource.value(QLatin1String("entry")).toArray())
            found << entry.toObject().value(QLatin1String("resource")).toObject();
        for (const auto& link : page.resource.value(QLatin1String("link")).toArray())
            if (link.toObject().value(QLatin1String("relation")).toString() ==
                QLatin1String("next"))
                next = link.toObject().value(QLatin1String("url")).toString().mid(prefix.size());
    }
    return found;
}

} // namespace stepstone::test
