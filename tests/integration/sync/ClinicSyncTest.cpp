#include "ClinicSyncTest.h"

#include "ClinicSignIn.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTest>

namespace stepstone::test {

int therapistSend(const QUrl& base, const QByteArray& verb, const QString& path,
                  const QString& token, const QJsonObject& resource) {
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(base.toString() + '/' + path));
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/fhir+json");
    QNetworkReply* reply = network.sendCustomRequest(
        request, verb,
        resource.isEmpty() ? QByteArray() : QJsonDocument(resource).toJson(QJsonDocument::Compact));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

std::multiset<QString> idsFound(const ClinicServer& clinic, const QString& search) {
    std::multiset<QString> ids;
    QString next = search;
    while (!next.isEmpty()) {
        const FhirAnswer page = fhirGet(clinic.fhirBase, next, clinic.therapistToken);
        EXPECT_EQ(page.status, 200) << qPrintable(next);
        next.clear();
        for (const auto& entry : page.resource.value("entry").toArray())
            ids.insert(entry.toObject()["resource"].toObject()["id"].toString());
        for (const auto& link : page.resource.value("link").toArray())
            if (link.toObject()["relation"].toString() == "next")
                next = link.toObject()["url"].toString().mid(clinic.fhirBase.toString().size() + 1);
    }
    return ids;
}

void ClinicSyncTest::SetUp() {
    ClinicTest::SetUp();
    if (HasFatalFailure())
        return;
    auto signIn = signInToClinic(m_clinic.fhirBase, QStringLiteral("alex"));
    ASSERT_TRUE(signIn.grant.ok()) << qPrintable(signIn.grant.error().detail);
    m_device = std::make_unique<SyncingDevice>(*signIn.grant, m_clinic.fhirBase);
    ASSERT_TRUE(m_device->isReady());
    ASSERT_EQ(m_device->patientId(), QLatin1String(kPatient));
    m_clock = &m_device->clock();
    m_db = &m_device->db();
    m_cravings = &m_device->cravings();
    m_sessions = &m_device->sessions();
    m_sharing = &m_device->sharing();
    m_client = &m_device->client();
    m_engine = &m_device->engine();
    m_account = m_device->account();
}

bool ClinicSyncTest::sync() {
    std::optional<bool> completed;
    auto connection =
        QObject::connect(m_engine, &SyncEngine::finished, [&](bool ok) { completed = ok; });
    m_engine->syncNow();
    EXPECT_TRUE(QTest::qWaitFor([&] { return completed.has_value(); }, 120000));
    QObject::disconnect(connection);
    if (completed && !*completed)
        ADD_FAILURE() << "sync failed: " << qPrintable(m_engine->lastError());
    return completed.value_or(false);
}

CravingLog ClinicSyncTest::log(int intensity, const QString& note) {
    return m_device->log(intensity, note);
}

// Pages by meta.lastUpdated (strictly increasing on this server) rather than by offset: other
// tests on the shared server delete their own Observations meanwhile, and a delete between two
// offset pages shifts a record of this test out of both.
std::multiset<QString> ClinicSyncTest::cravingIdsOnServer() {
    std::multiset<QString> ids;
    QString after;
    for (bool more = true; more;) {
        QString search =
            QStringLiteral("Observation?subject=Patient/%1&_sort=_lastUpdated&_count=1000")
                .arg(QLatin1String(kPatient));
        if (!after.isEmpty())
            search += "&_lastUpdated=gt" + QString::fromLatin1(QUrl::toPercentEncoding(after));
        const FhirAnswer page = fhirGet(m_clinic.fhirBase, search, m_clinic.therapistToken);
        EXPECT_EQ(page.status, 200) << qPrintable(search);
        const QJsonArray entries = page.resource.value("entry").toArray();
        for (const auto& entry : entries) {
            const QJsonObject resource = entry.toObject()["resource"].toObject();
            ids.insert(resource["id"].toString());
            after = resource["meta"].toObject()["lastUpdated"].toString();
        }
        more = false;
        for (const auto& link : page.resource.value("link").toArray())
            more = more || link.toObject()["relation"].toString() == "next";
        more = more && !entries.isEmpty();
    }
    return ids;
}

Result<FhirResponse, FhirError> ClinicSyncTest::getAsClient(const QString& target) {
    std::optional<Result<FhirResponse, FhirError>> answer;
    m_client->get(target,
                  [&](Result<FhirResponse, FhirError> result) { answer = std::move(result); });
    EXPECT_TRUE(QTest::qWaitFor([&] { return answer.has_value(); }, 30000));
    if (!answer)
        return fail(
            FhirError{FhirError::Kind::Timeout, 0, std::nullopt, QStringLiteral("no answer")});
    return std::move(*answer);
}

} // namespace stepstone::test
