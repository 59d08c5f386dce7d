// weight() / ordinal(): the score of an answer, looked up as fhirpath.js 5.2.2 does with the R4
// model (src/sdc-ig-supplements.js): the answer's own extension; the matching answerOption's
// ordinalValue or itemWeight; the concept of a contained ValueSet the item names; a contained
// CodeSystem. A score only a terminology server could give is an error (offline, the form has
// no score), and an answer with no score is left out: never 0.
#include "fhirpath/Evaluation.h"

#include <QJsonArray>
#include <QJsonObject>
#include <functional>

namespace stepstone::fhirpath {

namespace {

const QLatin1String kOrdinalValue("http://hl7.org/fhir/StructureDefinition/ordinalValue");
const QLatin1String kItemWeight("http://hl7.org/fhir/StructureDefinition/itemWeight");

// The first score extension's valueDecimal (an extension with another value[x] gives none).
std::optional<double> scoreExtension(const QJsonValue& element) {
    for (const auto& extension : element.toObject().value(QLatin1String("extension")).toArray()) {
        const QJsonObject object = extension.toObject();
        const QString url = object.value(QLatin1String("url")).toString();
        if (url != kOrdinalValue && url != kItemWeight)
            continue;
        const QJsonValue value = object.value(QLatin1String("valueDecimal"));
        return value.isDouble() ? std::optional(value.toDouble()) : std::nullopt;
    }
    return std::nullopt;
}

bool isResponseAnswer(const Node& node) {
    return node.name == u"answer" &&
           node.root().value.toObject().value(QLatin1String("resourceType")).toString() ==
               u"QuestionnaireResponse";
}

struct Scored {
    std::optional<double> score;
    bool inResponse = false;
    QJsonValue value;
    QString valueType; // Coding, Integer, String...
};

Scored describe(const Node& node) {
    Scored info;
    const bool underAnswer = node.parent && isResponseAnswer(*node.parent);
    if (isResponseAnswer(node)) {
        info.inResponse = true;
        const QJsonObject answer = node.value.toObject();
        for (auto it = answer.begin(); it != answer.end(); ++it) {
            if (it.key().size() > 5 && it.key().startsWith(QLatin1String("value"))) {
                info.valueType = it.key().mid(5);
                info.value = it.value();
                const QJsonValue primitiveExtras = answer.value(u'_' + it.key());
                info.score =
                    scoreExtension(primitiveExtras.isObject() ? primitiveExtras : it.value());
                break;
            }
        }
        return info;
    }
    if (node.name == u"answerOption" ||
        (node.name == u"concept" && node.parent && node.parent->name != u"include")) {
        info.score = scoreExtension(node.value); // an option or a CodeSystem concept: no further
        return info;
    }
    if (node.name == u"concept" && node.parent) { // ValueSet.compose.include.concept
        info.score = scoreExtension(node.value);
        QJsonObject coding;
        coding.insert(QStringLiteral("code"), node.value.toObject().value(QLatin1String("code")));
        coding.insert(QStringLiteral("system"),
                      node.parent->value.toObject().value(QLatin1String("system")));
        info.value = coding;
        info.valueType = QStringLiteral("Coding");
        return info;
    }
    info.inResponse = underAnswer;
    if (node.type() == u"Coding") {
        info.score = scoreExtension(node.value);
        info.value = node.value;
        info.valueType = QStringLiteral("Coding");
        return info;
    }
    if (underAnswer) {
        const QJsonValue primitiveExtras = node.parent->value.toObject().value(u'_' + node.name);
        info.score = scoreExtension(primitiveExtras.isObject() ? primitiveExtras : node.value);
        info.value = node.value;
        info.valueType =
            node.name.startsWith(QLatin1String("value")) ? node.name.mid(5) : node.type();
    }
    return info;
}

// The linkIds from the answer's item up to the top item: [inner, ..., top].
QStringList linkIdsOf(const Node& node) {
    QStringList linkIds;
    for (const Node* at = &node; at; at = at->parent.get()) {
        const QJsonValue linkId = at->value.toObject().value(QLatin1String("linkId"));
        if (linkId.isString())
            linkIds.append(linkId.toString());
    }
    return linkIds;
}

QJsonObject questionnaireItem(const QJsonObject& questionnaire, const QStringList& linkIds) {
    QJsonObject parent = questionnaire;
    for (auto it = linkIds.crbegin(); it != linkIds.crend(); ++it) {
        QJsonObject found;
        for (const auto& item : parent.value(QLatin1String("item")).toArray())
            if (item.toObject().value(QLatin1String("linkId")).toString() == *it) {
                found = item.toObject();
                break;
            }
        if (found.isEmpty())
            return {};
        parent = found;
    }
    return parent;
}

QJsonObject matchingOption(const QJsonObject& item, const QJsonValue& value,
                           const QString& valueType) {
    const QString key = QStringLiteral("value") + valueType;
    for (const auto& entry : item.value(QLatin1String("answerOption")).toArray()) {
        QJsonObject option = entry.toObject();
        const QJsonValue offered = option.value(key);
        bool same = false;
        if (valueType == u"Coding") {
            const QJsonObject a = offered.toObject();
            const QJsonObject b = value.toObject();
            same = offered.isObject() &&
                   a.value(QLatin1String("code")) == b.value(QLatin1String("code")) &&
                   a.value(QLatin1String("system")) == b.value(QLatin1String("system"));
        } else if (valueType == u"Integer" || valueType == u"Decimal") {
            same = offered.isDouble() && Evaluation::equal(offered, value);
        } else if (value.isObject()) {
            const QJsonObject given = value.toObject();
            same = offered.isObject();
            for (auto it = given.begin(); same && it != given.end(); ++it)
                same = it.key() == u"extension" || offered.toObject().value(it.key()) == it.value();
        } else {
            same = !offered.isUndefined() && offered == value;
        }
        if (same)
            return option;
    }
    return {};
}

const QJsonObject* findConcept(const QJsonArray& concepts, const QString& code,
                               QJsonObject& holder) {
    for (const auto& entry : concepts) {
        const QJsonObject term = entry.toObject();
        if (term.value(QLatin1String("code")).toString() == code) {
            holder = term;
            return &holder;
        }
        if (const auto* inner =
                findConcept(term.value(QLatin1String("concept")).toArray(), code, holder))
            return inner;
    }
    return nullptr;
}

QJsonObject containedResource(const QJsonValue& resource, const QString& type,
                              const std::function<bool(const QJsonObject&)>& matches) {
    for (const auto& entry : resource.toObject().value(QLatin1String("contained")).toArray()) {
        QJsonObject contained = entry.toObject();
        if (contained.value(QLatin1String("resourceType")).toString() == type && matches(contained))
            return contained;
    }
    return {};
}

} // namespace

Collection Evaluation::weight(const Collection& input, const AstNode& at) {
    Collection out;
    const QJsonValue questionnaire = m_environment.questionnaire.empty()
                                         ? QJsonValue()
                                         : m_environment.questionnaire.front().value;
    // A score from the ValueSet the item names, then from a contained CodeSystem.
    auto fromResources = [&](const QString& valueSet, const QString& code, const QString& system,
                             const Node& node) -> std::optional<double> {
        if (code.isEmpty())
            return std::nullopt;
        std::optional<double> score;
        if (!valueSet.isEmpty()) {
            const bool local = valueSet.startsWith(u'#');
            const QJsonObject set = containedResource(
                questionnaire, QStringLiteral("ValueSet"), [&](const QJsonObject& r) {
                    return local ? r.value(QLatin1String("id")).toString() == valueSet.mid(1)
                                 : r.value(QLatin1String("url")).toString() == valueSet;
                });
            if (!set.isEmpty()) {
                QJsonObject holder;
                for (const auto& include : set.value(QLatin1String("compose"))
                                               .toObject()
                                               .value(QLatin1String("include"))
                                               .toArray())
                    if (include.toObject().value(QLatin1String("system")).toString() == system)
                        if (findConcept(
                                include.toObject().value(QLatin1String("concept")).toArray(), code,
                                holder)) {
                            score = scoreExtension(holder);
                            break;
                        }
            } else if (local) {
                raise(QStringLiteral("the form has no contained ValueSet %1").arg(valueSet), at);
            }
        }
        if (score || system.isEmpty())
            return score;
        auto isSystem = [&](const QJsonObject& r) {
            return r.value(QLatin1String("url")).toString() == system;
        };
        QJsonObject codeSystem =
            containedResource(node.root().value, QStringLiteral("CodeSystem"), isSystem);
        if (codeSystem.isEmpty())
            codeSystem = containedResource(questionnaire, QStringLiteral("CodeSystem"), isSystem);
        if (codeSystem.isEmpty())
            raise(QStringLiteral("the score of %1|%2 is not in the form; only a terminology "
                                 "server could give it")
                      .arg(system, code),
                  at);
        QJsonObject holder;
        if (findConcept(codeSystem.value(QLatin1String("concept")).toArray(), code, holder))
            return scoreExtension(holder);
        return std::nullopt;
    };

    for (const auto& node : input) {
        spend(1, at);
        const Scored info = describe(node);
        const QJsonObject coding = info.value.toObject();
        const QString code = coding.value(QLatin1String("code")).toString();
        const QString system = coding.value(QLatin1String("system")).toString();
        std::optional<double> score = info.score;
        if (!score && info.inResponse && !info.value.isUndefined() && !info.valueType.isEmpty()) {
            if (!questionnaire.isObject())
                raise(QStringLiteral("weight() needs %questionnaire"), at);
            const QStringList linkIds = linkIdsOf(node);
            const QJsonObject item = questionnaireItem(questionnaire.toObject(), linkIds);
            if (item.isEmpty())
                raise(QStringLiteral("the form has no item %1")
                          .arg(linkIds.isEmpty() ? QString() : linkIds.front()),
                      at);
            const QJsonObject option = matchingOption(item, info.value, info.valueType);
            score = scoreExtension(option);
            const QString valueSet = item.value(QLatin1String("answerValueSet")).toString();
            if (!score && ((!option.isEmpty() && !system.isEmpty()) || !valueSet.isEmpty()))
                score = fromResources(valueSet, code, system, node);
        } else if (!score && info.valueType == u"Coding" && !system.isEmpty()) {
            score = fromResources({}, code, system, node);
        }
        if (score)
            out.push_back(Node{*score, {}, {}});
    }
    return out;
}

} // namespace stepstone::fhirpath
