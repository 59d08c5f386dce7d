// Child process of the kill test: logs cravings as fast as it can and prints "ack <id>" after
// each write the store reported as saved, until it is killed.
#include "common/SystemClock.h"
#include "security/DatabaseKey.h"
#include "store/CravingLogStore.h"
#include "store/Schema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <cstdio>

using namespace stepstone;

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3)
        return 64;
    const DatabaseKey key = DatabaseKey::fromBytes(QByteArray::fromHex(args[2].toLatin1()));
    auto db = Database::open(args[1], key, Database::Mode::CreateIfMissing, schemaMigrations());
    if (!db) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(db.error().detail));
        return 2;
    }
    const platform::SystemClock clock;
    CravingLogStore store(**db, clock);
    for (int i = 0;; ++i) {
        CravingEntry entry;
        entry.occurredAt = clock.now();
        entry.intensity = i % 11;
        entry.note = QStringLiteral("durability %1 ").arg(i).repeated(1 + i % 7);
        entry.triggers = CravingTriggers::fromInt(i % 256);
        auto added = store.add(entry);
        if (!added) {
            std::fprintf(stderr, "write failed: %s\n", qPrintable(added.error().detail));
            return 3;
        }
        std::printf("ack %s\n", qPrintable(added->id.toString(QUuid::WithoutBraces)));
        std::fflush(stdout);
    }
}
