#pragma once

#include <QByteArray>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace stepstone::test {

// The SDC implementation guide's example forms (CC0) and the fhirpath package, installed by
// scripts/test into tests/fhir-forms: forms and a FHIRPath engine nobody on the project wrote.
inline QDir formsOracleModules() {
    return QDir(QStringLiteral(STEPSTONE_FORMS_ORACLE_DIR));
}

inline QString sdcExamplePath(const QString& name) {
    return formsOracleModules().filePath(QStringLiteral("hl7.fhir.uv.sdc/example/") + name);
}

// What tests/fhir-forms/score.mjs (fhirpath 5.2.2) computes for `form` on `response`, run now:
// its values are never copied into the tree.
inline QJsonObject oracleScores(const QByteArray& form, const QJsonObject& response) {
    QTemporaryDir dir;
    const QString formPath = dir.filePath(QStringLiteral("q.json"));
    const QString responsePath = dir.filePath(QStringLiteral("qr.json"));
    QFile formFile(formPath);
    QFile responseFile(responsePath);
    if (!formFile.open(QIODevice::WriteOnly) || !responseFile.open(QIODevice::WriteOnly)) {
        ADD_FAILURE() << "cannot write the oracle's input under " << dir.path().toStdString();
        return {};
    }
    formFile.write(form);
    responseFile.write(QJsonDocument(response).toJson());
    formFile.close();
    responseFile.close();
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty()) {
        ADD_FAILURE() << "node is not installed: the scores cannot be checked";
        return {};
    }
    QDir oracle = formsOracleModules();
    oracle.cdUp();
    QProcess process;
    process.start(node, {oracle.filePath(QStringLiteral("score.mjs")), formPath, responsePath});
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        ADD_FAILURE() << "score.mjs failed: " << process.readAllStandardError().toStdString();
        return {};
    }
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

} // namespace stepstone::test
