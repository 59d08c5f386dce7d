#include "sync/SyncSteps.h"

#include <gtest/gtest.h>

using namespace stepstone;

// Sign-in asks for what the sync's steps do, and nothing more (SMART's least privilege).
TEST(SyncStepsTest, SignInAsksForExactlyWhatTheStepsNeed) {
    const QStringList scopes = requestedScopes(ScopeStyle::V2, syncAccess());
    EXPECT_EQ(scopes.mid(4),
              (QStringList{"patient/Consent.cru", "patient/CareTeam.s",
                           "patient/AppointmentResponse.cru", "patient/Observation.crud",
                           "patient/QuestionnaireResponse.cruds", "patient/Task.rus",
                           "patient/Patient.r", "patient/Appointment.rs", "patient/Location.r",
                           "patient/MedicationRequest.s", "patient/Questionnaire.s"}));
}
