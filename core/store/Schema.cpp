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

// Sync state. The outbox holds one row per changed record (squashed: a record changed five
// times offline uploads once). remote_version keeps the server's version of each record for
// If-Match; watermark the newest meta.lastUpdated seen per resource type, as the server wrote
// it. sent_log is what left the device and when, for the client to see. session caches the
// clinic's Appointments (clinic-owned: replaced by whatever the server says).
constexpr char kV2SyncState[] = R"sql(
CREATE TABLE sync_outbox (
    resource_type  TEXT NOT NULL,
    record_id      TEXT NOT NULL,
    queued_at      INTEGER NOT NULL,
    PRIMARY KEY (resource_type, record_id)
) WITHOUT ROWID;
CREATE TABLE sync_remote_version (
    resource_type  TEXT NOT NULL,
    record_id      TEXT NOT NULL,
    version_id     TEXT NOT NULL,
    PRIMARY KEY (resource_type, record_id)
) WITHOUT ROWID;
CREATE TABLE sync_watermark (
    resource_type  TEXT PRIMARY KEY NOT NULL,
    last_updated   TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE sync_sent_log (
    id             INTEGER PRIMARY KEY,
    resource_type  TEXT NOT NULL,
    record_id      TEXT NOT NULL,
    operation      TEXT NOT NULL CHECK (operation IN ('put', 'delete')),
    sent_at        INTEGER NOT NULL
);
CREATE TABLE session (
    id             TEXT PRIMARY KEY NOT NULL,
    version_id     TEXT NOT NULL,
    kind           TEXT NOT NULL,
    status         TEXT NOT NULL,
    title          TEXT NOT NULL,
    start_at       INTEGER NOT NULL,
    end_at         INTEGER NOT NULL,
    place          TEXT NOT NULL DEFAULT '',
    location_id    TEXT NOT NULL DEFAULT '',
    video_link     TEXT NOT NULL DEFAULT '',
    comment        TEXT NOT NULL DEFAULT '',
    answer         TEXT NOT NULL DEFAULT 'none'
) WITHOUT ROWID;
CREATE INDEX session_by_start ON session (start_at);
)sql";

// What the client shares and their answers to sessions. sharing_choice holds one row per
// category ('cravings'); consent_id is chosen once so every change updates the same Consent,
// and decided_offset_s keeps the offset the client decided in. On session, the client's own
// answer: answer_pending while it has not reached the server, answer_unconfirmed while the
// clinic's Appointment does not yet show it (a download keeps it meanwhile), and
// answer_response_id, the AppointmentResponse id chosen at the first answer and reused after.
constexpr char kV3SharingAndAnswers[] = R"sql(
CREATE TABLE sharing_choice (
    category          TEXT PRIMARY KEY NOT NULL,
    consent_id        TEXT NOT NULL,
    sharing           INTEGER NOT NULL CHECK (sharing IN (0, 1)),
    decided_at        INTEGER NOT NULL,
    decided_offset_s  INTEGER NOT NULL
) WITHOUT ROWID;
ALTER TABLE session ADD COLUMN answer_pending INTEGER NOT NULL DEFAULT 0;
ALTER TABLE session ADD COLUMN answer_unconfirmed INTEGER NOT NULL DEFAULT 0;
ALTER TABLE session ADD COLUMN answer_response_id TEXT NOT NULL DEFAULT '';
)sql";

// What a download and a craving log must not lose. video_link_withheld: the clinic sent a video
// link the app refused to show (unsafe or not https), so the client is told to ask for it; the
// Appointment watermark is forgotten so the next sync downloads the sessions already cached
// again and marks them. occurred_offset_s: the UTC offset, in seconds, the client lived the craving
// in (occurred_at stays UTC ms). Rows from before this step read as offset 0, i.e. UTC: their
// offset was never kept and cannot be recovered.
constexpr char kV4DownloadFidelity[] = R"sql(
ALTER TABLE session ADD COLUMN video_link_withheld INTEGER NOT NULL DEFAULT 0;
ALTER TABLE craving_log ADD COLUMN occurred_offset_s INTEGER NOT NULL DEFAULT 0;
DELETE FROM sync_watermark WHERE resource_type = 'Appointment';
)sql";

