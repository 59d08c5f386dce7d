#pragma once

#include <QDBusObjectPath>
#include <QMap>
#include <QString>

namespace stepstone::test {

// The few Secret Service calls the suite needs, plus gnome-keyring's own prompt-free unlock.
// All on one connection: a Secret Service session belongs to the connection that opened it.
// Failures throw std::runtime_error with the D-Bus error, which fails the test that called.
class SecretService {
public:
    SecretService();

    QDBusObjectPath readAlias(const QString& alias);
    void setAlias(const QString& alias, const QDBusObjectPath& collection);
    bool isLocked(const QDBusObjectPath& collection);
    void lock(const QDBusObjectPath& collection);
    void unlockWithMasterPassword(const QDBusObjectPath& collection, const QString& password);
    // Items whose attributes include all of these, locked or not.
    int countItems(const QMap<QString, QString>& attributes);
};

} // namespace stepstone::test
