#pragma once

#include "common/Clock.h"
#include "sync/AppointmentDownload.h"
#include "sync/AppointmentHistory.h"
#include "sync/FhirClient.h"
#include "sync/SessionVisibilityCheck.h"
#include "sync/SyncStep.h"

#include <chrono>
#include <functional>
#include <optional>
#include <variant>

namespace stepstone {

// The clinic account's sessions, in this order: the Appointments changed since the last run
// (search), the ones deleted since then (history), then sessions long over are forgotten and
// every session kept is checked to still be this client's. Each part follows next links and
// applies page by page; a failure ends the download, and what was applied stays.
class SessionDownload final : public SyncStep {
public:
    // Searched and read (history); their Locations come along (_include), which needs read.
    static constexpr ResourceAccess kAccess[] = {{"Appointment", "rs"}, {"Location", "r"}};

    // Sessions that ended longer ago than this are dropped from the device.
    static constexpr std::chrono::days kKeepEndedSessions{30};

    struct Parts {
        Database& db;
        SessionStore& sessions;
        ClinicAccountId account;
        FhirClient& client;
        const Clock& clock;
    };

    explicit SessionDownload(Parts parts);

    std::span<const ResourceAccess> access() const override { return kAccess; }
    // Listeners of the session store hear of changes when it ends.
    void run(SyncRun& run, Done done) override;

private:
    // Applies one page and answers its next link (empty after the last page).
    using PageApplier = std::function<Result<QString, StoreError>(const QJsonObject&)>;

    void readHistory();
    void checkVisibility();
    void checkNext(std::vector<SessionVisibilityCheck::Query> queries, std::size_t index);
    void fetchPages(const QString& target, QLatin1String bundleType, PageApplier apply,
                    std::function<void()> then);
    void end(std::optional<SyncFailure> failure = std::nullopt);

    Parts m_parts;
    AppointmentDownload m_search;
    AppointmentHistory m_history;
    SessionVisibilityCheck m_visibility;
    QString m_patientId;
    Done m_done;
    bool m_changed = false;
    // Search entries that could not be read: the others are applied, the run reports it.
    int m_unreadEntries = 0;
};

} // namespace stepstone
