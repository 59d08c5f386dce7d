#include "store/FormStore.h"

#include <QJsonDocument>

namespace stepstone {

namespace {

// A response names its form "url|version", or "url" when the form has no version.
constexpr char kUsedByLiveResponse[] = R"sql(
SELECT 1 FROM homework_response
WHERE deleted_at IS NULL
  AND questionnaire = CASE ?2 WHEN '' THEN ?1 ELSE ?1 || '|' || ?2 END
LIMIT 1)sql";
constexpr char kHasClinicForm[] =
    "SELECT 1 FROM clinic_form WHERE account_id = ?1 AND url = ?2 AND version = ?3";
constexpr char kKeepClinicForm[] = R"sql(
INSERT OR REPLACE INTO clinic_form (account_id, url, version, server_id, version_id,
                                    questionnaire, fetched_at)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7))sql";
constexpr char kClinicForm[] = R"sql(
SELECT questionnaire FROM clinic_form WHERE account_id = ?1 AND url = ?2 AND version = ?3)sql";
constexpr char kKeepBuiltinForm[] = R"sql(
INSERT OR IGNORE INTO builtin_form (url, version, questionnaire, stored_at)
VALUES (?1, ?2, ?3, ?4))sql";
constexpr char kBuiltinForm[] =
    "SELECT questionnaire FROM builtin_form WHERE url = ?1 AND version = ?2";
constexpr char kEvictClinicForms[] = R"sql(
DELETE FROM clinic_form
WHERE account_id = ?1
  AND NOT EXISTS (SELECT 1 FROM homework_task t
                  WHERE t.account_id = clinic_form.account_id AND t.form_version IS NOT NULL
                    AND t.form_version = clinic_form.version
                    AND (t.form = clinic_form.url
                         OR t.form = clinic_form.url || '|' || clinic_form.version))
  AND NOT EXISTS (SELECT 1 FROM homework_response r
                  WHERE r.deleted_at IS NULL
                    AND r.questionnaire = CASE clinic_form.version WHEN '' THEN clinic_form.url
                                          ELSE clinic_form.url || '|' || clinic_form.version END))sql";
constexpr char kEvictBuiltinForms[] = R"sql(
DELETE FROM builtin_form
WHERE NOT EXISTS (SELECT 1 FROM homework_response r
                  WHERE r.deleted_at IS NULL
                    AND r.questionnaire = CASE builtin_form.version WHEN '' THEN builtin_form.url
                                          ELSE builtin_form.url || '|' || builtin_form.version END))sql";

QString jsonText(const QJsonObject& object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Result<std::optional<QJsonObject>, StoreError> readForm(Statement& select) {
    std::optional<QJsonObject> form;
    bool unreadable = false;
    auto read = select.forEachRow([&](const Statement& row) {
        const QJsonDocument doc = QJsonDocument::fromJson(row.text(0).toUtf8());
        if (doc.isObject())
            form = doc.object();
        else
            unreadable = true;
    });
    if (!read)
        return fail(read.error());
    if (unreadable)
        return fail(StoreError{StoreErrorKind::Corrupt, QStringLiteral("unreadable stored form")});
    return form;
}

// Whether the bound statement finds a row.
Result<bool, StoreError> findsRow(Statement& select) {
    bool found = false;
    auto read = select.forEachRow([&](const Statement&) { found = true; });
    if (!read)
        return fail(read.error());
    return found;
}

} // namespace

Result<bool, StoreError> FormStore::keepClinicForm(ClinicAccountId account,
                                                   const ClinicForm& form) {
    if (form.canonical.url.isEmpty())
        return fail(StoreError{StoreErrorKind::InvalidInput, QStringLiteral("form without url")});
    return inTransaction(m_db, [&]() -> Result<bool, StoreError> {
        auto hasForm = m_db.prepared(kHasClinicForm);
        auto useOf = m_db.prepared(kUsedByLiveResponse);
        if (!hasForm || !useOf)
            return fail(!hasForm ? hasForm.error() : useOf.error());
        (*hasForm)
            ->bind(1, account.value)
            .bind(2, form.canonical.url)
            .bind(3, form.canonical.version);
        auto stored = findsRow(**hasForm);
        if (!stored)
            return fail(stored.error());
        (*useOf)->bind(1, form.canonical.url).bind(2, form.canonical.version);
        auto used = findsRow(**useOf);
        if (!used)
            return fail(used.error());
        if (*stored && *used)
            return false;
        auto insert = m_db.prepared(kKeepClinicForm);
        if (!insert)
            return fail(insert.error());
        auto ran = (*insert)
                       ->bind(1, account.value)
                       .bind(2, form.canonical.url)
                       .bind(3, form.canonical.version)
                       .bind(4, form.serverId)
                       .bind(5, form.versionId)
                       .bind(6, jsonText(form.questionnaire))
                       .bind(7, m_clock.now().toMSecsSinceEpoch())
                       .run();
        if (!ran)
            return fail(ran.error());
        return true;
    });
}

Result<std::optional<QJsonObject>, StoreError>
FormStore::clinicForm(ClinicAccountId account, const FormCanonical& canonical) const {
    auto select = m_db.prepared(kClinicForm);
    if (!select)
        return fail(select.error());
    (*select)->bind(1, account.value).bind(2, canonical.url).bind(3, canonical.version);
    return readForm(**select);
}

Result<void, StoreError> FormStore::keepBuiltinForm(const FormCanonical& canonical,
                                                    const QJsonObject& questionnaire) {
    if (canonical.url.isEmpty())
        return fail(StoreError{StoreErrorKind::InvalidInput, QStringLiteral("form without url")});
    auto insert = m_db.prepared(kKeepBuiltinForm);
    if (!insert)
        return fail(insert.error());
    return (*insert)
        ->bind(1, canonical.url)
        .bind(2, canonical.version)
        .bind(3, jsonText(questionnaire))
        .bind(4, m_clock.now().toMSecsSinceEpoch())
        .run();
}

Result<std::optional<QJsonObject>, StoreError>
FormStore::builtinForm(const FormCanonical& canonical) const {
    auto select = m_db.prepared(kBuiltinForm);
    if (!select)
        return fail(select.error());
    (*select)->bind(1, canonical.url).bind(2, canonical.version);
    return readForm(**select);
}

Result<int, StoreError> FormStore::evictUnused(ClinicAccountId account) {
    return inTransaction(m_db, [&]() -> Result<int, StoreError> {
        auto clinic = m_db.prepared(kEvictClinicForms);
        if (!clinic)
            return fail(clinic.error());
        if (auto ran = (*clinic)->bind(1, account.value).run(); !ran)
            return fail(ran.error());
        int removed = m_db.changes();
        auto builtin = m_db.prepared(kEvictBuiltinForms);
        if (!builtin)
            return fail(builtin.error());
        if (auto ran = (*builtin)->run(); !ran)
            return fail(ran.error());
        return removed + m_db.changes();
    });
}

} // namespace stepstone
