#include "auth/SmartScopes.h"

#include <algorithm>
#include <vector>

namespace stepstone {

namespace {

const QStringList kLaunchScopes{QStringLiteral("openid"), QStringLiteral("fhirUser"),
                                QStringLiteral("launch/patient"), QStringLiteral("offline_access")};

bool hasAny(const QString& letters, QStringView wanted) {
    for (const QChar letter : wanted)
        if (letters.contains(letter))
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

// One entry per resource type, with the letters every access to it needs, in `cruds` order.
std::vector<std::pair<QString, QString>> mergedByType(std::span<const ResourceAccess> access) {
    std::vector<std::pair<QString, QString>> merged;
    for (const ResourceAccess& each : access) {
        const QString type = QLatin1StringView(each.type);
        auto found = std::find_if(merged.begin(), merged.end(),
                                  [&](const auto& entry) { return entry.first == type; });
        if (found == merged.end())
            found = merged.insert(merged.end(), {type, QString()});
        found->second += QLatin1StringView(each.letters);
    }
    for (auto& [type, letters] : merged) {
        QString ordered;
        for (const QChar letter : QStringView(u"cruds"))
            if (letters.contains(letter))
                ordered += letter;
        letters = ordered;
    }
    return merged;
}

} // namespace

QStringList requestedScopes(ScopeStyle style, std::span<const ResourceAccess> access) {
    QStringList scopes = kLaunchScopes;
    for (const auto& [type, letters] : mergedByType(access)) {
        const QString prefix = QStringLiteral("patient/%1.").arg(type);
        if (style == ScopeStyle::V2) {
            scopes.append(prefix + letters);
            continue;
        }
        if (hasAny(letters, u"rs"))
            scopes.append(prefix + QStringLiteral("read"));
        if (hasAny(letters, u"cud"))
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

bool scopesPermit(const QStringList& granted, const ResourceAccess& access) {
    const QString type = QLatin1StringView(access.type);
    for (const char letter : QLatin1StringView(access.letters))
        if (!scopesPermit(granted, type, QLatin1Char(letter)))
            return false;
    return true;
}

} // namespace stepstone
