#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QJsonArray>
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
// Runs one of tests/fhir-forms' node scripts; its standard output, or empty after a failure.
inline QByteArray runOracle(const QString& script, const QStringList& arguments) {
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty()) {
        ADD_FAILURE() << "node is not installed: nothing can be checked against the oracle";
        return {};
    }
    QDir oracle = formsOracleModules();
    oracle.cdUp();
    QProcess process;
    process.start(node, QStringList{oracle.filePath(script)} + arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        ADD_FAILURE() << script.toStdString()
                      << " failed: " << process.readAllStandardError().toStdString();
        return {};
    }
    return process.readAllStandardOutput();
}

// What tests/fhir-forms/evaluate.mjs (fhirpath 5.2.2) gives for each expression on `resource`
// (also %resource) with %questionnaire, run now: {"value": [...]} or {"error": "..."} each.
inline QJsonArray oracleEvaluations(const QJsonObject& resource, const QJsonObject& questionnaire,
                                    const QStringList& expressions) {
    QTemporaryDir dir;
    const QString casesPath = dir.filePath(QStringLiteral("cases.json"));
    QFile cases(casesPath);
    if (!cases.open(QIODevice::WriteOnly)) {
        ADD_FAILURE() << "cannot write the oracle's input under " << dir.path().toStdString();
        return {};
    }
    cases.write(QJsonDocument(QJsonObject{{"resource", resource},
                                          {"questionnaire", questionnaire},
                                          {"expressions", QJsonArray::fromStringList(expressions)}})
                    .toJson());
    cases.close();
    return QJsonDocument::fromJson(runOracle(QStringLiteral("evaluate.mjs"), {casesPath})).array();
}

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
    return QJsonDocument::fromJson(runOracle(QStringLiteral("score.mjs"), {formPath, responsePath}))
        .object();
}

} // namespace stepstone::test
