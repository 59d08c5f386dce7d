#include "SyncStatusText.h"

#include <QCoreApplication>
#include <QLocale>

namespace stepstone {

namespace {

QString describeLastSynced(const QDateTime& lastSynced, const QDateTime& now) {
    if (!lastSynced.isValid())
        return QCoreApplication::translate("SyncStatus",
                                           "Not updated yet since Stepstone started.");
    const qint64 minutes = lastSynced.secsTo(now) / 60;
    if (minutes < 1)
        return QCoreApplication::translate("SyncStatus", "Up to date with your clinic.");
    if (minutes == 1)
        return QCoreApplication::translate("SyncStatus", "Updated 1 minute ago.");
    if (minutes < 60)
        return QCoreApplication::translate("SyncStatus", "Updated %1 minutes ago.").arg(minutes);
    const QLocale locale;
    const QDateTime local = lastSynced.toLocalTime();
    if (local.date() == now.toLocalTime().date())
        return QCoreApplication::translate("SyncStatus", "Updated at %1.")
            .arg(locale.toString(local.time(), QLocale::ShortFormat));
    return QCoreApplication::translate("SyncStatus", "Updated on %1.")
        .arg(locale.toString(local, QLocale::ShortFormat));
}

} // namespace

QString describeSync(SyncEngine::State state, const QDateTime& lastSynced, const QDateTime& now) {
    switch (state) {
    case SyncEngine::State::Syncing:
        return QCoreApplication::translate("SyncStatus", "Updating with your clinic…");
    case SyncEngine::State::WaitingToRetry:
        return QCoreApplication::translate(
            "SyncStatus", "Could not finish updating. Stepstone will try again shortly.");
    case SyncEngine::State::SignInNeeded:
        return QCoreApplication::translate("SyncStatus",
                                           "Sign in again to keep updating with your clinic.");
    case SyncEngine::State::Idle:
        break;
    }
    return describeLastSynced(lastSynced, now);
}

} // namespace stepstone
