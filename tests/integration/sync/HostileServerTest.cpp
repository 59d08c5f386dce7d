#include "ClinicSignIn.h"
#include "ClinicTest.h"
#include "FaultProxy.h"
#include "SyncingDevice.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace stepstone;
using namespace stepstone::test;

namespace {

// The real sync against the real clinic, except that a proxy replaces one kind of answer with
// something a FHIR server must never send.
class HostileServer : public ClinicTest {
protected:
    static constexpr qint64 kBodyLimit = 256 * 1024;

    void SetUp() override {
        ClinicTest::SetUp();
        if (HasFatalFailure())
            return;
        auto signIn = signInToClinic(m_clinic.fhirBase, QStringLiteral("alex"));
        ASSERT_TRUE(signIn.grant.ok()) << qPrintable(signIn.grant.error().detail);
        m_proxy = std::make_unique<FaultProxy>(m_clinic.fhirBase);
        m_device = std::make_unique<SyncingDevice>(
            *signIn.grant, m_proxy->fhirBase(),
            FhirClient::Limits{kBodyLimit, std::chrono::seconds(10)});
        ASSERT_TRUE(m_device->isReady());
        m_device->shareCravings();
        for (int i = 0; i < 3; ++i)
            m_logs.push_back(m_device->log(i + 4, QStringLiteral("hostile %1").arg(i)));
    }

    static bool isUpload(const HttpRequest& request) {
        return request.method == "POST" && request.target == "/fhir/R4";
    }
    // The search for new and changed sessions, not the check of which are still the client's.
    static bool isSessionSearch(const HttpRequest& request) {
        return request.method == "GET" && request.target.startsWith("/fhir/R4/Appointment?") &&
               !request.target.contains("_id=");
    }
    // Answers `which` requests with `body` (HTTP 200), and passes the others through.
    void replaceAnswers(bool (*which)(const HttpRequest&), QByteArray body) {
        m_proxy->setRewriter([which, body](const HttpRequest& request,
                                           const HttpResponse&) -> std::optional<HttpResponse> {
            if (!which(request))
                return std::nullopt;
            return HttpResponse{200, {{"Content-Type", "application/fhir+json"}}, body};
        });
    }
    // Passes `which` answers through `change`, a JSON edit of the server's own answer.
    void editAnswers(bool (*which)(const HttpRequest&), std::function<void(QJsonObject&)> change) {
        m_proxy->setRewriter(
            [which, change](const HttpRequest& request,
                            const HttpResponse& real) -> std::optional<HttpResponse> {
                if (!which(request) || real.status != 200)
                    return std::nullopt;
                QJsonObject json = QJsonDocument::fromJson(real.body).object();
                change(json);
                HttpResponse edited = real;
                edited.body = QJsonDocument(json).toJson(QJsonDocument::Compact);
                return edited;
            });
    }

    std::size_t sessionsOnDevice() {
        auto sessions =
            m_device->sessions().upcoming(m_device->account(), m_device->clock().now(), 1000);
        EXPECT_TRUE(sessions.ok());
        return sessions.ok() ? sessions->size() : 0;
    }

    // The run failed with words a client understands, and every log is still on the device.
    void expectClearErrorAndNothingLost() {
        EXPECT_EQ(m_device->syncOnce(), false);
        EXPECT_TRUE(m_device->engine().lastError().contains(QLatin1String("could not read")))
            << qPrintable(m_device->engine().lastError());
        EXPECT_EQ(m_device->engine().state(), SyncEngine::State::Idle);
        for (const CravingLog& log : m_logs) {
            auto kept = m_device->cravings().find(log.id);
            ASSERT_TRUE(kept.ok());
            EXPECT_EQ(kept->entry.note, log.entry.note);
        }
    }

    // Once the clinic answers properly again, the next sync completes and the logs arrive.
    void expectRecovery() {
        m_proxy->setRewriter({});
        EXPECT_EQ(m_device->syncOnce(), true) << qPrintable(m_device->engine().lastError());
        EXPECT_EQ(m_device->queuedChanges(), 0);
        for (const CravingLog& log : m_logs)
            EXPECT_EQ(
                fhirGet(m_clinic.fhirBase,
                        QStringLiteral("Observation/") + log.id.toString(QUuid::WithoutBraces),
                        m_clinic.therapistToken)
                    .status,
                200);
    }

    // The logs, and the Consent that goes before them, wait on the device.
    int queuedLogsAndSharingChoice() const { return int(m_logs.size()) + 1; }

