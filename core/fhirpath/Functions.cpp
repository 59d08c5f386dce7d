// The FHIRPath functions the evaluator knows, by name.
#include "fhirpath/Evaluation.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <cmath>
#include <functional>

namespace stepstone::fhirpath {

namespace {

// JavaScript's Math.round: halves go up, also below zero (-2.5 -> -2).
double roundHalfUp(double value) {
    const double floor = std::floor(value);
    return value - floor >= 0.5 ? floor + 1 : floor;
}

struct Call {
    Evaluation& evaluation;
    const AstNode& node;
    const Collection& input;
    const Frame& frame;

    const AstNode& argumentNode(size_t i) const { return *node.children[i]; }

    // An argument that is not a lambda is read where the function's caller stands ($this).
    Collection argument(size_t i) const {
        const Collection& self = frame.self ? *frame.self : input;
        return evaluation.eval(argumentNode(i), self, frame);
    }

    // A lambda argument (where, select...) is read on one item of the input at a time.
    Collection onItem(size_t argumentIndex, size_t itemIndex,
                      const Collection* total = nullptr) const {
        const Collection item{input[itemIndex]};
        const Frame inner{&item, double(itemIndex), total ? total : frame.total};
        return evaluation.eval(argumentNode(argumentIndex), item, inner);
    }

    // A criterion: empty is false; anything but one boolean is an error.
    bool criterion(size_t argumentIndex, size_t itemIndex) const {
        return Evaluation::boolean(onItem(argumentIndex, itemIndex), argumentNode(argumentIndex))
            .value_or(false);
    }

