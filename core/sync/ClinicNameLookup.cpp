#include "sync/ClinicNameLookup.h"

#include "sync/mapping/FhirJson.h"

namespace stepstone {

namespace {

constexpr int kMaxNameLength = 200;

} // namespace

QString ClinicNameLookup::nameFrom(const QJsonObject& patient) {
    if (patient.value(QLatin1String("resourceType")).toString() != QLatin1String("Patient"))
        return {};
    const QString display = patient.value(QLatin1String("managingOrganization"))
                                .toObject()
                                .value(QLatin1String("display"))
                                .toString();
    return fhir::fhirStringFrom(display).simplified().left(kMaxNameLength);
}

void ClinicNameLookup::run(SyncRun& run, Done done) {
    if (m_known || missingAccess(run, access()))
        return done(std::nullopt);
    m_parts.client.get(QStringLiteral("Patient/") + run.patientId,
                       [this, done = std::move(done)](Result<FhirResponse, FhirError> answer) {
                           if (!answer && answer.error().kind == FhirError::Kind::SignInNeeded)
                               return done(answer.error());
                           if (!answer)
                               return done(std::nullopt);
                           m_known = true;
                           const QString name = nameFrom(answer->body);
                           if (name.isEmpty())
                               return done(std::nullopt);
                           auto saved = m_parts.accounts.setName(m_parts.account, name);
                           done(saved ? std::nullopt : std::optional<SyncFailure>(saved.error()));
                       });
}

} // namespace stepstone
