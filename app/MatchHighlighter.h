#pragma once

#include <QColor>
#include <QPointer>
#include <QQmlEngine>
#include <QQuickTextDocument>
#include <QSyntaxHighlighter>
#include <QVariantList>

namespace stepstone {

// Marks where a search matched in a plain-text TextEdit, by character formats on its
// document: the text itself stays plain, never markup. `ranges` are {start, length} maps.
class MatchHighlighter : public QSyntaxHighlighter {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QQuickTextDocument* document READ quickDocument WRITE setQuickDocument NOTIFY
                   quickDocumentChanged)
    Q_PROPERTY(QVariant ranges READ ranges WRITE setRanges NOTIFY rangesChanged)
    Q_PROPERTY(QColor background READ background WRITE setBackground NOTIFY formatChanged)
    Q_PROPERTY(QColor foreground READ foreground WRITE setForeground NOTIFY formatChanged)

public:
    explicit MatchHighlighter(QObject* parent = nullptr);

    QQuickTextDocument* quickDocument() const { return m_quickDocument; }
    void setQuickDocument(QQuickTextDocument* document);
    QVariant ranges() const { return m_ranges; }
    // A list of ranges; anything else (undefined while a delegate goes) marks nothing.
    void setRanges(const QVariant& ranges);
    QColor background() const { return m_format.background().color(); }
    void setBackground(const QColor& color);
    QColor foreground() const { return m_format.foreground().color(); }
    void setForeground(const QColor& color);

Q_SIGNALS:
    void quickDocumentChanged();
    void rangesChanged();
    void formatChanged();

protected:
    void highlightBlock(const QString& text) override;

private:
    QPointer<QQuickTextDocument> m_quickDocument;
    QVariantList m_ranges;
    QTextCharFormat m_format;
};

} // namespace stepstone
