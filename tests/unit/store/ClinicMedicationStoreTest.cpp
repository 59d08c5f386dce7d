#include "store/ClinicMedicationStore.h"

#include "StoreFixture.h"

#include <QSignalSpy>

using namespace stepstone;

namespace {

ClinicMedication medication(const QString& id, const QString& name) {
    ClinicMedication m;
    m.id = id;
    m.versionId = "v1";
    m.name = name;
    m.rxNormCode = "1010604";
    m.dosageText = QString::fromUtf8("Una película bajo la lengua");
    m.prescriber = "Priya Shah, MD";
    m.authoredOn = QDate(2026, 2, 13);
    return m;
}

class ClinicMedicationStoreTest : public test::StoreFixture {
protected:
    ClinicMedicationStore& store() { return m_profile->clinicMedications(); }
    std::vector<ClinicMedication> listed(ClinicAccountId account) {
        auto list = store().list(account);
        EXPECT_TRUE(list.ok());
        return list.ok() ? *list : std::vector<ClinicMedication>{};
    }
};

} // namespace

TEST_F(ClinicMedicationStoreTest, AListIsKeptOnTheEncryptedFileByNameWithEveryField) {
    ClinicMedication onHold = medication("nal", "Naltrexone");
    onHold.status = ClinicMedication::Status::OnHold;
    onHold.authoredOn.reset();
    const ClinicMedication bup = medication("bup", "Buprenorphine");
    ASSERT_TRUE(store().replace(m_account, {onHold, bup}, {}).ok());
    EXPECT_EQ(listed(m_account), (std::vector<ClinicMedication>{bup, onHold}));
}

TEST_F(ClinicMedicationStoreTest, ReplacingDropsWhatIsNoLongerListedUnlessAskedToKeepIt) {
    ASSERT_TRUE(store()
                    .replace(m_account,
                             {medication("a", "A"), medication("b", "B"), medication("c", "C")}, {})
                    .ok());
    QSignalSpy changed(&store(), &ClinicMedicationStore::changed);
    ASSERT_TRUE(store().replace(m_account, {medication("a", "A2")}, {"c"}).ok());
    EXPECT_EQ(listed(m_account),
              (std::vector<ClinicMedication>{medication("a", "A2"), medication("c", "C")}));
    EXPECT_EQ(changed.count(), 1);
    ASSERT_TRUE(store().replace(m_account, {medication("a", "A2")}, {"c"}).ok());
    EXPECT_EQ(changed.count(), 1);
    ASSERT_TRUE(store().replace(m_account, {}, {}).ok());
    EXPECT_TRUE(listed(m_account).empty());
}

TEST_F(ClinicMedicationStoreTest, AccountsDoNotSeeOrReplaceEachOthersLists) {
    const ClinicAccountId other = addAccount("alex-rivera", QUrl("https://other.example/fhir"));
    ASSERT_TRUE(store().replace(m_account, {medication("same-id", "Mine")}, {}).ok());
    ASSERT_TRUE(store().replace(other, {medication("same-id", "Theirs")}, {}).ok());
    ASSERT_TRUE(store().replace(m_account, {}, {}).ok());
    EXPECT_TRUE(listed(m_account).empty());
    ASSERT_EQ(listed(other).size(), 1u);
    EXPECT_EQ(listed(other)[0].name, "Theirs");
}
