#include "store/JournalSearchText.h"

#include <QStringList>

namespace stepstone {

namespace {

// More words than anyone types into a search box; the rest would only slow the query.
constexpr int kMaxWords = 16;

// unicode61 keeps letters, digits and combining marks together and splits on everything else.
bool isWordCharacter(QChar c) {
    return c.isLetterOrNumber() || c.isMark();
}

} // namespace

QString ftsPrefixQuery(const QString& typed) {
    const QString text = typed.normalized(QString::NormalizationForm_C);
    QStringList terms;
    QString word;
    const auto endWord = [&] {
        if (!word.isEmpty() && terms.size() < kMaxWords)
            terms << QLatin1Char('"') + word + QLatin1String("*\"");
        word.clear();
    };
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        // A letter outside the Basic Multilingual Plane comes as two UTF-16 halves.
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            const char32_t ucs4 = QChar::surrogateToUcs4(c, text.at(i + 1));
            if (QChar::isLetterOrNumber(ucs4) || QChar::isMark(ucs4)) {
                word += c;
                word += text.at(i + 1);
            } else {
                endWord();
            }
            ++i;
            continue;
        }
        if (isWordCharacter(c))
            word += c;
        else
            endWord();
    }
    endWord();
    return terms.join(u' ');
}

QString searchableText(QString text) {
    text.replace(kMatchStart, u' ');
    text.replace(kMatchEnd, u' ');
    return text;
}

MarkedSnippet readMarkedSnippet(const QString& marked) {
    MarkedSnippet snippet;
    snippet.text.reserve(marked.size());
    int start = -1;
    for (QChar c : marked) {
        if (c == kMatchStart) {
            start = int(snippet.text.size());
        } else if (c == kMatchEnd) {
            if (start >= 0 && snippet.text.size() > start)
                snippet.matches.push_back({start, int(snippet.text.size()) - start});
            start = -1;
        } else {
            snippet.text += c;
        }
    }
    return snippet;
}

} // namespace stepstone
