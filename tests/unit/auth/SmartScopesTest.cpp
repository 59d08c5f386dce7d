#include "auth/SmartScopes.h"

#include <gtest/gtest.h>

using namespace stepstone;

const ResourceAccess kSomeAccess[] = {
    {"Patient", "r"}, {"Appointment", "rs"}, {"Observation", "cu"}, {"Observation", "rd"}};

TEST(SmartScopesTest, AsksForLaunchContextAndOfflineAccess) {
    for (const ScopeStyle style : {ScopeStyle::V1, ScopeStyle::V2}) {
        const QStringList scopes = requestedScopes(style, kSomeAccess);
        for (const char* scope : {"openid", "fhirUser", "launch/patient", "offline_access"})
            EXPECT_TRUE(scopes.contains(QLatin1StringView(scope))) << scope;
    }
}

TEST(SmartScopesTest, V2AsksForTheLettersNeededOneScopePerType) {
    const QStringList scopes = requestedScopes(ScopeStyle::V2, kSomeAccess);
    EXPECT_EQ(scopes.mid(4), (QStringList{"patient/Patient.r", "patient/Appointment.rs",
                                          "patient/Observation.crud"}));
}

TEST(SmartScopesTest, V1UsesReadAndWrite) {
    const QStringList scopes = requestedScopes(ScopeStyle::V1, kSomeAccess);
    EXPECT_EQ(scopes.mid(4),
              (QStringList{"patient/Patient.read", "patient/Appointment.read",
                           "patient/Observation.read", "patient/Observation.write"}));
}

TEST(SmartScopesTest, AccessIsPermittedOnlyWhenEveryLetterIs) {
    const QStringList granted{"patient/Observation.cru", "patient/Consent.*"};
    EXPECT_TRUE(scopesPermit(granted, ResourceAccess{"Observation", "cu"}));
    EXPECT_FALSE(scopesPermit(granted, ResourceAccess{"Observation", "crud"}));
    EXPECT_TRUE(scopesPermit(granted, ResourceAccess{"Consent", "cruds"}));
    EXPECT_FALSE(scopesPermit(granted, ResourceAccess{"Patient", "r"}));
}

TEST(SmartScopesTest, GrantedScopesSayWhatMayBeDone) {
    const QStringList granted{"openid",
                              "patient/Observation.rs",
                              "patient/Consent.write",
                              "patient/Task.cruds?status=ready",
                              "user/Appointment.read",
                              "patient/*.r"};
    EXPECT_TRUE(scopesPermit(granted, u"Observation", u's'));
    EXPECT_FALSE(scopesPermit(granted, u"Observation", u'c'));
    EXPECT_TRUE(scopesPermit(granted, u"Consent", u'u'));
    EXPECT_FALSE(scopesPermit(granted, u"Consent", u's'));
    EXPECT_TRUE(scopesPermit(granted, u"Appointment", u's'));
    EXPECT_FALSE(scopesPermit(granted, u"Task", u'c'));      // narrowed by a query
    EXPECT_TRUE(scopesPermit(granted, u"Medication", u'r')); // the wildcard
    EXPECT_FALSE(scopesPermit(granted, u"Medication", u's'));
    EXPECT_FALSE(scopesPermit({}, u"Patient", u'r'));
}
