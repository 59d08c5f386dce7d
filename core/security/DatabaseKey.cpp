#include "security/DatabaseKey.h"

#include <QRandomGenerator>
#include <openssl/crypto.h>

namespace stepstone {

void secureWipe(QByteArray& bytes) {
    // Only wipe storage we own alone; detaching first would copy the secret.
    if (!bytes.isEmpty() && !bytes.isDetached())
        return bytes.clear();
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), static_cast<size_t>(bytes.size()));
    bytes.clear();
}

DatabaseKey DatabaseKey::generate() {
    QByteArray bytes(kKeyBytes, Qt::Uninitialized);
    // QRandomGenerator::system() reads the OS CSPRNG (getrandom on Linux).
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()),
                                          kKeyBytes / qsizetype(sizeof(quint32)));
    DatabaseKey key = fromBytes(bytes);
    secureWipe(bytes);
    return key;
}

DatabaseKey DatabaseKey::fromBytes(const QByteArray& bytes, const QByteArray& salt) {
    DatabaseKey key;
    if (bytes.size() != kKeyBytes || (!salt.isEmpty() && salt.size() != kSaltBytes))
        return key;
    key.m_key = QByteArray(bytes.constData(), bytes.size());
    key.m_salt = QByteArray(salt.constData(), salt.size());
    return key;
}

DatabaseKey::~DatabaseKey() {
    secureWipe(m_key);
    secureWipe(m_salt);
}

QByteArray DatabaseKey::sqlcipherLiteral() const {
    QByteArray literal;
    literal.reserve(3 + 2 * (m_key.size() + m_salt.size()));
    literal.append("x'").append(m_key.toHex()).append(m_salt.toHex()).append('\'');
    return literal;
}

} // namespace stepstone
