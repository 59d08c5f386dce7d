#pragma once

#include <QJsonValue>
#include <QString>
#include <memory>
#include <vector>

namespace stepstone::fhirpath {

// One item of a FHIRPath collection: a piece of FHIR JSON, as fhirpath.js evaluates JSON, with
// the way it was reached. weight() needs the way back: from an answer's valueCoding to its
// answer, its item and the item's parents, whose linkIds find the question in the form.
struct Node {
    QJsonValue value;
    QString name; // the JSON property it was read from ("valueCoding"); empty when computed
    std::shared_ptr<const Node> parent;

    // The FHIR type a choice element names ("Coding" for valueCoding), a resource's type, or
    // the type of a JSON primitive (Boolean, Integer, Decimal, String).
    QString type() const;
    // The resource this node was read from, or itself when it has no parent.
    const Node& root() const;
};

using Collection = std::vector<Node>;

inline Collection collectionOf(const QJsonValue& resource) {
    return resource.isUndefined() || resource.isNull() ? Collection{}
                                                       : Collection{Node{resource, {}, {}}};
}

// The children of `parent` under `name`, arrays flattened. When `name` is absent, a choice
// element whose name is `name` followed by a FHIR type (answer.value finds valueCoding).
Collection childrenNamed(const Node& parent, const QString& name);

// A child of `parent` read from its property `name` (one element of it when it is an array).
Node childOf(const std::shared_ptr<const Node>& parent, const QJsonValue& value,
             const QString& name);

// A number as JavaScript writes it (what fhirpath.js's toString() gives): 3, 3.5, 0.000001, 1e-7,
// 1e+21.
QString numberText(double number);

} // namespace stepstone::fhirpath