    std::optional<double> inputNumber() const { return Evaluation::number(input, node); }
};

using Handler = std::function<Collection(const Call&)>;

struct Function {
    int minArguments;
    int maxArguments;
    Handler handler;
};

Collection mathFunction(const Call& call, double (*operation)(double)) {
    const auto value = call.inputNumber();
    return value ? Evaluation::numberResult(operation(*value)) : Collection{};
}

Collection whereItems(const Call& call) {
    Collection out;
    for (size_t i = 0; i < call.input.size(); ++i)
        if (call.criterion(0, i))
            out.push_back(call.input[i]);
    return out;
}

Collection selectItems(const Call& call) {
    Collection out;
    for (size_t i = 0; i < call.input.size(); ++i) {
        const Collection selected = call.onItem(0, i);
        out.insert(out.end(), selected.begin(), selected.end());
    }
    call.evaluation.spend(qint64(out.size()), call.node);
    return out;
}

// Applies the projection to the input, then to what it gave, until nothing new comes.
Collection repeatItems(const Call& call) {
    Collection out;
    Collection pending = call.input;
    while (!pending.empty()) {
        Collection next;
        for (const auto& item : pending) {
            const Collection one{item};
            const Frame inner{&one, std::nullopt, call.frame.total};
            for (auto& found : call.evaluation.eval(call.argumentNode(0), one, inner)) {
                call.evaluation.spend(qint64(out.size()) + 1, call.node);
                if (Evaluation::contains(out, found.value))
                    continue;
                out.push_back(found);
                next.push_back(std::move(found));
            }
        }
        pending = std::move(next);
    }
    return out;
}

Collection aggregateItems(const Call& call) {
    Collection total = call.node.children.size() > 1 ? call.argument(1) : Collection{};
    for (size_t i = 0; i < call.input.size(); ++i)
        total = call.onItem(0, i, &total);
    return total;
}

Collection sumItems(const Call& call) {
    if (call.input.empty())
        return {};
    double total = 0;
    for (const auto& item : call.input) {
        if (!item.value.isDouble())
            Evaluation::raise(QStringLiteral("sum() of something that is not a number"), call.node);
        total += item.value.toDouble();
    }
    return Evaluation::numberResult(total);
}

Collection iifResult(const Call& call) {
    const Frame inner{&call.input, call.frame.index, call.frame.total};
    const Collection condition = call.evaluation.eval(call.argumentNode(0), call.input, inner);
    // As fhirpath.js: only one true is true; anything else takes the other branch.
    const bool isTrue = condition.size() == 1 && condition.front().value.isBool() &&
                        condition.front().value.toBool();
    if (isTrue)
        return call.evaluation.eval(call.argumentNode(1), call.input, inner);
    if (call.node.children.size() > 2)
        return call.evaluation.eval(call.argumentNode(2), call.input, inner);
    return {};
}

Collection roundNumber(const Call& call) {
    const auto value = call.inputNumber();
    std::optional<double> precision = 0.0;
    if (!call.node.children.empty())
        precision = Evaluation::number(call.argument(0), call.argumentNode(0));
    if (!value || !precision)
        return {};
    if (*precision < 0 || *precision > 15 || std::trunc(*precision) != *precision)
        Evaluation::raise(QStringLiteral("round() takes a whole number of places from 0 to 15"),
                          call.node);
    const double scale = std::pow(10.0, *precision);
    return Evaluation::numberResult(roundHalfUp(*value * scale) / scale);
}

Collection powerNumber(const Call& call) {
    const auto value = call.inputNumber();
    const auto exponent = Evaluation::number(call.argument(0), call.argumentNode(0));
    if (!value || !exponent)
        return {};
    return Evaluation::numberResult(std::pow(*value, *exponent));
}

Collection toStringValue(const Call& call) {
    Evaluation::requireSingle(call.input, call.node);
    if (call.input.empty())
        return {};
    const QJsonValue& value = call.input.front().value;
    if (value.isString())
        return {Node{value, {}, {}}};
    if (value.isDouble())
        return {Node{numberText(value.toDouble()), {}, {}}};
    if (value.isBool())
        return {Node{value.toBool() ? QStringLiteral("true") : QStringLiteral("false"), {}, {}}};
    return {};
}

Collection toNumberValue(const Call& call, bool integer) {
    Evaluation::requireSingle(call.input, call.node);
    if (call.input.empty())
        return {};
    const QJsonValue& value = call.input.front().value;
    if (value.isBool())
        return Evaluation::numberResult(value.toBool() ? 1 : 0);
    if (value.isDouble()) {
        if (integer && std::trunc(value.toDouble()) != value.toDouble())
            return {};
        return {Node{value, {}, {}}};
    }
    if (!value.isString())
        return {};
    static const QRegularExpression kInteger(QStringLiteral("^[+-]?\\d+$"));
    static const QRegularExpression kDecimal(
        QStringLiteral("^\\s*[+-]?\\d+(\\.\\d+)?([eE][+-]?\\d+)?\\s*$"));
    const QString text = value.toString();
    if (!(integer ? kInteger : kDecimal).match(text).hasMatch())
        return {};
    return Evaluation::numberResult(text.trimmed().toDouble());
}

Collection extensionsOf(const Call& call) {
    const auto url = Evaluation::string(call.argument(0), call.argumentNode(0));
    if (!url)
        return {};
    Collection out;
    for (const auto& item : call.input) {
        // A primitive's extensions sit beside it, under _name.
        const bool primitive = !item.value.isObject();
        if (primitive && !item.parent)
            continue;
        const QJsonObject holder =
            primitive ? item.parent->value.toObject().value(u'_' + item.name).toObject()
                      : item.value.toObject();
        const auto owner = std::make_shared<const Node>(item);
        for (const auto& extension : holder.value(QLatin1String("extension")).toArray())
            if (extension.toObject().value(QLatin1String("url")).toString() == *url)
                out.push_back(childOf(owner, extension, QStringLiteral("extension")));
    }
    call.evaluation.spend(qint64(out.size()), call.node);
    return out;
}

// The type an ofType() argument names, as written: Coding, FHIR.Coding.
QString typeNameOf(const AstNode& node) {
    if (node.kind == AstNode::Kind::Identifier)
        return node.name;
    if (node.kind == AstNode::Kind::Invoke && node.children[1]->kind == AstNode::Kind::Identifier) {
        const QString qualifier = typeNameOf(*node.children[0]);
        return qualifier.isEmpty() ? QString() : qualifier + u'.' + node.children[1]->name;
    }
    return {};
}

Collection ofTypeItems(const Call& call) {
    const QString type = typeNameOf(call.argumentNode(0));
    if (type.isEmpty())
        Evaluation::raise(QStringLiteral("ofType() takes a type name"), call.node);
    Collection out;
    for (const auto& item : call.input)
        if (isOfType(item, type))
            out.push_back(item);
    return out;
}

Collection truthOfAll(const Call& call, bool all) {
    for (const auto& item : call.input) {
        if (!item.value.isBool())
            Evaluation::raise(QStringLiteral("a boolean is needed"), call.node);
        if (item.value.toBool() != all)
            return Evaluation::booleanResult(!all);
    }
    return Evaluation::booleanResult(all);
}

const std::map<QString, Function>& functions() {
    using E = Evaluation;
    static const std::map<QString, Function> kFunctions = {
        {QStringLiteral("empty"),
         {0, 0,
          [](const Call& c) {
              return E::booleanResult(c.input.empty());
          }}},
        {QStringLiteral("exists"),
         {0, 1,
          [](const Call& c) {
              if (c.node.children.empty())
                  return E::booleanResult(!c.input.empty());
              for (size_t i = 0; i < c.input.size(); ++i)
                  if (c.criterion(0, i))
                      return E::booleanResult(true);
              return E::booleanResult(false);
          }}},
        {QStringLiteral("count"),
         {0, 0,
          [](const Call& c) {
              return E::numberResult(double(c.input.size()));
          }}},
        {QStringLiteral("sum"), {0, 0, sumItems}},
        {QStringLiteral("aggregate"), {1, 2, aggregateItems}},
        {QStringLiteral("where"), {1, 1, whereItems}},
        {QStringLiteral("select"), {1, 1, selectItems}},
        {QStringLiteral("repeat"), {1, 1, repeatItems}},
        {QStringLiteral("iif"), {2, 3, iifResult}},
        {QStringLiteral("first"),
         {0, 0,
          [](const Call& c) {
              return c.input.empty() ? Collection{} : Collection{c.input.front()};
          }}},
        {QStringLiteral("last"),
         {0, 0,
          [](const Call& c) {
              return c.input.empty() ? Collection{} : Collection{c.input.back()};
          }}},
        {QStringLiteral("tail"),
         {0, 0,
          [](const Call& c) {
              return c.input.empty() ? Collection{}
                                     : Collection(c.input.begin() + 1, c.input.end());
          }}},
        {QStringLiteral("single"),
         {0, 0,
          [](const Call& c) {
              E::requireSingle(c.input, c.node);
              return c.input;
          }}},
        {QStringLiteral("distinct"),
         {0, 0,
          [](const Call& c) {
              return c.evaluation.distinct(c.input, c.node);
          }}},
        {QStringLiteral("combine"),
         {1, 1,
          [](const Call& c) {
              Collection out = c.input;
              const Collection other = c.argument(0);
              out.insert(out.end(), other.begin(), other.end());
              c.evaluation.spend(qint64(out.size()), c.node);
              return out;
          }}},
        {QStringLiteral("union"),
         {1, 1,
          [](const Call& c) {
              Collection out = c.input;
              const Collection other = c.argument(0);
              out.insert(out.end(), other.begin(), other.end());
              return c.evaluation.distinct(out, c.node);
          }}},
        {QStringLiteral("contains"),
         {1, 1,
          [](const Call& c) {
              const auto text = E::string(c.input, c.node);
              const auto part = E::string(c.argument(0), c.argumentNode(0));
              if (!text || !part)
                  return Collection{};
              return E::booleanResult(text->contains(*part));
          }}},
        {QStringLiteral("not"),
         {0, 0,
          [](const Call& c) {
              const auto value = E::boolean(c.input, c.node);
              return value ? E::booleanResult(!*value) : Collection{};
          }}},
        {QStringLiteral("allTrue"),
         {0, 0,
          [](const Call& c) {
              return truthOfAll(c, true);
          }}},
        {QStringLiteral("anyTrue"),
         {0, 0,
          [](const Call& c) {
              return truthOfAll(c, false);
          }}},
        {QStringLiteral("weight"),
         {0, 0,
          [](const Call& c) {
              return c.evaluation.weight(c.input, c.node);
          }}},
        {QStringLiteral("ordinal"),
         {0, 0,
          [](const Call& c) {
              return c.evaluation.weight(c.input, c.node);
          }}},
        {QStringLiteral("round"), {0, 1, roundNumber}},
        {QStringLiteral("power"), {1, 1, powerNumber}},
        {QStringLiteral("ln"),
         {0, 0,
          [](const Call& c) {
              return mathFunction(c, [](double v) { return std::log(v); });
          }}},
        {QStringLiteral("exp"),
         {0, 0,
          [](const Call& c) {
              return mathFunction(c, [](double v) { return std::exp(v); });
          }}},
        {QStringLiteral("sqrt"),
         {0, 0,
          [](const Call& c) {
              return mathFunction(c, [](double v) { return std::sqrt(v); });
          }}},
        {QStringLiteral("abs"),
         {0, 0,
          [](const Call& c) {
              return mathFunction(c, [](double v) { return std::fabs(v); });
          }}},
        {QStringLiteral("floor"),
         {0, 0,
          [](const Call& c) {
              return mathFunction(c, [](double v) { return std::floor(v); });
          }}},
        {QStringLiteral("ceiling"),
         {0, 0,
          [](const Call& c) {
              return mathFunction(c, [](double v) { return std::ceil(v); });
          }}},
        {QStringLiteral("truncate"),
         {0, 0,
          [](const Call& c) {
              return mathFunction(c, [](double v) { return std::trunc(v); });
          }}},
        {QStringLiteral("hasValue"),
         {0, 0,
          [](const Call& c) {
              return E::booleanResult(c.input.size() == 1 && !c.input.front().value.isObject() &&
                                      !c.input.front().value.isArray());
          }}},
        {QStringLiteral("toString"), {0, 0, toStringValue}},
        {QStringLiteral("toInteger"),
         {0, 0,
          [](const Call& c) {
              return toNumberValue(c, true);
          }}},
        {QStringLiteral("toDecimal"),
         {0, 0,
          [](const Call& c) {
              return toNumberValue(c, false);
          }}},
        {QStringLiteral("extension"), {1, 1, extensionsOf}},
        {QStringLiteral("ofType"), {1, 1, ofTypeItems}},
    };
    return kFunctions;
}

} // namespace

Collection Evaluation::call(const AstNode& node, const Collection& input, const Frame& frame) {
    const auto found = functions().find(node.name);
    if (found == functions().end())
        raise(QStringLiteral("unknown function %1()").arg(node.name), node);
    const Function& function = found->second;
    const int count = int(node.children.size());
    if (count < function.minArguments || count > function.maxArguments)
        raise(QStringLiteral("%1() takes %2 to %3 arguments, not %4")
                  .arg(node.name)
                  .arg(function.minArguments)
                  .arg(function.maxArguments)
                  .arg(count),
              node);
    return function.handler(Call{*this, node, input, frame});
}

} // namespace stepstone::fhirpath
