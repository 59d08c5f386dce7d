#include "auth/SmartScopes.h"

#include <array>

namespace stepstone {

namespace {

struct ResourceAccess {
    const char* type;
    const char* letters; // SMART v2 order: c r u d s
};

// What the sync needs, and no more: clinic-owned resources are read and searched (the
// download follows `_lastUpdated`; Locations come with the Appointments), client-owned ones
// are also created and updated, and a craving log the client deletes is deleted there too.
constexpr std::array kSyncAccess{
    ResourceAccess{"Patient", "r"},                // the client's own record
    ResourceAccess{"Appointment", "rs"},           // sessions
    ResourceAccess{"Location", "rs"},              // where sessions take place
    ResourceAccess{"AppointmentResponse", "crus"}, // attending or not
    ResourceAccess{"Observation", "cruds"},        // craving log, check-ins
    ResourceAccess{"Consent", "crus"},             // what the client shares
    ResourceAccess{"CareTeam", "rs"},              // who receives what the client shares
};

const QStringList kLaunchScopes{QStringLiteral("openid"), QStringLiteral("fhirUser"),
                                QStringLiteral("launch/patient"), QStringLiteral("offline_access")};

bool hasAny(QLatin1StringView letters, QLatin1StringView wanted) {
    for (const char letter : wanted)
        if (letters.contains(QLatin1Char(letter)))
            return true;
    return false;
}

bool permissionAllows(QStringView permission, QChar letter) {
    if (permission == u"*")
        return true;
    if (permission == u"read")
        return letter == u'r' || letter == u's';
    if (permission == u"write")
        return letter == u'c' || letter == u'u' || letter == u'd';
    for (const QChar c : permission)
        if (!QStringView(u"cruds").contains(c))
            return false;
    return permission.contains(letter);
}

} // namespace

QStringList requestedScopes(ScopeStyle style) {
    QStringList scopes = kLaunchScopes;
    for (const ResourceAccess& access : kSyncAccess) {
        const QString prefix = QStringLiteral("patient/%1.").arg(QLatin1StringView(access.type));
        const QLatin1StringView letters(access.letters);
        if (style == ScopeStyle::V2) {
            scopes.append(prefix + letters);
            continue;
        }
        if (hasAny(letters, QLatin1StringView("rs")))
            scopes.append(prefix + QStringLiteral("read"));
        if (hasAny(letters, QLatin1StringView("cud")))
            scopes.append(prefix + QStringLiteral("write"));
    }
    return scopes;
}

bool scopesPermit(const QStringList& granted, QStringView resourceType, QChar letter) {
    for (const QString& scope : granted) {
        // A v2 scope narrowed by a query (`?category=…`) allows only part of a type; the app
        // does not act on part of a type, so it counts as not granted.
        if (scope.contains(u'?'))
            continue;
        const qsizetype slash = scope.indexOf(u'/');
        const qsizetype dot = scope.lastIndexOf(u'.');
        if (slash < 0 || dot < slash)
            continue;
        const QStringView context = QStringView(scope).left(slash);
        const QStringView type = QStringView(scope).sliced(slash + 1, dot - slash - 1);
        if (context != u"patient" && context != u"user")
            continue;
        if (type != resourceType && type != u"*")
            continue;
        if (permissionAllows(QStringView(scope).sliced(dot + 1), letter))
            return true;
    }
    return false;
}

} // namespace stepstone