// Everything synced is keyed by the clinic account it belongs to: one row per (FHIR base,
// patient) this profile has been signed in to. The outbox, the server's versions, the
// watermarks, the sent log, the cached sessions and the sharing choices each gain account_id,
// so a different clinic or patient starts from nothing shared and nothing queued for one ever
// goes to another. The outbox and the versions now name the device's own records
// (record_type, record_id), which is what the store knows; an outbox row can be set aside
// (set_aside_at, set_aside_why) when its record cannot be sent as it is.
//
// State from before this step belongs to the clinic the profile was signed in to, which only
// the sign-in kept in the keychain knows: it waits on account 0 until the app claims it for
// that sign-in or lets it go (ClinicAccounts). The sent log outlives a clinic let go.
constexpr char kV5ClinicAccounts[] = R"sql(
CREATE TABLE clinic_account (
    id            INTEGER PRIMARY KEY,
    fhir_base     TEXT NOT NULL,
    patient_id    TEXT NOT NULL,
    name          TEXT NOT NULL DEFAULT '',
    last_used_at  INTEGER NOT NULL,
    UNIQUE (fhir_base, patient_id)
);
INSERT INTO clinic_account (id, fhir_base, patient_id, last_used_at)
SELECT 0, '', '', 0
WHERE EXISTS (SELECT 1 FROM sync_outbox) OR EXISTS (SELECT 1 FROM sync_remote_version)
   OR EXISTS (SELECT 1 FROM sync_watermark) OR EXISTS (SELECT 1 FROM sync_sent_log)
   OR EXISTS (SELECT 1 FROM session) OR EXISTS (SELECT 1 FROM sharing_choice);

CREATE TABLE outbox (
    account_id     INTEGER NOT NULL REFERENCES clinic_account (id),
    record_type    TEXT NOT NULL,
    record_id      TEXT NOT NULL,
    queued_at      INTEGER NOT NULL,
    set_aside_at   INTEGER,
    set_aside_why  TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (account_id, record_type, record_id)
) WITHOUT ROWID;
INSERT INTO outbox (account_id, record_type, record_id, queued_at)
SELECT 0, resource_type, record_id, queued_at FROM sync_outbox;
DROP TABLE sync_outbox;

CREATE TABLE remote_version (
    account_id   INTEGER NOT NULL REFERENCES clinic_account (id),
    record_type  TEXT NOT NULL,
    record_id    TEXT NOT NULL,
    version_id   TEXT NOT NULL,
    PRIMARY KEY (account_id, record_type, record_id)
) WITHOUT ROWID;
INSERT INTO remote_version (account_id, record_type, record_id, version_id)
SELECT 0, 'craving', record_id, version_id FROM sync_remote_version
WHERE resource_type = 'Observation';
INSERT INTO remote_version (account_id, record_type, record_id, version_id)
SELECT 0, 'consent', c.category, v.version_id
FROM sync_remote_version v JOIN sharing_choice c ON c.consent_id = v.record_id
WHERE v.resource_type = 'Consent';
INSERT INTO remote_version (account_id, record_type, record_id, version_id)
SELECT 0, 'appointment-response', s.id, v.version_id
FROM sync_remote_version v JOIN session s ON s.answer_response_id = v.record_id
WHERE v.resource_type = 'AppointmentResponse';
DROP TABLE sync_remote_version;

CREATE TABLE watermark (
    account_id     INTEGER NOT NULL REFERENCES clinic_account (id),
    resource_type  TEXT NOT NULL,
    last_updated   TEXT NOT NULL,
    PRIMARY KEY (account_id, resource_type)
) WITHOUT ROWID;
INSERT INTO watermark (account_id, resource_type, last_updated)
SELECT 0, resource_type, last_updated FROM sync_watermark;
DROP TABLE sync_watermark;

CREATE TABLE sent_log (
    id           INTEGER PRIMARY KEY,
    account_id   INTEGER REFERENCES clinic_account (id), -- NULL: a clinic no longer known
    record_type  TEXT NOT NULL,
    record_id    TEXT NOT NULL,
    operation    TEXT NOT NULL CHECK (operation IN ('put', 'delete')),
    sent_at      INTEGER NOT NULL
);
INSERT INTO sent_log (id, account_id, record_type, record_id, operation, sent_at)
SELECT id, 0, resource_type, record_id, operation, sent_at FROM sync_sent_log;
DROP TABLE sync_sent_log;
CREATE INDEX sent_log_by_account ON sent_log (account_id, sent_at DESC);

