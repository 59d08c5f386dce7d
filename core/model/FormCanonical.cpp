#include "model/FormCanonical.h"

namespace stepstone {

FormCanonical FormCanonical::parse(const QString& canonical) {
    const qsizetype bar = canonical.lastIndexOf(u'|');
    if (bar < 0)
        return {canonical.trimmed(), {}};
    return {canonical.left(bar).trimmed(), canonical.mid(bar + 1).trimmed()};
}

QString FormCanonical::text() const {
    return version.isEmpty() ? url : url + u'|' + version;
}

} // namespace stepstone
