#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <gtest/gtest.h>

namespace stepstone::test {

// A JSON object written in a test; a typo in it fails the test instead of mapping `{}`.
inline QJsonObject jsonObject(const char* text) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(text), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    EXPECT_TRUE(doc.isObject());
    return doc.object();
}

inline std::string compact(const QJsonObject& object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString();
}

} // namespace stepstone::test
