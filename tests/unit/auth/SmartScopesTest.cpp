#include "auth/SmartScopes.h"

#include <gtest/gtest.h>

using namespace stepstone;

TEST(SmartScopesTest, AsksForLaunchContextAndOfflineAccess) {
    for (const ScopeStyle style : {ScopeStyle::V1, ScopeStyle::V2}) {
        const QStringList scopes = requestedScopes(style);
        for (const char* scope : {"openid", "fhirUser", "launch/patient", "offline_access"})
            EXPECT_TRUE(scopes.contains(QLatin1StringView(scope))) << scope;
    }
}

TEST(SmartScopesTest, V2UsesLettersForWhatTheSyncDoes) {
    const QStringList scopes = requestedScopes(ScopeStyle::V2);
    EXPECT_TRUE(scopes.contains("patient/Patient.r"));
    EXPECT_TRUE(scopes.contains("patient/Appointment.rs"));
    EXPECT_TRUE(scopes.contains("patient/AppointmentResponse.crus"));
    EXPECT_TRUE(scopes.contains("patient/Observation.cruds"));
    EXPECT_TRUE(scopes.contains("patient/Location.rs"));
    EXPECT_TRUE(scopes.contains("patient/Consent.crus"));
    EXPECT_TRUE(scopes.contains("patient/CareTeam.rs"));
    for (const QString& scope : scopes)
        EXPECT_FALSE(scope.endsWith(".read") || scope.endsWith(".write")) << scope.toStdString();
}

TEST(SmartScopesTest, V1UsesReadAndWrite) {
    const QStringList scopes = requestedScopes(ScopeStyle::V1);
    EXPECT_TRUE(scopes.contains("patient/Patient.read"));
    EXPECT_FALSE(scopes.contains("patient/Patient.write"));
    EXPECT_TRUE(scopes.contains("patient/Appointment.read"));
    EXPECT_FALSE(scopes.contains("patient/Appointment.write"));
    EXPECT_TRUE(scopes.contains("patient/Observation.read"));
    EXPECT_TRUE(scopes.contains("patient/Observation.write"));
    EXPECT_FALSE(scopes.contains("patient/Observation.cruds"));
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