CREATE TABLE clinic_session (
    account_id           INTEGER NOT NULL REFERENCES clinic_account (id),
    id                   TEXT NOT NULL,
    version_id           TEXT NOT NULL,
    kind                 TEXT NOT NULL,
    status               TEXT NOT NULL,
    title                TEXT NOT NULL,
    start_at             INTEGER NOT NULL,
    end_at               INTEGER NOT NULL,
    place                TEXT NOT NULL DEFAULT '',
    location_id          TEXT NOT NULL DEFAULT '',
    video_link           TEXT NOT NULL DEFAULT '',
    comment              TEXT NOT NULL DEFAULT '',
    answer               TEXT NOT NULL DEFAULT 'none',
    answer_pending       INTEGER NOT NULL DEFAULT 0,
    answer_unconfirmed   INTEGER NOT NULL DEFAULT 0,
    answer_response_id   TEXT NOT NULL DEFAULT '',
    video_link_withheld  INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (account_id, id)
) WITHOUT ROWID;
INSERT INTO clinic_session
SELECT 0, id, version_id, kind, status, title, start_at, end_at, place, location_id, video_link,
       comment, answer, answer_pending, answer_unconfirmed, answer_response_id, video_link_withheld
FROM session;
DROP TABLE session;
CREATE INDEX clinic_session_by_start ON clinic_session (account_id, start_at);

CREATE TABLE sharing (
    account_id        INTEGER NOT NULL REFERENCES clinic_account (id),
    category          TEXT NOT NULL,
    consent_id        TEXT NOT NULL,
    sharing           INTEGER NOT NULL CHECK (sharing IN (0, 1)),
    decided_at        INTEGER NOT NULL,
    decided_offset_s  INTEGER NOT NULL,
    PRIMARY KEY (account_id, category)
) WITHOUT ROWID;
INSERT INTO sharing (account_id, category, consent_id, sharing, decided_at, decided_offset_s)
SELECT 0, category, consent_id, sharing, decided_at, decided_offset_s FROM sharing_choice;
DROP TABLE sharing_choice;
)sql";

// The client's private journal. journal_entry keeps an integer seq beside the UUID because the
// search index (FTS4) names its rows by integer: journal_search's docid is the entry's seq.
// Times are UTC ms with the offset the client's clock had (written_at: when it was written;
// created/updated likewise). A deleted entry keeps only id and times (tombstone, for sync); its
// text, tags, earlier versions and index row are erased, with secure_delete on so that freed
// pages are zeroed. journal_version keeps what each edit replaced, tags one per line.
// journal_search holds a copy of the text for matching and snippets, inside this encrypted file;
// unicode61 folds case and accents (busqueda finds búsqueda); the prefix indexes keep the short
// prefixes typed while searching fast.
constexpr char kV6Journal[] = R"sql(
CREATE TABLE journal_entry (
    seq               INTEGER PRIMARY KEY,
    id                TEXT NOT NULL UNIQUE,
    written_at        INTEGER NOT NULL,
    written_offset_s  INTEGER NOT NULL,
    title             TEXT NOT NULL DEFAULT '',
    body              TEXT NOT NULL DEFAULT '',
    mood              INTEGER CHECK (mood BETWEEN 0 AND 10),
    created_at        INTEGER NOT NULL,
    created_offset_s  INTEGER NOT NULL,
    updated_at        INTEGER NOT NULL,
    updated_offset_s  INTEGER NOT NULL,
    deleted_at        INTEGER
);
CREATE INDEX journal_entry_by_time ON journal_entry (written_at DESC, id DESC)
WHERE deleted_at IS NULL;
CREATE TABLE journal_tag (
    entry_id  TEXT NOT NULL REFERENCES journal_entry (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    tag       TEXT NOT NULL,
    PRIMARY KEY (entry_id, position)
) WITHOUT ROWID;
CREATE TABLE journal_version (
    id                INTEGER PRIMARY KEY,
    entry_id          TEXT NOT NULL REFERENCES journal_entry (id) ON DELETE CASCADE,
    written_at        INTEGER NOT NULL,
    written_offset_s  INTEGER NOT NULL,
    title             TEXT NOT NULL,
    body              TEXT NOT NULL,
    mood              INTEGER,
    tags              TEXT NOT NULL,
    saved_at          INTEGER NOT NULL,
    saved_offset_s    INTEGER NOT NULL,
    replaced_at       INTEGER NOT NULL,
    replaced_offset_s INTEGER NOT NULL
);
CREATE INDEX journal_version_by_entry ON journal_version (entry_id, id);
CREATE VIRTUAL TABLE journal_search USING fts4 (
    title, body, tags, tokenize=unicode61, prefix="2,3,4"
);
)sql";

