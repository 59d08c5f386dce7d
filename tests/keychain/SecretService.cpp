#include "SecretService.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusVariant>
#include <stdexcept>

namespace stepstone::test {

// The Secret Service "secret" struct, (oayays).
struct Secret {
    QDBusObjectPath session;
    QByteArray parameters;
    QByteArray value;
    QString contentType;
};

QDBusArgument& operator<<(QDBusArgument& argument, const Secret& secret) {
    argument.beginStructure();
    argument << secret.session << secret.parameters << secret.value << secret.contentType;
    argument.endStructure();
    return argument;
}

const QDBusArgument& operator>>(const QDBusArgument& argument, Secret& secret) {
    argument.beginStructure();
    argument >> secret.session >> secret.parameters >> secret.value >> secret.contentType;
    argument.endStructure();
    return argument;
}

} // namespace stepstone::test

Q_DECLARE_METATYPE(stepstone::test::Secret)

namespace stepstone::test {

namespace {

const QString kService = QStringLiteral("org.freedesktop.secrets");
const QString kServicePath = QStringLiteral("/org/freedesktop/secrets");
const QString kServiceInterface = QStringLiteral("org.freedesktop.Secret.Service");
const QString kCollectionInterface = QStringLiteral("org.freedesktop.Secret.Collection");
const QString kGnomeKeyringInterface =
    QStringLiteral("org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface");
constexpr int kCallTimeoutMs = 5'000;

QList<QVariant> call(const QString& path, const QString& interface, const QString& method,
                     const QList<QVariant>& args) {
    QDBusMessage message = QDBusMessage::createMethodCall(kService, path, interface, method);
    message.setArguments(args);
    const QDBusMessage reply =
        QDBusConnection::sessionBus().call(message, QDBus::Block, kCallTimeoutMs);
    if (reply.type() != QDBusMessage::ReplyMessage)
        throw std::runtime_error(
            QStringLiteral("%1.%2: %3 %4")
                .arg(interface, method, reply.errorName(), reply.errorMessage())
                .toStdString());
    return reply.arguments();
}

QList<QVariant> callService(const QString& method, const QList<QVariant>& args) {
    return call(kServicePath, kServiceInterface, method, args);
}

QDBusObjectPath openPlainSession() {
    const auto reply =
        callService(QStringLiteral("OpenSession"),
                    {QStringLiteral("plain"), QVariant::fromValue(QDBusVariant(QString()))});
    return reply.value(1).value<QDBusObjectPath>();
}

} // namespace

SecretService::SecretService() {
    qDBusRegisterMetaType<Secret>();
    qDBusRegisterMetaType<QMap<QString, QString>>();
}

QDBusObjectPath SecretService::readAlias(const QString& alias) {
    const auto path = callService(QStringLiteral("ReadAlias"), {alias}).value(0);
    const QDBusObjectPath collection = path.value<QDBusObjectPath>();
    if (collection.path() == QLatin1String("/"))
        throw std::runtime_error("no collection has the alias " + alias.toStdString());
    return collection;
}

void SecretService::setAlias(const QString& alias, const QDBusObjectPath& collection) {
    callService(QStringLiteral("SetAlias"), {alias, QVariant::fromValue(collection)});
}

bool SecretService::isLocked(const QDBusObjectPath& collection) {
    const auto reply =
        call(collection.path(), QStringLiteral("org.freedesktop.DBus.Properties"),
             QStringLiteral("Get"), {kCollectionInterface, QStringLiteral("Locked")});
    return reply.value(0).value<QDBusVariant>().variant().toBool();
}

void SecretService::lock(const QDBusObjectPath& collection) {
    const QList<QDBusObjectPath> objects{collection};
    const auto reply = callService(QStringLiteral("Lock"), {QVariant::fromValue(objects)});
    if (reply.value(1).value<QDBusObjectPath>().path() != QLatin1String("/"))
        throw std::runtime_error("locking " + collection.path().toStdString() +
                                 " asks for a prompt");
}

void SecretService::unlockWithMasterPassword(const QDBusObjectPath& collection,
                                             const QString& password) {
    const Secret secret{openPlainSession(), {}, password.toUtf8(), QStringLiteral("text/plain")};
    call(kServicePath, kGnomeKeyringInterface, QStringLiteral("UnlockWithMasterPassword"),
         {QVariant::fromValue(collection), QVariant::fromValue(secret)});
}

int SecretService::countItems(const QMap<QString, QString>& attributes) {
    const auto reply =
        callService(QStringLiteral("SearchItems"), {QVariant::fromValue(attributes)});
    const auto unlocked = qdbus_cast<QList<QDBusObjectPath>>(reply.value(0));
    const auto locked = qdbus_cast<QList<QDBusObjectPath>>(reply.value(1));
    return int(unlocked.size() + locked.size());
}

} // namespace stepstone::test
