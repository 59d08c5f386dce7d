#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "model/RelapsePlan.h"
#include "store/Database.h"

#include <QObject>

namespace stepstone {

// The client's relapse-prevention plan in the encrypted database: one per profile, saved whole
// (what the client wrote replaces what was there, in one transaction) and queued for every
// clinic account in that transaction, ready to go as a QuestionnaireResponse once the client
// shares it. Erasing leaves a tombstone (id and times only) so that sync can tell the clinic.
class PlanStore : public QObject {
    Q_OBJECT
public:
    // How the sync outbox names the plan; its record id is the plan's UUID.
    static constexpr char kRecordType[] = "plan";

    PlanStore(Database& db, const Clock& clock, QObject* parent = nullptr);

    // The plan, or an empty one with a null id before the first save. An erased plan reads as
    // empty, with its id and deletedAt.
    Result<RelapsePlan, StoreError> plan() const;
    // Keeps `content` as the plan, filled against `questionnaire` ("url|version"). The first save
    // gives the plan its id; a save after an erase brings it back under the same id.
    Result<RelapsePlan, StoreError> save(const PlanContent& content, const QString& questionnaire);
    // Takes every entry out and leaves the tombstone. Nothing to erase is not an error.
    Result<void, StoreError> erase();

Q_SIGNALS:
    void changed();

private:
    Result<void, StoreError> writeEntries(const QString& planId, const PlanContent& content);

    Database& m_db;
    const Clock& m_clock;
};

} // namespace stepstone