// The client's relapse-prevention plan and their own settings. plan holds the one plan of the
// profile (its id the QuestionnaireResponse's, questionnaire the "url|version" it answers); its
// times keep the offset the client was at. plan_entry holds what the client wrote, one row per
// line or person, in their order; a deleted plan keeps its row as a tombstone and no entry.
// preference holds the client's choices by name (high-craving-level: 0-10).
constexpr char kV7PlanAndPreferences[] = R"sql(
CREATE TABLE plan (
    id                TEXT PRIMARY KEY NOT NULL,
    questionnaire     TEXT NOT NULL,
    created_at        INTEGER NOT NULL,
    created_offset_s  INTEGER NOT NULL,
    updated_at        INTEGER NOT NULL,
    updated_offset_s  INTEGER NOT NULL,
    deleted_at        INTEGER
) WITHOUT ROWID;
CREATE TABLE plan_entry (
    plan_id       TEXT NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    section       TEXT NOT NULL,
    position      INTEGER NOT NULL,
    text          TEXT NOT NULL,
    phone         TEXT NOT NULL DEFAULT '',
    when_to_call  TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (plan_id, section, position)
) WITHOUT ROWID;
CREATE TABLE preference (
    name   TEXT PRIMARY KEY NOT NULL,
    value  NOT NULL
) WITHOUT ROWID;
)sql";

// What a client tracks day to day. check_in: one live row per local day (day is the client's
// calendar date, YYYY-MM-DD, at the offset they answered at). Editing that day rewrites the row;
// a deleted one keeps its row as a tombstone, so the day can be answered again. lapse: a use the
// client recorded, with what happened and what they will try next time; a delete leaves a tombstone
// without the words.
// medication: the client's own list (times_of_day 'HH:MM' space-separated, clinic_days ISO weekdays
// 1-7 space-separated, refill_on YYYY-MM-DD); dose_event: one taken or skipped mark per scheduled
// slot (due_at, at the offset the slot was due in); a slot with no mark once past is missed, which
// is computed, never stored. clinic_medication: the clinic's current MedicationRequests (active or
// on-hold), read-only, per clinic account, replaced by each download (authored_on YYYY-MM-DD or
// NULL). program: where the client is in treatment (one row); meeting: the peer-support
// meetings they attend (weekday ISO 1-7, time_of_day 'HH:MM').
constexpr char kV8DayToDay[] = R"sql(
CREATE TABLE check_in (
    id                 TEXT PRIMARY KEY NOT NULL,
    day                TEXT NOT NULL,
    mood               INTEGER,
    craving            INTEGER,
    sleep_minutes      INTEGER,
    used_today         INTEGER,
    note               TEXT NOT NULL DEFAULT '',
    answered_at        INTEGER NOT NULL,
    answered_offset_s  INTEGER NOT NULL,
    created_at         INTEGER NOT NULL,
    created_offset_s   INTEGER NOT NULL,
    deleted_at         INTEGER
) WITHOUT ROWID;
CREATE UNIQUE INDEX check_in_one_a_day ON check_in (day) WHERE deleted_at IS NULL;
CREATE TABLE lapse (
    id                 TEXT PRIMARY KEY NOT NULL,
    occurred_at        INTEGER NOT NULL,
    occurred_offset_s  INTEGER NOT NULL,
    what_happened      TEXT NOT NULL DEFAULT '',
    next_time          TEXT NOT NULL DEFAULT '',
    created_at         INTEGER NOT NULL,
    created_offset_s   INTEGER NOT NULL,
    updated_at         INTEGER NOT NULL,
    updated_offset_s   INTEGER NOT NULL,
    deleted_at         INTEGER
) WITHOUT ROWID;
CREATE INDEX lapse_by_time ON lapse (occurred_at DESC) WHERE deleted_at IS NULL;

