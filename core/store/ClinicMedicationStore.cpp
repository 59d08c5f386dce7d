#include "store/ClinicMedicationStore.h"

namespace stepstone {

namespace {

constexpr char kInsert[] = R"sql(
INSERT OR REPLACE INTO clinic_medication (account_id, id, version_id, status, name, rxnorm_code,
                                          dosage_text, prescriber, authored_on)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9))sql";
constexpr char kRemove[] = "DELETE FROM clinic_medication WHERE account_id = ?1 AND id = ?2";
constexpr char kList[] = R"sql(
SELECT id, version_id, status, name, rxnorm_code, dosage_text, prescriber, authored_on
FROM clinic_medication WHERE account_id = ?1 ORDER BY name, id)sql";

QString statusCode(ClinicMedication::Status status) {
    return status == ClinicMedication::Status::OnHold ? QStringLiteral("on-hold")
                                                      : QStringLiteral("active");
}

ClinicMedication readRow(const Statement& row) {
    ClinicMedication medication;
    medication.id = row.text(0);
    medication.versionId = row.text(1);
    medication.status = row.text(2) == QLatin1String("on-hold") ? ClinicMedication::Status::OnHold
                                                                : ClinicMedication::Status::Active;
    medication.name = row.text(3);
    medication.rxNormCode = row.text(4);
    medication.dosageText = row.text(5);
    medication.prescriber = row.text(6);
    if (const QDate day = QDate::fromString(row.text(7), Qt::ISODate); day.isValid())
        medication.authoredOn = day;
    return medication;
}

} // namespace

ClinicMedicationStore::ClinicMedicationStore(Database& db, QObject* parent)
    : QObject(parent)
    , m_db(db) {}

Result<void, StoreError> ClinicMedicationStore::replace(ClinicAccountId account,
                                                        const std::vector<ClinicMedication>& listed,
                                                        const QSet<QString>& keepAsStored) {
    bool differs = false;
    auto written = inTransaction(m_db, [&]() -> Result<void, StoreError> {
        auto before = list(account);
        if (!before)
            return fail(before.error());
        QSet<QString> listedIds;
        for (const ClinicMedication& medication : listed)
            listedIds.insert(medication.id);
        auto remove = m_db.prepared(kRemove);
        if (!remove)
            return fail(remove.error());
        for (const ClinicMedication& stored : *before) {
            if (listedIds.contains(stored.id) || keepAsStored.contains(stored.id))
                continue;
            if (auto ran = (*remove)->bind(1, account.value).bind(2, stored.id).run(); !ran)
                return ran;
        }
        auto insert = m_db.prepared(kInsert);
        if (!insert)
            return fail(insert.error());
        for (const ClinicMedication& medication : listed) {
            (*insert)
                ->bind(1, account.value)
                .bind(2, medication.id)
                .bind(3, medication.versionId)
                .bind(4, statusCode(medication.status))
                .bind(5, medication.name)
                .bind(6, medication.rxNormCode)
                .bind(7, medication.dosageText)
                .bind(8, medication.prescriber);
            if (medication.authoredOn)
                (*insert)->bind(9, medication.authoredOn->toString(Qt::ISODate));
            else
                (*insert)->bindNull(9);
            if (auto ran = (*insert)->run(); !ran)
                return ran;
        }
        auto after = list(account);
        if (!after)
            return fail(after.error());
        differs = *after != *before;
        return {};
    });
    if (!written)
        return written;
    if (differs)
        Q_EMIT changed();
    return {};
}

Result<std::vector<ClinicMedication>, StoreError>
ClinicMedicationStore::list(ClinicAccountId account) const {
    auto select = m_db.prepared(kList);
    if (!select)
        return fail(select.error());
    std::vector<ClinicMedication> medications;
    auto read = (*select)->bind(1, account.value).forEachRow([&](const Statement& row) {
        medications.push_back(readRow(row));
    });
    if (!read)
        return fail(read.error());
    return medications;
}

} // namespace stepstone
