#include "common/SafeWebLink.h"

namespace stepstone {

namespace {

constexpr qsizetype kMaxLinkLength = 2048;

} // namespace

std::optional<QUrl> safeWebLink(const QString& text) {
    if (text.isEmpty() || text.size() > kMaxLinkLength)
        return std::nullopt;
    for (QChar c : text)
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return std::nullopt;
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty() ||
        !url.userInfo().isEmpty())
        return std::nullopt;
    return url;
}

} // namespace stepstone
