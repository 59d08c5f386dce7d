#pragma once

#include "ClinicServer.h"

#include <QJsonObject>
#include <QList>
#include <gtest/gtest.h>

namespace stepstone::test {

struct FhirAnswer {
    int status = 0;
    QJsonObject resource;
};

// Blocking GET `<fhirBase>/<path>` with a bearer token, for checking what a token may read.
FhirAnswer fhirGet(const QUrl& fhirBase, const QString& path, const QString& token);

// Every resource a search finds, following `next` links: `query` relative to `fhirBase`, e.g.
// "Observation?subject=Patient/x". A page that is not 200 fails the test and ends the search.
QList<QJsonObject> fhirSearch(const QUrl& fhirBase, const QString& query, const QString& token);

// A test against the shared clinic server of the `clinic_server` fixture.
class ClinicTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto server = ClinicServer::shared();
        ASSERT_TRUE(server.has_value())
            << "No clinic server at " << ClinicServer::sharedReadyFile().toStdString()
            << ": run through ctest, whose fixture clinic_server starts it";
        m_clinic = *server;
    }

    ClinicServer m_clinic;
};

} // namespace stepstone::test
