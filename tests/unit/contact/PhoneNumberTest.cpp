#include "contact/PhoneNumber.h"

#include <gtest/gtest.h>

using namespace stepstone;

namespace {

QString dialled(const char* written) {
    const auto phone = PhoneNumber::parse(QString::fromUtf8(written));
    return phone ? phone->digits() : QStringLiteral("<none>");
}

} // namespace

TEST(PhoneNumber, DialsTheWaysPeopleWriteNumbers) {
    EXPECT_EQ(dialled("(555) 123-4567"), "5551234567");
    EXPECT_EQ(dialled("+1 555 123 4567"), "+15551234567");
    EXPECT_EQ(dialled("555.123.4567"), "5551234567");
    EXPECT_EQ(dialled("  988 "), "988");
    EXPECT_EQ(dialled("741741"), "741741");
}

TEST(PhoneNumber, VanityLettersDialTheirKeypadDigits) {
    EXPECT_EQ(dialled("1-800-662-HELP"), "18006624357");
    EXPECT_EQ(dialled("1-800-662-help"), "18006624357");
    EXPECT_EQ(dialled("1 800 GOT JUNK"), "18004685865");
}

TEST(PhoneNumber, DigitsOfOtherScriptsDial) {
    EXPECT_EQ(dialled("٥٥٥ ١٢٣ ٤٥٦٧"), "5551234567"); // Arabic-Indic
    EXPECT_EQ(dialled("५५५ १२३४"), "5551234");        // Devanagari
}

TEST(PhoneNumber, AnExtensionIsKeptApart) {
    const auto phone = PhoneNumber::parse(QStringLiteral("555-1234 ext. 12"));
    ASSERT_TRUE(phone);
    EXPECT_EQ(phone->digits(), "5551234");
    EXPECT_EQ(phone->extension(), "12");
    EXPECT_EQ(phone->callUrl(), QUrl(QStringLiteral("tel:5551234;ext=12")));
    EXPECT_EQ(PhoneNumber::parse(QStringLiteral("555 1234 x7"))->extension(), "7");
}

TEST(PhoneNumber, WhatDoesNotDialGivesNoNumber) {
    for (const char* written :
         {"", "call mom", "Mom", "HELP-988", "12", "5551234567890123", "555+1234", "📞 555 1234",
          "555 1234 😀", "555_1234", "ask at the desk"})
        EXPECT_EQ(dialled(written), "<none>") << written;
}

TEST(PhoneNumber, CallAndTextAddresses) {
    const auto lifeline = PhoneNumber::parse(QStringLiteral("988"));
    ASSERT_TRUE(lifeline);
    EXPECT_EQ(lifeline->callUrl().toString(), "tel:988");
    EXPECT_EQ(lifeline->textUrl().toString(), "sms:988");
    const auto textLine = PhoneNumber::parse(QStringLiteral("741741"));
    EXPECT_EQ(textLine->textUrl(QStringLiteral("HOME")).toString(), "sms:741741?body=HOME");
    EXPECT_EQ(textLine->textUrl(QStringLiteral("AYUDA ya")).toString(QUrl::FullyEncoded),
              "sms:741741?body=AYUDA%20ya");
    EXPECT_EQ(PhoneNumber::parse(QStringLiteral("+1 555 123 4567"))->callUrl().toString(),
              "tel:+15551234567");
}
