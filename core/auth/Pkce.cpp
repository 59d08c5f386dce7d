#include "auth/Pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <vector>

namespace stepstone {

namespace {

constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray systemRandomBytes(qsizetype count) {
    std::vector<quint32> words(static_cast<size_t>((count + 3) / 4));
    QRandomGenerator::system()->fillRange(words.data(), static_cast<qsizetype>(words.size()));
    return QByteArray(reinterpret_cast<const char*>(words.data()), count);
}

} // namespace

PkceCodes PkceCodes::generate() {
    return fromRandomBytes(systemRandomBytes(kRandomBytes));
}

PkceCodes PkceCodes::fromRandomBytes(const QByteArray& octets) {
    PkceCodes codes;
    codes.verifier = octets.toBase64(kBase64Url);
    codes.challenge = s256Challenge(codes.verifier);
    return codes;
}

QByteArray PkceCodes::s256Challenge(const QByteArray& verifier) {
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256).toBase64(kBase64Url);
}

QByteArray randomUrlSafeToken(qsizetype bytes) {
    return systemRandomBytes(bytes).toBase64(kBase64Url);
}

} // namespace stepstone
