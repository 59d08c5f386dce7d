#include "ContactActions.h"

#include "contact/PhoneNumber.h"

#include <QDesktopServices>

namespace stepstone {

bool ContactActions::canCall(const QString& written) const {
    return PhoneNumber::parse(written).has_value();
}

bool ContactActions::call(const QString& written) {
    const auto phone = PhoneNumber::parse(written);
    return phone && open(phone->callUrl());
}

bool ContactActions::text(const QString& written, const QString& message) {
    const auto phone = PhoneNumber::parse(written);
    return phone && open(phone->textUrl(message));
}

bool ContactActions::open(const QUrl& url) {
    const QString scheme = url.scheme();
    const bool allowed = scheme == QLatin1String("tel") || scheme == QLatin1String("sms") ||
                         (scheme == QLatin1String("https") && !url.host().isEmpty());
    if (!allowed)
        return false;
    if (QDesktopServices::openUrl(url))
        return true;
    Q_EMIT couldNotOpen(url);
    return false;
}

} // namespace stepstone
