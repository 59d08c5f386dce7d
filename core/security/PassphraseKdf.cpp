#include "security/PassphraseKdf.h"

#include <QRandomGenerator>
#include <openssl/evp.h>

namespace stepstone {

DatabaseKey PassphraseKdf::derive(const QString& passphrase, const QByteArray& salt,
                                  int iterations) {
    if (salt.size() != DatabaseKey::kSaltBytes || iterations < 1)
        return {};
    QByteArray utf8 = passphrase.normalized(QString::NormalizationForm_C).toUtf8();
    QByteArray output(DatabaseKey::kKeyBytes, Qt::Uninitialized);
    const int ok = PKCS5_PBKDF2_HMAC(utf8.constData(), int(utf8.size()),
                                     reinterpret_cast<const unsigned char*>(salt.constData()),
                                     int(salt.size()), iterations, EVP_sha512(), int(output.size()),
                                     reinterpret_cast<unsigned char*>(output.data()));
    secureWipe(utf8);
    DatabaseKey key = ok == 1 ? DatabaseKey::fromBytes(output, salt) : DatabaseKey();
    secureWipe(output);
    return key;
}

QByteArray PassphraseKdf::newSalt() {
    QByteArray salt(DatabaseKey::kSaltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(salt.data()),
                                          DatabaseKey::kSaltBytes / qsizetype(sizeof(quint32)));
    return salt;
}

} // namespace stepstone
