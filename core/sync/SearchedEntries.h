#pragma once

#include "sync/FhirClient.h"
#include "sync/mapping/FhirJson.h"

#include <QSet>
#include <functional>
#include <optional>
#include <vector>

namespace stepstone {

// Every page of one search, in order: each searchset page goes to `page`, then `end` is called
// once, with the failure if a request failed, a page was not a searchset, or there were more
// than `maxPages` pages (a server gone wrong). `what` names the resource type in errors.
void fetchSearchPages(FhirClient& client, const QString& target, QLatin1String what, int maxPages,
                      std::function<void(const QJsonObject&)> page,
                      std::function<void(std::optional<FhirError>)> end);

// What the entries of a full search held, read one by one into `Item`s by a reader that answers
// Result<Item, MappingError>. An entry the clinic withdrew or no longer lists is left out; one
// that cannot be read is counted, and its id noted so that its stored copy can be kept.
template <class Item> class SearchedEntries {
public:
    template <class Read> void read(const QJsonObject& searchset, Read&& reader);

    const std::vector<Item>& listed() const { return m_listed; }
    // Whether an unreadable entry had no id: then every stored copy must be kept.
    bool needsStoredIds() const { return m_unreadableWithoutId; }
    // The stored ids to keep as they are: the unreadable entries', and `storedIds` (every stored
    // one, when needsStoredIds()).
    QSet<QString> keepAsStored(const QSet<QString>& storedIds = {}) const {
        return m_unreadableIds + storedIds;
    }
    // Malformed, naming the first error, when an entry could not be read.
    std::optional<FhirError> problem(QLatin1String what) const;

private:
    std::vector<Item> m_listed;
    QSet<QString> m_unreadableIds;
    bool m_unreadableWithoutId = false;
    int m_unreadable = 0;
    QString m_firstError;
};

template <class Item>
template <class Read>
void SearchedEntries<Item>::read(const QJsonObject& searchset, Read&& reader) {
    const QJsonValue entries = searchset.value(QLatin1String("entry"));
    if (!entries.isUndefined() && !entries.isArray()) {
        m_unreadableWithoutId = true;
        m_unreadable++;
        return;
    }
    for (const auto& entry : entries.toArray()) {
        const QJsonObject object = entry.toObject();
        if (object.value(QLatin1String("search")).toObject().value(QLatin1String("mode")) ==
            QLatin1String("outcome"))
            continue; // the server's remarks on the search, not a record
        const QJsonObject resource = object.value(QLatin1String("resource")).toObject();
        auto item = reader(resource);
        if (item) {
            m_listed.push_back(std::move(*item));
            continue;
        }
        const MappingErrorKind kind = item.error().kind;
        if (kind == MappingErrorKind::NotListed || kind == MappingErrorKind::EnteredInError)
            continue;
        if (m_unreadable++ == 0)
            m_firstError = item.error().describe();
        const QString id = resource.value(QLatin1String("id")).toString();
        if (fhir::isFhirId(id))
            m_unreadableIds.insert(id);
        else
            m_unreadableWithoutId = true;
    }
}

template <class Item>
std::optional<FhirError> SearchedEntries<Item>::problem(QLatin1String what) const {
    if (m_unreadable == 0)
        return std::nullopt;
    return FhirError{FhirError::Kind::Malformed, 200, std::nullopt,
                     QStringLiteral("%1 unreadable %2 entries; first: %3")
                         .arg(m_unreadable)
                         .arg(what, m_firstError)};
}

} // namespace stepstone
