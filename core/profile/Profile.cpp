#include "profile/Profile.h"

namespace stepstone {

Profile::Profile(std::unique_ptr<Database> database, const Clock& clock)
    : m_database(std::move(database))
    , m_clock(clock)
    , m_outbox(*m_database)
    , m_accounts(*m_database, clock)
    , m_cravings(*m_database, clock)
    , m_checkIns(*m_database, clock)
    , m_lapses(*m_database, clock)
    , m_medications(*m_database, clock)
    , m_doses(*m_database, m_medications, clock)
    , m_program(*m_database, clock)
    , m_meetings(*m_database, clock)
    , m_journal(*m_database, clock)
    , m_sessions(*m_database, clock)
    , m_sharing(*m_database, clock)
    , m_sentLog(*m_database)
    , m_plan(*m_database, clock)
    , m_preferences(*m_database) {}

Profile::~Profile() = default;

} // namespace stepstone
