#include "OpenedUrls.h"
#include "UiHarness.h"

#include <QFile>
#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace stepstone;
using namespace stepstone::test;

TEST(ContactActions, CallsAndTextsNumbersAsWrittenInAPlan) {
    OpenedUrls opened;
    ContactActions actions;
    EXPECT_TRUE(actions.canCall(QStringLiteral("(555) 123-4567")));
    EXPECT_TRUE(actions.canCall(QStringLiteral("1-800-662-HELP")));
    EXPECT_FALSE(actions.canCall(QStringLiteral("call mom")));

    EXPECT_TRUE(actions.call(QStringLiteral("(555) 123-4567")));
    EXPECT_TRUE(actions.text(QStringLiteral("741741"), QStringLiteral("HOME")));
    EXPECT_FALSE(actions.call(QStringLiteral("call mom")));
    EXPECT_FALSE(actions.text(QStringLiteral("mom")));
    EXPECT_EQ(opened.urls, (QList<QUrl>{QUrl(QStringLiteral("tel:5551234567")),
                                        QUrl(QStringLiteral("sms:741741?body=HOME"))}));
}

TEST(ContactActions, OnlyPhoneTextAndSecureWebAddressesLeave) {
    OpenedUrls opened;
    ContactActions actions;
    EXPECT_TRUE(actions.open(QUrl(QStringLiteral("https://988lifeline.org/chat"))));
    for (const char* refused : {"http://988lifeline.org/chat", "file:///etc/passwd",
                                "javascript:alert(1)", "https:///no-host", "mailto:a@b.example"})
        EXPECT_FALSE(actions.open(QUrl(QString::fromLatin1(refused)))) << refused;
    EXPECT_EQ(opened.urls, QList<QUrl>{QUrl(QStringLiteral("https://988lifeline.org/chat"))});
}

// A clinic's own crisis-line file that cannot be read: the client is told, in their language,
// and gets the built-in lines.
TEST(CrisisLineList, AMalformedClinicFileIsNamedAndTheBuiltInLinesShown) {
    QTemporaryDir dataDir;
    QFile clinicFile(dataDir.filePath(QString::fromLatin1(AppAssembly::kClinicCrisisLines)));
    ASSERT_TRUE(clinicFile.open(QIODevice::WriteOnly));
    clinicFile.write(R"({"lines": [{"name": {"en": "Local line"}, "contacts": [{"kind": "call",
        "address": "call the front desk"}]}]})");
    clinicFile.close();

    UiHarness::Options spanish;
    spanish.locale = QLocale(QLocale::Spanish, QLocale::UnitedStates);
    spanish.dataDir = dataDir.path();
    UiHarness ui(spanish);
    CrisisLineList& lines = ui.crisisLines();
    EXPECT_TRUE(lines.problem().startsWith(
        QStringLiteral("No se pudo leer la lista de líneas de crisis de tu clínica")))
        << qPrintable(lines.problem());
    EXPECT_TRUE(lines.problem().contains(QStringLiteral("\"call the front desk\"")));
    ASSERT_GE(lines.rowCount(), 3);
    const QModelIndex first = lines.index(0);
    EXPECT_EQ(lines.data(first, CrisisLineList::NameRole).toString(),
              QStringLiteral("988 Línea de Prevención del Suicidio y Crisis"));
    const QVariantList contacts = lines.data(first, CrisisLineList::ContactsRole).toList();
    ASSERT_EQ(contacts.size(), 3);
    EXPECT_EQ(contacts[0].toMap().value(QStringLiteral("text")).toString(),
              QStringLiteral("Llamar al 988"));
    EXPECT_EQ(contacts[1].toMap().value(QStringLiteral("text")).toString(),
              QStringLiteral("Enviar AYUDA al 988"));
    EXPECT_EQ(contacts[1].toMap().value(QStringLiteral("url")).toUrl(),
              QUrl(QStringLiteral("sms:988?body=AYUDA")));
}

TEST(CrisisLineList, WithoutAClinicFileTheBuiltInLinesAndNoProblem) {
    UiHarness ui;
    EXPECT_TRUE(ui.crisisLines().problem().isEmpty());
    EXPECT_EQ(ui.crisisLines().data(ui.crisisLines().index(0), CrisisLineList::NameRole),
              QStringLiteral("988 Suicide & Crisis Lifeline"));
}
