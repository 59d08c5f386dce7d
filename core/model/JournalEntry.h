#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <optional>

namespace stepstone {

// What the client writes in one journal entry; the store adds identity and times.
struct JournalContent {
    static constexpr int kMinMood = 0;
    static constexpr int kMaxMood = 10;
    static constexpr int kMaxTitleLength = 200;
    // Generous on purpose (a long letter to oneself fits many times over), yet bounded so that
    // one paste cannot make the search index or the editor unusable.
    static constexpr int kMaxBodyLength = 2'000'000;
    static constexpr int kMaxTags = 20;
    static constexpr int kMaxTagLength = 50;

    // When it was written, with the UTC offset the client lived it at.
    QDateTime writtenAt;
    QString title;
    QString body;
    std::optional<int> mood;
    // Trimmed, without empties or repeats (see normalizedTags).
    QStringList tags;

    bool isValid() const;
    bool operator==(const JournalContent&) const = default;
};

// Tags as the client typed them, cleaned: trimmed, one line each, empty ones and repeats (in
// any letter case) dropped, the first spelling kept.
QStringList normalizedTags(const QStringList& typed);

struct JournalEntry {
    QUuid id;
    JournalContent content;
    QDateTime createdAt; // with the offset of the client's clock at the time
    QDateTime updatedAt;
    std::optional<QDateTime> deletedAt;
};

// What an entry said before the client changed it; kept until the entry is deleted.
struct JournalVersion {
    JournalContent content;
    // When this version was saved, and when an edit replaced it.
    QDateTime savedAt;
    QDateTime replacedAt;
};

} // namespace stepstone
