#pragma once

#include <QString>
#include <QUrl>
#include <optional>

namespace stepstone {

// A link from the clinic that the app may offer to open: an absolute https URL with a host, no
// user info (which hides the real host: "https://clinic.example@evil.example") and no
// whitespace, at most 2048 characters. nullopt for anything else, http: and javascript: included.
std::optional<QUrl> safeWebLink(const QString& text);

} // namespace stepstone
