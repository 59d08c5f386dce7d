#pragma once

#include <QByteArray>

namespace stepstone {

// A raw 256-bit SQLCipher key, optionally with the 128-bit salt it was derived with.
// The bytes are wiped when the last copy goes away.
class DatabaseKey {
public:
    static constexpr qsizetype kKeyBytes = 32;
    static constexpr qsizetype kSaltBytes = 16;

    static DatabaseKey generate();
    // Returns an invalid key unless `bytes` is exactly kKeyBytes long.
    static DatabaseKey fromBytes(const QByteArray& bytes, const QByteArray& salt = {});

    DatabaseKey() = default;
    DatabaseKey(const DatabaseKey&) = default;
    DatabaseKey& operator=(const DatabaseKey&) = default;
    ~DatabaseKey();

    bool isValid() const { return m_key.size() == kKeyBytes; }
    const QByteArray& bytes() const { return m_key; }
    const QByteArray& salt() const { return m_salt; }

    // The blob literal SQLCipher takes as a raw key: x'<key hex>' or x'<key hex><salt hex>'.
    QByteArray sqlcipherLiteral() const;

private:
    QByteArray m_key;
    QByteArray m_salt;
};

void secureWipe(QByteArray& bytes);

} // namespace stepstone
