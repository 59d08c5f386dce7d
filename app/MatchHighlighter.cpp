#include "MatchHighlighter.h"

#include <QTextDocument>

namespace stepstone {

MatchHighlighter::MatchHighlighter(QObject* parent)
    : QSyntaxHighlighter(parent) {
    m_format.setFontWeight(QFont::Bold);
}

void MatchHighlighter::setQuickDocument(QQuickTextDocument* document) {
    if (m_quickDocument == document)
        return;
    m_quickDocument = document;
    setDocument(document ? document->textDocument() : nullptr);
    Q_EMIT quickDocumentChanged();
}

void MatchHighlighter::setRanges(const QVariant& ranges) {
    if (m_ranges == ranges)
        return;
    m_ranges = ranges.toList();
    rehighlight();
    Q_EMIT rangesChanged();
}

void MatchHighlighter::setBackground(const QColor& color) {
    m_format.setBackground(color);
    rehighlight();
    Q_EMIT formatChanged();
}

void MatchHighlighter::setForeground(const QColor& color) {
    m_format.setForeground(color);
    rehighlight();
    Q_EMIT formatChanged();
}

void MatchHighlighter::highlightBlock(const QString& text) {
    const int blockStart = currentBlock().position();
    const int blockEnd = blockStart + int(text.size());
    for (const QVariant& each : std::as_const(m_ranges)) {
        const QVariantMap range = each.toMap();
        const int start = range.value(QStringLiteral("start")).toInt();
        const int end = start + range.value(QStringLiteral("length")).toInt();
        const int from = std::max(start, blockStart);
        const int to = std::min(end, blockEnd);
        if (from < to)
            setFormat(from - blockStart, to - from, m_format);
    }
}

} // namespace stepstone
