#include "auth/ClinicAddress.h"

#include <gtest/gtest.h>

using namespace stepstone;

TEST(ClinicAddress, TypedAddressWithoutSchemeMeansHttps) {
    auto url = ClinicAddress::fromTyped(QStringLiteral("  clinic.example.org/fhir/R4/ "));
    ASSERT_TRUE(url.ok()) << qPrintable(url.error());
    EXPECT_EQ(url->toString(), QStringLiteral("https://clinic.example.org/fhir/R4"));
}

TEST(ClinicAddress, PlainHttpOnlyToThisDevice) {
    EXPECT_TRUE(ClinicAddress::fromTyped(QStringLiteral("http://127.0.0.1:8080/fhir")).ok());
    EXPECT_TRUE(ClinicAddress::fromTyped(QStringLiteral("http://localhost/fhir")).ok());
    auto remote = ClinicAddress::fromTyped(QStringLiteral("http://clinic.example.org/fhir"));
    ASSERT_FALSE(remote.ok());
    EXPECT_TRUE(remote.error().contains(QStringLiteral("https")));
}

TEST(ClinicAddress, RefusesWhatIsNotAnAddress) {
    for (const char* typed :
         {"", "   ", "https://", "https://clinic.example.org/fhir?x=1",
          "https://user:pw@clinic.example.org/fhir", "ftp://clinic.example.org"})
        EXPECT_FALSE(ClinicAddress::fromTyped(QString::fromLatin1(typed)).ok()) << typed;
}

TEST(ClinicAddress, LinkCarriesTheClinicInIss) {
    const QUrl link(
        QStringLiteral("stepstone://connect?iss=https%3A%2F%2Fclinic.example.org%2Ffhir%2FR4%2F"));
    auto url = ClinicAddress::fromLink(link);
    ASSERT_TRUE(url.ok()) << qPrintable(url.error());
    EXPECT_EQ(url->toString(), QStringLiteral("https://clinic.example.org/fhir/R4"));
    auto typed = ClinicAddress::fromTyped(link.toString());
    ASSERT_TRUE(typed.ok());
    EXPECT_EQ(*typed, *url);
}

TEST(ClinicAddress, LinksToOtherPlacesOrWithoutAClinicAreRefused) {
    EXPECT_FALSE(ClinicAddress::fromLink(QUrl(QStringLiteral("stepstone://connect"))).ok());
    EXPECT_FALSE(
        ClinicAddress::fromLink(QUrl(QStringLiteral("stepstone://other?iss=https://a.example")))
            .ok());
    EXPECT_FALSE(
        ClinicAddress::fromLink(QUrl(QStringLiteral("https://connect?iss=https://a.example")))
            .ok());
    EXPECT_FALSE(
        ClinicAddress::fromLink(QUrl(QStringLiteral("stepstone://connect?iss=http://a.example")))
            .ok());
}