CREATE TABLE medication (
    id                 TEXT PRIMARY KEY NOT NULL,
    name               TEXT NOT NULL,
    dose_value         REAL NOT NULL,
    dose_unit          TEXT NOT NULL,
    schedule_kind      TEXT NOT NULL CHECK (schedule_kind IN ('daily', 'clinic-days', 'as-needed')),
    times_of_day       TEXT NOT NULL DEFAULT '',
    clinic_days        TEXT NOT NULL DEFAULT '',
    refill_on          TEXT,
    prescriber         TEXT NOT NULL DEFAULT '',
    rxnorm_code        TEXT NOT NULL DEFAULT '',
    clinic_request_id  TEXT NOT NULL DEFAULT '',
    created_at         INTEGER NOT NULL,
    created_offset_s   INTEGER NOT NULL,
    updated_at         INTEGER NOT NULL,
    updated_offset_s   INTEGER NOT NULL,
    deleted_at         INTEGER
) WITHOUT ROWID;
CREATE TABLE dose_event (
    id                 TEXT PRIMARY KEY NOT NULL,
    medication_id      TEXT NOT NULL REFERENCES medication (id),
    due_at             INTEGER NOT NULL,
    due_offset_s       INTEGER NOT NULL,
    outcome            TEXT NOT NULL CHECK (outcome IN ('taken', 'skipped')),
    reason             TEXT NOT NULL DEFAULT '',
    recorded_at        INTEGER NOT NULL,
    recorded_offset_s  INTEGER NOT NULL,
    updated_at         INTEGER NOT NULL,
    updated_offset_s   INTEGER NOT NULL,
    deleted_at         INTEGER
) WITHOUT ROWID;
CREATE UNIQUE INDEX dose_event_one_per_slot ON dose_event (medication_id, due_at)
    WHERE deleted_at IS NULL;
CREATE INDEX dose_event_by_time ON dose_event (due_at) WHERE deleted_at IS NULL;

CREATE TABLE clinic_medication (
    account_id         INTEGER NOT NULL REFERENCES clinic_account (id),
    id                 TEXT NOT NULL,
    version_id         TEXT NOT NULL,
    status             TEXT NOT NULL CHECK (status IN ('active', 'on-hold')),
    name               TEXT NOT NULL,
    rxnorm_code        TEXT NOT NULL DEFAULT '',
    dosage_text        TEXT NOT NULL DEFAULT '',
    prescriber         TEXT NOT NULL DEFAULT '',
    authored_on        TEXT,
    PRIMARY KEY (account_id, id)
) WITHOUT ROWID;

CREATE TABLE program (
    id                 TEXT PRIMARY KEY NOT NULL,
    level              TEXT NOT NULL CHECK (level IN ('iop', 'outpatient', 'aftercare')),
    step_down_on       TEXT,
    updated_at         INTEGER NOT NULL,
    updated_offset_s   INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE meeting (
    id                 TEXT PRIMARY KEY NOT NULL,
    name               TEXT NOT NULL,
    kind               TEXT NOT NULL
                       CHECK (kind IN ('twelve-step', 'smart-recovery', 'alumni', 'other')),
    weekday            INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    time_of_day        TEXT NOT NULL,
    place              TEXT NOT NULL DEFAULT '',
    link               TEXT NOT NULL DEFAULT '',
    note               TEXT NOT NULL DEFAULT '',
    created_at         INTEGER NOT NULL,
    created_offset_s   INTEGER NOT NULL,
    updated_at         INTEGER NOT NULL,
    updated_offset_s   INTEGER NOT NULL,
    deleted_at         INTEGER
) WITHOUT ROWID;
)sql";

