#pragma once

#include <QString>
#include <vector>

namespace stepstone::forms {

// One step from the top of a response to an item: the item's linkId and which instance of it
// (a repeating group filled in three times has instances 0, 1 and 2; anything else is 0).
struct PathStep {
    QString linkId;
    int instance = 0;
    auto operator<=>(const PathStep& other) const {
        if (const auto byLink = linkId.compare(other.linkId); byLink != 0)
            return byLink <=> 0;
        return instance <=> other.instance;
    }
    bool operator==(const PathStep&) const = default;
};

// Where an answer lives in a response: the chain of steps from the top-level item to it. Two
// answers to one question in two instances of a repeating group have different paths.
using ItemPath = std::vector<PathStep>;

// `path` with one more step.
inline ItemPath childPath(const ItemPath& path, const QString& linkId, int instance = 0) {
    ItemPath child = path;
    child.push_back({linkId, instance});
    return child;
}

} // namespace stepstone::forms
