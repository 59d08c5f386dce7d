#include "store/ClinicAccounts.h"

namespace stepstone {

namespace {

constexpr char kFind[] = "SELECT id FROM clinic_account WHERE fhir_base = ?1 AND patient_id = ?2";
// last_used_at only grows, so the account used last is current even within one millisecond.
constexpr char kInsert[] = R"sql(
INSERT INTO clinic_account (fhir_base, patient_id, last_used_at)
VALUES (?1, ?2, max(?3, (SELECT ifnull(max(last_used_at), 0) + 1 FROM clinic_account))))sql";
constexpr char kTouch[] = R"sql(
UPDATE clinic_account
SET last_used_at = max(?2, (SELECT max(last_used_at) + 1 FROM clinic_account))
WHERE id = ?1)sql";
constexpr char kRead[] = "SELECT id, fhir_base, patient_id, name FROM clinic_account WHERE id = ?1";
constexpr char kCurrent[] = "SELECT id, fhir_base, patient_id, name FROM clinic_account "
                            "WHERE id <> 0 ORDER BY last_used_at DESC, id DESC LIMIT 1";
constexpr char kSetName[] = "UPDATE clinic_account SET name = ?2 WHERE id = ?1";
constexpr char kHasEarlierState[] = "SELECT 1 FROM clinic_account WHERE id = 0";

// Account 0 holds what was synced before accounts existed.
constexpr const char* kClaimEarlierState[] = {
    "UPDATE outbox SET account_id = ?1 WHERE account_id = 0",
    "UPDATE remote_version SET account_id = ?1 WHERE account_id = 0",
    "UPDATE watermark SET account_id = ?1 WHERE account_id = 0",
    "UPDATE clinic_session SET account_id = ?1 WHERE account_id = 0",
    "UPDATE sharing SET account_id = ?1 WHERE account_id = 0",
    "UPDATE sent_log SET account_id = ?1 WHERE account_id = 0",
};
constexpr char kForgetAccountZero[] = "DELETE FROM clinic_account WHERE id = 0";
constexpr char kLetGoOfEarlierState[] = R"sql(
DELETE FROM outbox WHERE account_id = 0;
DELETE FROM remote_version WHERE account_id = 0;
DELETE FROM watermark WHERE account_id = 0;
DELETE FROM clinic_session WHERE account_id = 0;
DELETE FROM sharing WHERE account_id = 0;
UPDATE sent_log SET account_id = NULL WHERE account_id = 0;
DELETE FROM clinic_account WHERE id = 0;
)sql";

Result<std::optional<ClinicAccount>, StoreError> firstAccount(Statement& select) {
    std::optional<ClinicAccount> account;
    auto read = select.forEachRow([&](const Statement& row) {
        if (!account)
            account = ClinicAccount{{row.integer(0)}, QUrl(row.text(1)), row.text(2), row.text(3)};
    });
    if (!read)
        return fail(read.error());
    return account;
}

QString baseText(const QUrl& fhirBase) {
    return fhirBase.toString(QUrl::StripTrailingSlash);
}

Result<std::optional<qint64>, StoreError> findAccount(Database& db, const QString& base,
                                                      const QString& patientId) {
    auto find = db.prepared(kFind);
    if (!find)
        return fail(find.error());
    std::optional<qint64> id;
    auto read = (*find)->bind(1, base).bind(2, patientId).forEachRow([&](const Statement& row) {
        id = row.integer(0);
    });
    if (!read)
        return fail(read.error());
    return id;
}

} // namespace

ClinicAccounts::ClinicAccounts(Database& db, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock) {}

Result<ClinicAccount, StoreError>
ClinicAccounts::use(const QUrl& fhirBase, const QString& patientId, EarlierState earlier) {
    if (!fhirBase.isValid() || patientId.isEmpty())
        return fail(StoreError{StoreErrorKind::InvalidInput, QStringLiteral("no clinic account")});
    const QString base = baseText(fhirBase);
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    auto used = inTransaction(m_db, [&]() -> Result<ClinicAccount, StoreError> {
        auto existing = findAccount(m_db, base, patientId);
        if (!existing)
            return fail(existing.error());
        const bool created = !existing->has_value();
        auto write = m_db.prepared(created ? kInsert : kTouch);
        if (!write)
            return fail(write.error());
        if (created)
            (*write)->bind(1, base).bind(2, patientId).bind(3, now);
        else
            (*write)->bind(1, **existing).bind(2, now);
        if (auto ran = (*write)->run(); !ran)
            return fail(ran.error());
        auto id = created ? findAccount(m_db, base, patientId) : existing;
        if (!id)
            return fail(id.error());
        const ClinicAccountId account{id->value()};
        if (auto settled = settleEarlierState(account, created && earlier == EarlierState::Claim);
            !settled)
            return fail(settled.error());
        return read(account);
    });
    if (used)
        Q_EMIT changed();
    return used;
}

Result<std::optional<ClinicAccount>, StoreError> ClinicAccounts::current() const {
    auto select = m_db.prepared(kCurrent);
    if (!select)
        return fail(select.error());
    return firstAccount(**select);
}

Result<ClinicAccount, StoreError> ClinicAccounts::read(ClinicAccountId account) const {
    auto select = m_db.prepared(kRead);
    if (!select)
        return fail(select.error());
    auto found = firstAccount((*select)->bind(1, account.value));
    if (!found)
        return fail(found.error());
    if (!*found)
        return fail(StoreError{StoreErrorKind::NotFound, QStringLiteral("no such account")});
    return **found;
}

Result<void, StoreError> ClinicAccounts::setName(ClinicAccountId account, const QString& name) {
    auto update = m_db.prepared(kSetName);
    if (!update)
        return fail(update.error());
    if (auto ran = (*update)->bind(1, account.value).bind(2, name).run(); !ran)
        return ran;
    Q_EMIT changed();
    return {};
}

Result<void, StoreError> ClinicAccounts::settleEarlierState(ClinicAccountId account, bool claim) {
    auto pending = m_db.prepared(kHasEarlierState);
    if (!pending)
        return fail(pending.error());
    bool hasEarlier = false;
    if (auto read = (*pending)->forEachRow([&](const Statement&) { hasEarlier = true; }); !read)
        return read;
    if (!hasEarlier)
        return {};
    if (!claim)
        return m_db.exec(kLetGoOfEarlierState);
    for (const char* sql : kClaimEarlierState) {
        auto move = m_db.prepared(sql);
        if (!move)
            return fail(move.error());
        if (auto ran = (*move)->bind(1, account.value).run(); !ran)
            return ran;
    }
    return m_db.exec(kForgetAccountZero);
}

} // namespace stepstone
