#pragma once

#include "TestApplication.h"
#include "auth/AccessTokenSource.h"

namespace stepstone::test {

// Hands out "token-1" for the patient alex-rivera, then "token-2" once the first is rejected.
class CountingTokenSource final : public AccessTokenSource {
public:
    explicit CountingTokenSource(QUrl base)
        : m_base(std::move(base)) {}
    QUrl fhirBase() const override { return m_base; }
    QString patientId() const override { return QStringLiteral("alex-rivera"); }
    void fetchAccessToken(Callback done) override {
        done(QStringLiteral("token-%1").arg(m_generation));
    }
    void reject(const QString&) override { ++m_generation; }

private:
    QUrl m_base;
    int m_generation = 1;
};

} // namespace stepstone::test
