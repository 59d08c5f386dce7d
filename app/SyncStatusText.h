#pragma once

#include "sync/SyncEngine.h"

#include <QDateTime>
#include <QString>

namespace stepstone {

// The sync's state in words a client understands: "Updating…", "Updated 5 minutes ago".
QString describeSync(SyncEngine::State state, const QDateTime& lastSynced, const QDateTime& now);

} // namespace stepstone
