#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "model/ClinicAccount.h"
#include "model/FormCanonical.h"
#include "store/Database.h"

#include <QJsonObject>
#include <optional>

namespace stepstone {

// The Questionnaires the client's forms are drawn from, kept for offline use: each clinic
// account's forms by (url, version), as downloaded, and a copy of a built-in form once a draft
// begins on it, so the draft outlives an app update that ships a newer version. A form a draft
// (a live response) began on is never replaced nor evicted: the draft stays on the version it
// started.
class FormStore {
public:
    struct ClinicForm {
        FormCanonical canonical;
        QString serverId;
        QString versionId;
        QJsonObject questionnaire;
    };

    FormStore(Database& db, const Clock& clock)
        : m_db(db)
        , m_clock(clock) {}

    // Keeps `form` for the account, replacing an earlier copy of the same url and version unless
    // a live response began on that copy. Whether it was written.
    Result<bool, StoreError> keepClinicForm(ClinicAccountId account, const ClinicForm& form);
    Result<std::optional<QJsonObject>, StoreError> clinicForm(ClinicAccountId account,
                                                              const FormCanonical& canonical) const;

    // Keeps the first copy of a built-in form and never replaces it.
    Result<void, StoreError> keepBuiltinForm(const FormCanonical& canonical,
                                             const QJsonObject& questionnaire);
    Result<std::optional<QJsonObject>, StoreError>
    builtinForm(const FormCanonical& canonical) const;

    // Forgets the account's forms that no Task of it resolves to and no live response began on,
    // and built-in copies no live response uses. How many were forgotten.
    Result<int, StoreError> evictUnused(ClinicAccountId account);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace stepstone
