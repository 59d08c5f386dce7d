// One device, signed in first as one client and then as another: everything synced is keyed by
// (FHIR base, patient), so the second starts with nothing shared, nothing queued for the first
// reaches the second, and the first gets what was queued for it when it signs in again.
// (SyncEngineTest shows the Consent then going to the second clinic's own care team.)
#include "ClinicSignIn.h"
#include "ClinicTest.h"
#include "SyncingDevice.h"

#include <QJsonArray>

using namespace stepstone;
using namespace stepstone::test;

namespace {

class ClinicSwitch : public ClinicTest {
protected:
    SmartGrant grantFor(const QString& login) {
        auto signIn = signInToClinic(m_clinic.fhirBase, login);
        EXPECT_TRUE(signIn.grant.ok()) << qPrintable(signIn.grant.error().detail);
        return signIn.grant.ok() ? *signIn.grant : SmartGrant{};
    }

    // What the therapist finds of `patientId`'s, as ids.
    QStringList idsOf(const QString& type, const QString& patientId) {
        QStringList ids;
        for (const QJsonObject& found :
             fhirSearch(m_clinic.fhirBase, type + QStringLiteral("?patient=") + patientId,
                        m_clinic.therapistToken))
            ids << found.value(QLatin1String("id")).toString();
        return ids;
    }

    static QString idOf(const CravingLog& log) { return log.id.toString(QUuid::WithoutBraces); }
};

} // namespace

TEST_F(ClinicSwitch, AnotherPatientStartsWithNothingSharedAndGetsNothingQueuedForTheFirst) {
    SyncingDevice device(grantFor(QStringLiteral("alex")), m_clinic.fhirBase);
    ASSERT_TRUE(device.isReady());
    const ClinicAccountId alex = device.account();
    device.shareCravings();
    const CravingLog sent = device.log(6, QStringLiteral("sent while alex"));
    ASSERT_EQ(device.syncOnce(), true) << qPrintable(device.engine().lastError());
    ASSERT_TRUE(idsOf("Observation", "alex-rivera").contains(idOf(sent)));

    device.link().signOut();
    const CravingLog waiting = device.log(8, QStringLiteral("logged while signed out"));
    ASSERT_TRUE(device.signInWith(grantFor(QStringLiteral("jordan")), m_clinic.fhirBase));
    const ClinicAccountId jordan = device.account();
    ASSERT_NE(jordan, alex);

    auto sharing = device.sharing().cravings(jordan);
    ASSERT_TRUE(sharing.ok());
    EXPECT_FALSE(sharing->sharing);
    EXPECT_FALSE(sharing->decidedAt.isValid()) << "the new client is asked again";
    EXPECT_EQ(device.queuedChanges(), 0);
    ASSERT_EQ(device.syncOnce(), true) << qPrintable(device.engine().lastError());
    const QStringList jordans = idsOf("Observation", "jordan-lee");
    EXPECT_FALSE(jordans.contains(idOf(sent)));
    EXPECT_FALSE(jordans.contains(idOf(waiting)));
    // Other tests share this clinic and may record jordan's own choices; what matters is that
    // alex's Consent never reaches jordan and that jordan, who chose nothing, has none of ours.
    EXPECT_FALSE(
        idsOf("Consent", "jordan-lee")
            .contains(device.sharing().cravings(alex)->consentId.toString(QUuid::WithoutBraces)));
    EXPECT_TRUE(device.sharing().cravings(jordan)->consentId.isNull());

    // Back as alex: what was queued for alex while signed out goes to alex now.
    device.link().signOut();
    ASSERT_TRUE(device.signInWith(grantFor(QStringLiteral("alex")), m_clinic.fhirBase));
    EXPECT_EQ(device.account(), alex);
    EXPECT_TRUE(device.sharing().cravings(alex)->sharing);
    ASSERT_EQ(device.syncOnce(), true) << qPrintable(device.engine().lastError());
    EXPECT_TRUE(idsOf("Observation", "alex-rivera").contains(idOf(waiting)));
    EXPECT_EQ(device.queuedChanges(), 0);
}
