#include "sync/mapping/CravingSharingConsentBuilder.h"

#include "sync/mapping/CravingObservationCodes.h"
#include "sync/mapping/FhirCodeSystems.h"
#include "sync/mapping/FhirDateTime.h"
#include "sync/mapping/FhirJson.h"
#include "sync/mapping/PartTwoSecurityLabels.h"

#include <QJsonArray>

namespace stepstone::CravingSharingConsentBuilder {

namespace {

const QString kPartTwoText =
    QStringLiteral("https://www.ecfr.gov/current/title-42/chapter-I/subchapter-A/part-2");

MappingError invalid(const QString& field, const QString& why) {
    return {MappingErrorKind::InvalidInput, field, why};
}

bool isRecipientType(const QString& type) {
    return type == QLatin1String("CareTeam") || type == QLatin1String("Organization") ||
           type == QLatin1String("Practitioner") || type == QLatin1String("PractitionerRole");
}

QJsonObject provision(const fhir::ReferenceTarget& recipient) {
    using namespace fhir;
    const QJsonObject actor{
        {QStringLiteral("role"),
         codeableConcept(coding(systems::kParticipationType, QStringLiteral("IRCP"),
                                QStringLiteral("information recipient")))},
        {QStringLiteral("reference"), reference(recipient.type, recipient.id)},
    };
    return {
        {QStringLiteral("type"), QStringLiteral("permit")},
        {QStringLiteral("actor"), QJsonArray{actor}},
        {QStringLiteral("securityLabel"), partTwoSecurityLabels()},
        {QStringLiteral("purpose"), QJsonArray{coding(systems::kActReason, QStringLiteral("TREAT"),
                                                      QStringLiteral("treatment"))}},
        {QStringLiteral("class"),
         QJsonArray{coding(systems::kResourceTypes, QStringLiteral("Observation"))}},
        {QStringLiteral("code"), QJsonArray{craving::logCode()}},
    };
}

} // namespace

Result<QJsonObject, MappingError> build(const CravingSharingChoice& choice) {
    using namespace fhir;
    if (choice.consentId.isNull())
        return fail(invalid(QStringLiteral("Consent.id"), QStringLiteral("null UUID")));
    if (!isFhirId(choice.patientId))
        return fail(invalid(QStringLiteral("Consent.patient"), QStringLiteral("not a FHIR id")));
    const auto recipient = referenceTarget(choice.recipient);
    if (!recipient || !isRecipientType(recipient->type) ||
        choice.recipient.contains(QLatin1Char(':')))
        return fail(invalid(QStringLiteral("Consent.provision.actor"),
                            QStringLiteral("not a care team, organization or practitioner")));
    const QString dateTime = toFhirInstant(choice.decidedAt);
    if (dateTime.isEmpty())
        return fail(
            invalid(QStringLiteral("Consent.dateTime"), QStringLiteral("not representable")));

    const QJsonObject patient = reference(QStringLiteral("Patient"), choice.patientId);
    return QJsonObject{
        {QStringLiteral("resourceType"), QStringLiteral("Consent")},
        {QStringLiteral("id"), choice.consentId.toString(QUuid::WithoutBraces)},
        {QStringLiteral("meta"),
         QJsonObject{{QStringLiteral("security"), partTwoSecurityLabels()}}},
        {QStringLiteral("status"),
         choice.sharing ? QStringLiteral("active") : QStringLiteral("inactive")},
        {QStringLiteral("scope"),
         codeableConcept(coding(systems::kConsentScope, QStringLiteral("patient-privacy"),
                                QStringLiteral("Privacy Consent")))},
        {QStringLiteral("category"),
         QJsonArray{codeableConcept(coding(systems::kLoinc, QStringLiteral("59284-0"),
                                           QStringLiteral("Patient Consent"))),
                    codeableConcept(coding(systems::kActCode, QStringLiteral("IDSCL"),
                                           QStringLiteral("information disclosure")))}},
        {QStringLiteral("patient"), patient},
        {QStringLiteral("dateTime"), dateTime},
        {QStringLiteral("performer"), QJsonArray{patient}},
        {QStringLiteral("policy"), QJsonArray{QJsonObject{{QStringLiteral("uri"), kPartTwoText}}}},
        {QStringLiteral("policyRule"),
         codeableConcept(coding(systems::kActCode, QStringLiteral("42CFRPart2"),
                                QStringLiteral("42 CFR Part2")))},
        {QStringLiteral("provision"), provision(*recipient)},
    };
}

} // namespace stepstone::CravingSharingConsentBuilder
