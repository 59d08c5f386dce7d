#pragma once

#include <QLatin1String>

// Systems and URLs the mappers write. The Stepstone ones are ours: the clinic server's demo
// seed (tests/clinic-server/seed/clinic.mjs) uses the same session-kind and video-link URLs.
namespace stepstone::fhir::systems {

// Stepstone's own code systems.
inline constexpr QLatin1String kCraving("https://stepstone.example/fhir/CodeSystem/craving");
inline constexpr QLatin1String
    kCravingTrigger("https://stepstone.example/fhir/CodeSystem/craving-trigger");
inline constexpr QLatin1String
    kCravingOutcome("https://stepstone.example/fhir/CodeSystem/craving-outcome");
inline constexpr QLatin1String
    kCopingSkill("https://stepstone.example/fhir/CodeSystem/coping-skill");
inline constexpr QLatin1String kCheckIn("https://stepstone.example/fhir/CodeSystem/check-in");
inline constexpr QLatin1String kLapse("https://stepstone.example/fhir/CodeSystem/lapse");
inline constexpr QLatin1String
    kLapseNoteExtension("https://stepstone.example/fhir/StructureDefinition/lapse-note");
inline constexpr QLatin1String kProgram("https://stepstone.example/fhir/CodeSystem/program");
inline constexpr QLatin1String
    kProgramLevel("https://stepstone.example/fhir/CodeSystem/program-level");
inline constexpr QLatin1String kMeeting("https://stepstone.example/fhir/CodeSystem/meeting");
inline constexpr QLatin1String
    kMeetingKind("https://stepstone.example/fhir/CodeSystem/meeting-kind");
inline constexpr QLatin1String
    kMeetingLinkExtension("https://stepstone.example/fhir/StructureDefinition/meeting-link");
inline constexpr QLatin1String
    kRefillDueExtension("https://stepstone.example/fhir/StructureDefinition/refill-due");
inline constexpr QLatin1String
    kPrescriberExtension("https://stepstone.example/fhir/StructureDefinition/prescriber");
inline constexpr QLatin1String
    kSessionKind("https://stepstone.example/fhir/CodeSystem/session-kind");
inline constexpr QLatin1String
    kVideoLinkExtension("https://stepstone.example/fhir/StructureDefinition/video-link");

// HL7 terminology.
inline constexpr QLatin1String
    kObservationCategory("http://terminology.hl7.org/CodeSystem/observation-category");
inline constexpr QLatin1String kActCode("http://terminology.hl7.org/CodeSystem/v3-ActCode");
inline constexpr QLatin1String
    kConfidentiality("http://terminology.hl7.org/CodeSystem/v3-Confidentiality");
inline constexpr QLatin1String
    kParticipationType("http://terminology.hl7.org/CodeSystem/v3-ParticipationType");
inline constexpr QLatin1String kActReason("http://terminology.hl7.org/CodeSystem/v3-ActReason");
inline constexpr QLatin1String kConsentScope("http://terminology.hl7.org/CodeSystem/consentscope");
inline constexpr QLatin1String kLoinc("http://loinc.org");
inline constexpr QLatin1String kUcum("http://unitsofmeasure.org");
inline constexpr QLatin1String kRxNorm("http://www.nlm.nih.gov/research/umls/rxnorm");
inline constexpr QLatin1String kResourceTypes("http://hl7.org/fhir/resource-types");

} // namespace stepstone::fhir::systems
