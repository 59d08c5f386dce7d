#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "model/Program.h"
#include "store/Database.h"

#include <QObject>

namespace stepstone {

// Where the client is in treatment, one record in the encrypted database, made the first time
// the client says and changed after. Every change is queued for every clinic account in the
// same transaction, as every record is.
class ProgramStore : public QObject {
    Q_OBJECT
public:
    // How the sync outbox names the program record.
    static constexpr char kRecordType[] = "program";

    ProgramStore(Database& db, const Clock& clock, QObject* parent = nullptr);

    Result<Program, StoreError> set(const ProgramStatus& status);
    // NotFound until the client first says where they are.
    Result<Program, StoreError> read() const;

Q_SIGNALS:
    void changed();

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace stepstone