    std::unique_ptr<FaultProxy> m_proxy;
    std::unique_ptr<SyncingDevice> m_device;
    std::vector<CravingLog> m_logs;
};

} // namespace

TEST_F(HostileServer, MalformedJsonToTheUploadKeepsTheLogsQueuedAndSessionsStillArrive) {
    replaceAnswers(isUpload, R"({"resourceType": "Bundle", "type": "transaction-resp)");
    expectClearErrorAndNothingLost();
    EXPECT_EQ(m_device->queuedChanges(), queuedLogsAndSharingChoice());
    EXPECT_GT(sessionsOnDevice(), 0u);
    expectRecovery();
}

TEST_F(HostileServer, MalformedJsonToTheSessionSearchIsAClearError) {
    replaceAnswers(isSessionSearch, "{\"resourceType\": \"Bundle\", \"entry\": [ }");
    expectClearErrorAndNothingLost();
    EXPECT_EQ(sessionsOnDevice(), 0u);
    expectRecovery();
}

TEST_F(HostileServer, UploadAnswerWhoseEntryIsAStringKeepsTheLogsQueued) {
    replaceAnswers(isUpload,
                   R"({"resourceType":"Bundle","type":"transaction-response","entry":"ok"})");
    expectClearErrorAndNothingLost();
    EXPECT_EQ(m_device->queuedChanges(), queuedLogsAndSharingChoice());
    EXPECT_GT(sessionsOnDevice(), 0u);
    expectRecovery();
}

TEST_F(HostileServer, SearchBundleWhoseEntryIsAStringIsAClearError) {
    replaceAnswers(isSessionSearch, R"({"resourceType":"Bundle","type":"searchset","entry":"x"})");
    expectClearErrorAndNothingLost();
    expectRecovery();
    EXPECT_GT(sessionsOnDevice(), 0u);
}

TEST_F(HostileServer, AppointmentWithANumberForItsStartIsAClearErrorAndTheOthersArrive) {
    QString broken;
    editAnswers(isSessionSearch, [&broken](QJsonObject& bundle) {
        QJsonArray entries = bundle[QStringLiteral("entry")].toArray();
        for (qsizetype i = 0; i < entries.size(); ++i) {
            QJsonObject entry = entries[i].toObject();
            QJsonObject resource = entry[QStringLiteral("resource")].toObject();
            if (resource[QStringLiteral("resourceType")].toString() != QLatin1String("Appointment"))
                continue;
            broken = resource[QStringLiteral("id")].toString();
            resource[QStringLiteral("start")] = 1767225600;
            entry[QStringLiteral("resource")] = resource;
            entries[i] = entry;
            break;
        }
        bundle[QStringLiteral("entry")] = entries;
    });
    expectClearErrorAndNothingLost();
    ASSERT_FALSE(broken.isEmpty());
    auto sessions =
        m_device->sessions().upcoming(m_device->account(), m_device->clock().now(), 1000);
    ASSERT_TRUE(sessions.ok());
    EXPECT_GT(sessions->size(), 0u);
    EXPECT_TRUE(std::none_of(sessions->begin(), sessions->end(),
                             [&broken](const Session& s) { return s.id == broken; }));
}

TEST_F(HostileServer, SearchAnswerThatIsNotABundleIsAClearError) {
    replaceAnswers(isSessionSearch, R"({"resourceType":"Patient","id":"alex-rivera"})");
    expectClearErrorAndNothingLost();
    EXPECT_EQ(sessionsOnDevice(), 0u);
    expectRecovery();
}

TEST_F(HostileServer, OversizedSearchAnswerIsRefusedWithAClearError) {
    const QByteArray padding(4 * kBodyLimit, 'x');
    replaceAnswers(isSessionSearch,
                   R"({"resourceType":"Bundle","type":"searchset","id":")" + padding + "\"}");
    expectClearErrorAndNothingLost();
    EXPECT_EQ(sessionsOnDevice(), 0u);
    expectRecovery();
}

TEST_F(HostileServer, OversizedUploadAnswerKeepsTheLogsQueued) {
    const QByteArray padding(4 * kBodyLimit, 'x');
    replaceAnswers(isUpload, R"({"resourceType":"Bundle","type":"transaction-response","id":")" +
                                 padding + "\"}");
    expectClearErrorAndNothingLost();
    EXPECT_EQ(m_device->queuedChanges(), queuedLogsAndSharingChoice());
    EXPECT_GT(sessionsOnDevice(), 0u);
    expectRecovery();
}
