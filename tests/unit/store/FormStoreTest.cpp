#include "store/FormStore.h"

#include "StoreFixture.h"

#include <QJsonArray>

using namespace stepstone;
using namespace stepstone::test;

namespace {

const QString kUrl = QStringLiteral("https://clinic.example/Questionnaire/thought-record");

QJsonObject questionnaire(const QString& version, const QString& title) {
    return QJsonObject{{"resourceType", "Questionnaire"},
                       {"url", kUrl},
                       {"version", version},
                       {"status", "active"},
                       {"title", title},
                       {"item", QJsonArray{}}};
}

FormStore::ClinicForm clinicForm(const QString& version, const QString& title) {
    return {
        {kUrl, version}, QStringLiteral("q1"), QStringLiteral("v1"), questionnaire(version, title)};
}

HomeworkTask taskOn(const QString& canonical) {
    HomeworkTask task;
    task.id = QStringLiteral("t1");
    task.versionId = QStringLiteral("v1");
    task.status = QStringLiteral("ready");
    task.form = canonical;
    task.resource = QJsonObject{{"resourceType", "Task"}};
    return task;
}

class FormStoreTest : public StoreFixture {
protected:
    FormStore& forms() { return m_profile->forms(); }
    QString titleOf(ClinicAccountId account, const QString& version) {
        auto form = forms().clinicForm(account, {kUrl, version});
        EXPECT_TRUE(form.ok());
        return form.ok() && *form ? (*form)->value("title").toString() : QStringLiteral("none");
    }
};

} // namespace

TEST_F(FormStoreTest, EachClinicAccountHasItsOwnFormsByUrlAndVersion) {
    ASSERT_TRUE(forms().keepClinicForm(m_account, clinicForm("1.0", "first")).ok());
    ASSERT_TRUE(forms().keepClinicForm(m_account, clinicForm("2.0", "second")).ok());
    EXPECT_EQ(titleOf(m_account, "1.0"), "first");
    EXPECT_EQ(titleOf(m_account, "2.0"), "second");
    EXPECT_EQ(titleOf(m_account, ""), "none");
    EXPECT_EQ(titleOf(addAccount("jordan-lee"), "1.0"), "none");
    auto profile = reopened();
    EXPECT_EQ((*profile->forms().clinicForm(m_account, {kUrl, "2.0"}))->value("title"), "second");
}

TEST_F(FormStoreTest, AFormADraftBeganOnIsNeitherReplacedNorEvicted) {
    ASSERT_TRUE(forms().keepClinicForm(m_account, clinicForm("1.0", "as the draft began")).ok());
    ASSERT_TRUE(m_profile->homework()
                    .replaceTasks(m_account, {taskOn(kUrl + QStringLiteral("|1.0"))}, {})
                    .ok());
    ASSERT_TRUE(
        m_profile->homework().startForTask(m_account, "t1", kUrl + "|1.0", QJsonObject{}).ok());

    auto kept = forms().keepClinicForm(m_account, clinicForm("1.0", "edited at the clinic"));
    ASSERT_TRUE(kept.ok());
    EXPECT_FALSE(*kept);
    EXPECT_EQ(titleOf(m_account, "1.0"), "as the draft began");

    // The clinic moves the Task to version 2: version 1 stays for the draft.
    ASSERT_TRUE(m_profile->homework()
                    .replaceTasks(m_account, {taskOn(kUrl + QStringLiteral("|2.0"))}, {})
                    .ok());
    ASSERT_TRUE(forms().keepClinicForm(m_account, clinicForm("2.0", "new")).ok());
    ASSERT_TRUE(m_profile->homework().setFormVersion(m_account, "t1", "2.0").ok());
    EXPECT_EQ(*forms().evictUnused(m_account), 0);
    EXPECT_EQ(titleOf(m_account, "1.0"), "as the draft began");
    EXPECT_EQ(titleOf(m_account, "2.0"), "new");
}

TEST_F(FormStoreTest, AFormNothingUsesAnyMoreIsEvicted) {
    ASSERT_TRUE(forms().keepClinicForm(m_account, clinicForm("1.0", "old")).ok());
    ASSERT_TRUE(forms().keepClinicForm(m_account, clinicForm("1.0", "edited")).ok());
    EXPECT_EQ(titleOf(m_account, "1.0"), "edited") << "without a draft the clinic's edit wins";
    ASSERT_TRUE(forms().keepClinicForm(m_account, clinicForm("2.0", "current")).ok());
    ASSERT_TRUE(m_profile->homework().replaceTasks(m_account, {taskOn(kUrl)}, {}).ok());
    ASSERT_TRUE(m_profile->homework().setFormVersion(m_account, "t1", "2.0").ok());
    EXPECT_EQ(*forms().evictUnused(m_account), 1);
    EXPECT_EQ(titleOf(m_account, "1.0"), "none");
    EXPECT_EQ(titleOf(m_account, "2.0"), "current");
}

TEST_F(FormStoreTest, ABuiltInFormKeepsItsFirstCopyWhileADraftUsesIt) {
    const FormCanonical phq9{QStringLiteral("https://stepstone.app/forms/phq-9"), "1.0.0"};
    ASSERT_TRUE(forms().keepBuiltinForm(phq9, questionnaire("1.0.0", "shipped first")).ok());
    ASSERT_TRUE(m_profile->homework().startOwn(phq9.text(), QJsonObject{}).ok());
    ASSERT_TRUE(forms().keepBuiltinForm(phq9, questionnaire("1.0.0", "shipped later")).ok());
    EXPECT_EQ((*forms().builtinForm(phq9))->value("title"), "shipped first");
    EXPECT_EQ(*forms().evictUnused(m_account), 0);
    EXPECT_TRUE(*forms().builtinForm(phq9));
}
