#pragma once

#include "TestApplication.h"
#include "auth/AccessTokenSource.h"

namespace stepstone::test {

// Hands out "token-1" for the patient alex-rivera, then "token-2" once the first is rejected,
// under the scopes a test grants.
class CountingTokenSource final : public AccessTokenSource {
public:
    explicit CountingTokenSource(QUrl base, QStringList granted = {})
        : m_base(std::move(base))
        , m_granted(std::move(granted)) {}
    QUrl fhirBase() const override { return m_base; }
    QString patientId() const override { return QStringLiteral("alex-rivera"); }
    QStringList grantedScopes() const override { return m_granted; }
    void setGrantedScopes(QStringList granted) { m_granted = std::move(granted); }
    void fetchAccessToken(Callback done) override {
        done(QStringLiteral("token-%1").arg(m_generation));
    }
    void reject(const QString&) override { ++m_generation; }

private:
    QUrl m_base;
    QStringList m_granted;
    int m_generation = 1;
};

} // namespace stepstone::test