// Homework from the clinic and the client's answers to forms. clinic_form caches the
// Questionnaires of each clinic account by (url, version; '' when the form names none), as
// received; builtin_form keeps a copy of a form built into the app by (url, version) once a
// draft begins on it, so a draft outlives the app update that replaces the form. A form a live
// response began on is never evicted from either. homework_task holds the account's sdc-task
// Tasks: the Task JSON as received, its version for If-Match, and the fields the app reads from
// it (due is restriction.period.end as written, form the input questionnaire canonical,
// form_version the version the download found for it); local_status and local_status_reason
// are the client's change not yet at the clinic (NULL: none). homework_response holds the
// client's QuestionnaireResponses: id is the client-made UUID sent as the QR identifier
// (urn:uuid), questionnaire the "url|version" it began on, response the QR JSON, server_id
// the clinic's id once known; account_id and task_id are NULL for a form the client started on
// their own. Times are UTC ms with the offset the client's clock had; a discarded response keeps
// its row as a tombstone without its answers.
constexpr char kV9Homework[] = R"sql(
CREATE TABLE clinic_form (
    account_id     INTEGER NOT NULL REFERENCES clinic_account (id),
    url            TEXT NOT NULL,
    version        TEXT NOT NULL,
    server_id      TEXT NOT NULL DEFAULT '',
    version_id     TEXT NOT NULL DEFAULT '',
    questionnaire  TEXT NOT NULL,
    fetched_at     INTEGER NOT NULL,
    PRIMARY KEY (account_id, url, version)
) WITHOUT ROWID;
CREATE TABLE builtin_form (
    url            TEXT NOT NULL,
    version        TEXT NOT NULL,
    questionnaire  TEXT NOT NULL,
    stored_at      INTEGER NOT NULL,
    PRIMARY KEY (url, version)
) WITHOUT ROWID;
CREATE TABLE homework_task (
    account_id           INTEGER NOT NULL REFERENCES clinic_account (id),
    id                   TEXT NOT NULL,
    version_id           TEXT NOT NULL,
    status               TEXT NOT NULL,
    status_reason        TEXT NOT NULL DEFAULT '',
    due                  TEXT NOT NULL DEFAULT '',
    form                 TEXT NOT NULL,
    form_version         TEXT,
    description          TEXT NOT NULL DEFAULT '',
    resource             TEXT NOT NULL,
    local_status         TEXT,
    local_status_reason  TEXT,
    PRIMARY KEY (account_id, id)
) WITHOUT ROWID;
CREATE TABLE homework_response (
    id                TEXT PRIMARY KEY NOT NULL,
    account_id        INTEGER REFERENCES clinic_account (id),
    task_id           TEXT,
    questionnaire     TEXT NOT NULL,
    status            TEXT NOT NULL CHECK (status IN ('in-progress', 'completed')),
    response          TEXT NOT NULL,
    server_id         TEXT NOT NULL DEFAULT '',
    created_at        INTEGER NOT NULL,
    created_offset_s  INTEGER NOT NULL,
    updated_at        INTEGER NOT NULL,
    updated_offset_s  INTEGER NOT NULL,
    deleted_at        INTEGER
) WITHOUT ROWID;
CREATE UNIQUE INDEX homework_response_one_per_task ON homework_response (account_id, task_id)
    WHERE task_id IS NOT NULL AND deleted_at IS NULL;
CREATE INDEX homework_response_by_form ON homework_response (questionnaire)
    WHERE deleted_at IS NULL;
)sql";

// Reminders: reminder_handled records each reminder whose time has come (delivered, summarised
// or no longer worth delivering) by its key, so no later plan delivers it again; fire_at (UTC
// ms) lets rows older than the catch-up window go. reminder_snooze keeps a reminder the client
// snoozed, as it was delivered (the words in detail are the session's or medicine's), until
// `until` (UTC ms). The reminder settings are one preference row (reminder-settings, JSON).
constexpr char kV10Reminders[] = R"sql(
CREATE TABLE reminder_handled (
    key      TEXT PRIMARY KEY NOT NULL,
    fire_at  INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE reminder_snooze (
    key               TEXT PRIMARY KEY NOT NULL,
    kind              TEXT NOT NULL,
    subject_id        TEXT NOT NULL,
    detail            TEXT NOT NULL,
    fire_at           INTEGER NOT NULL,
    fire_offset_s     INTEGER NOT NULL,
    event_at          INTEGER NOT NULL,
    event_offset_s    INTEGER NOT NULL,
    relevant_until    INTEGER NOT NULL,
    until             INTEGER NOT NULL
) WITHOUT ROWID;
)sql";

constexpr Migration kMigrations[] = {
    {1, kV1CravingLog},         {2, kV2SyncState},      {3, kV3SharingAndAnswers},
    {4, kV4DownloadFidelity},   {5, kV5ClinicAccounts}, {6, kV6Journal},
    {7, kV7PlanAndPreferences}, {8, kV8DayToDay},       {9, kV9Homework},
    {10, kV10Reminders},
};

} // namespace

std::span<const Migration> schemaMigrations() {
    return kMigrations;
}

} // namespace stepstone
