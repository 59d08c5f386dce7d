#pragma once

#include <QDateTime>
#include <QUuid>

namespace stepstone {

// The client's choice to share one category of their data with the care team.
struct SharingState {
    bool sharing = false;
    QDateTime decidedAt; // invalid until the client first chooses; carries their offset
    QUuid consentId;     // the Consent on the clinic's server; null until the first choice
};

} // namespace stepstone
