#pragma once

#include <QString>
#include <vector>

namespace stepstone {

// The text side of journal search: what the client typed made into an FTS4 query that cannot
// fail, and the index's snippets read back as plain text with the places that matched.

// Every word the client typed as a quoted prefix term, all of them required: `walk ni` finds
// "walked at night". Quotes, stars, NEAR, OR, a minus or brackets are only words or separators
// here, never operators. Empty when nothing searchable was typed (only punctuation or emoji).
QString ftsPrefixQuery(const QString& typed);

// The index keeps the text with these two characters made spaces, so that they mark the
// matches in a snippet and nothing else.
inline constexpr QChar kMatchStart = QChar(0x01);
inline constexpr QChar kMatchEnd = QChar(0x02);
QString searchableText(QString text);

struct TextRange {
    int start = 0;
    int length = 0;
    bool operator==(const TextRange&) const = default;
};

struct MarkedSnippet {
    QString text;
    std::vector<TextRange> matches; // in `text`, in order
};

// A snippet with kMatchStart/kMatchEnd around the matches, as plain text and ranges.
MarkedSnippet readMarkedSnippet(const QString& marked);

} // namespace stepstone
