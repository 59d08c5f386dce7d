#include "model/JournalEntry.h"

#include <QSet>

namespace stepstone {

bool JournalContent::isValid() const {
    if (!writtenAt.isValid() || title.size() > kMaxTitleLength || body.size() > kMaxBodyLength)
        return false;
    if (mood && (*mood < kMinMood || *mood > kMaxMood))
        return false;
    if (tags.size() > kMaxTags)
        return false;
    for (const QString& tag : tags)
        if (tag.isEmpty() || tag.size() > kMaxTagLength || tag.contains(u'\n'))
            return false;
    return !title.trimmed().isEmpty() || !body.trimmed().isEmpty();
}

QStringList normalizedTags(const QStringList& typed) {
    QStringList tags;
    QSet<QString> seen;
    for (const QString& raw : typed) {
        const QString tag = raw.simplified();
        if (tag.isEmpty() || seen.contains(tag.toCaseFolded()))
            continue;
        seen.insert(tag.toCaseFolded());
        tags << tag;
    }
    return tags;
}

} // namespace stepstone
