#include "store/Schema.h"

namespace stepstone {

namespace {

// Times are milliseconds since the epoch, UTC. deleted_at marks a tombstone kept for sync.
constexpr char kV1CravingLog[] = R"sql(
CREATE TABLE craving_log (
    id            TEXT PRIMARY KEY NOT NULL,
    occurred_at   INTEGER NOT NULL,
    intensity     INTEGER NOT NULL CHECK (intensity BETWEEN 0 AND 10),
    note          TEXT NOT NULL DEFAULT '',
    coping_skill  TEXT NOT NULL DEFAULT '',
    outcome       TEXT NOT NULL CHECK (outcome IN ('passed', 'still-going', 'used')),
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL,
    deleted_at    INTEGER
) WITHOUT ROWID;
CREATE INDEX craving_log_by_time ON craving_log (occurred_at DESC) WHERE deleted_at IS NULL;
CREATE TABLE craving_log_trigger (
    log_id   TEXT NOT NULL REFERENCES craving_log (id) ON DELETE CASCADE,
    trigger  TEXT NOT NULL,
    PRIMARY KEY (log_id, trigger)
) WITHOUT ROWID;
)sql";

constexpr Migration kMigrations[] = {
    {1, kV1CravingLog},
};

} // namespace

std::span<const Migration> schemaMigrations() {
    return kMigrations;
}

} // namespace stepstone
