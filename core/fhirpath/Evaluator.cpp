#include "fhirpath/Evaluator.h"

#include "fhirpath/Evaluation.h"
#include "fhirpath/Parser.h"

#include <cmath>

namespace stepstone::fhirpath {

namespace {

// fhirpath.js compares numbers after rounding them to this step.
double roundedForComparison(double value) {
    const double steps = value / 1e-8;
    const double floor = std::floor(steps);
    return (steps - floor >= 0.5 ? floor + 1 : floor) * 1e-8;
}

QString jsonTypeName(const QJsonValue& value) {
    switch (value.type()) {
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    default:
        return QStringLiteral("an element");
    }
}

} // namespace

void Evaluation::spend(qint64 units, const AstNode& at) {
    m_steps += units;
    if (m_steps > m_limits.maxSteps)
        raise(QStringLiteral("the expression needs more than %1 steps").arg(m_limits.maxSteps), at);
}

void Evaluation::raise(const QString& message, const AstNode& at) {
    throw EvaluationFailure{ExpressionError{message, at.position}};
}

void Evaluation::requireSingle(const Collection& values, const AstNode& at) {
    if (values.size() > 1)
        raise(QStringLiteral("%1 values where one is needed").arg(values.size()), at);
}

// The one value of `values` when it is of the type `is` checks; nullptr when there is none.
const QJsonValue* Evaluation::singleOfType(const Collection& values, const AstNode& at,
                                           bool (QJsonValue::*is)() const, const QString& wanted) {
    requireSingle(values, at);
    if (values.empty())
        return nullptr;
    const QJsonValue& value = values.front().value;
    if (!(value.*is)())
        raise(QStringLiteral("%1 is needed, not %2").arg(wanted, jsonTypeName(value)), at);
    return &value;
}

std::optional<double> Evaluation::number(const Collection& values, const AstNode& at) {
    const auto* value = singleOfType(values, at, &QJsonValue::isDouble, QStringLiteral("a number"));
    return value ? std::optional(value->toDouble()) : std::nullopt;
}

std::optional<bool> Evaluation::boolean(const Collection& values, const AstNode& at) {
    const auto* value = singleOfType(values, at, &QJsonValue::isBool, QStringLiteral("a boolean"));
    return value ? std::optional(value->toBool()) : std::nullopt;
}

std::optional<QString> Evaluation::string(const Collection& values, const AstNode& at) {
    const auto* value = singleOfType(values, at, &QJsonValue::isString, QStringLiteral("a string"));
    return value ? std::optional(value->toString()) : std::nullopt;
}

bool Evaluation::equal(const QJsonValue& a, const QJsonValue& b) {
    if (a.isDouble() && b.isDouble())
        return roundedForComparison(a.toDouble()) == roundedForComparison(b.toDouble());
    return a == b;
}

bool Evaluation::contains(const Collection& values, const QJsonValue& value) {
    for (const auto& item : values)
        if (equal(item.value, value))
            return true;
    return false;
}

Collection Evaluation::distinct(const Collection& values, const AstNode& at) {
    Collection out;
    for (const auto& item : values) {
        spend(qint64(out.size()) + 1, at);
        if (!contains(out, item.value))
            out.push_back(item);
    }
    return out;
}

Collection Evaluation::numberResult(double value) {
    if (!std::isfinite(value))
        return {};
    return {Node{value, {}, {}}};
}

Collection Evaluation::stringResult(const QString& value, const AstNode& at) {
    if (value.size() > m_limits.maxStringLength)
        raise(QStringLiteral("a string longer than %1 characters").arg(m_limits.maxStringLength),
              at);
    spend(value.size() / 64, at);
    return {Node{value, {}, {}}};
}

Collection Evaluation::eval(const AstNode& node, const Collection& focus, const Frame& frame) {
    spend(1, node);
    switch (node.kind) {
    case AstNode::Kind::Literal:
        return {Node{node.value, {}, {}}};
    case AstNode::Kind::Empty:
        return {};
    case AstNode::Kind::Identifier: {
        Collection out;
        for (const auto& item : focus) {
            // A path may start with the type of its resource: QuestionnaireResponse.item.
            if (!node.name.isEmpty() && node.name.front().isUpper() && item.type() == node.name) {
                out.push_back(item);
                continue;
            }
            Collection children = childrenNamed(item, node.name);
            spend(qint64(children.size()), node);
            out.insert(out.end(), children.begin(), children.end());
        }
        return out;
    }
    case AstNode::Kind::Variable:
        return variable(node, focus);
    case AstNode::Kind::This:
        return frame.self ? *frame.self : focus;
    case AstNode::Kind::Index:
        if (!frame.index)
            raise(QStringLiteral("$index outside where, select, repeat or aggregate"), node);
        return {Node{*frame.index, {}, {}}};
    case AstNode::Kind::Total:
        if (!frame.total)
            raise(QStringLiteral("$total outside aggregate"), node);
        return *frame.total;
    case AstNode::Kind::Function:
        return call(node, focus, frame);
    case AstNode::Kind::Invoke: {
        const Collection target = eval(*node.children[0], focus, frame);
        const AstNode& member = *node.children[1];
        if (member.kind == AstNode::Kind::Function)
            return call(member, target, frame);
        return eval(member, target, frame);
    }
    case AstNode::Kind::Indexer: {
        const Collection target = eval(*node.children[0], focus, frame);
        const Collection self = frame.self ? *frame.self : focus;
        const auto index = number(eval(*node.children[1], self, frame), node);
        if (!index || *index < 0 || *index >= double(target.size()) || std::trunc(*index) != *index)
            return {};
        return {target[size_t(*index)]};
    }
    case AstNode::Kind::Unary: {
        const auto value = number(eval(*node.children[0], focus, frame), node);
        if (!value)
            return {};
        return numberResult(node.name == u"-" ? -*value : *value);
    }
    case AstNode::Kind::Binary:
        return binary(node, focus, frame);
    case AstNode::Kind::TypeTest: {
        Collection operand = eval(*node.children[0], focus, frame);
        requireSingle(operand, node);
        if (node.name == u"is")
            return operand.empty() ? Collection{}
                                   : booleanResult(isOfType(operand.front(), node.typeName));
        if (!operand.empty() && isOfType(operand.front(), node.typeName))
            return operand;
        return {};
    }
    }
    return {};
}

Collection Evaluation::variable(const AstNode& node, const Collection& focus) {
    const QString& name = node.name;
    if (name == u"resource" || name == u"rootResource")
        return m_environment.resource;
    if (name == u"questionnaire")
        return m_environment.questionnaire;
    if (name == u"context")
        return m_environment.context ? *m_environment.context : focus;
    if (name == u"ucum")
        return {Node{QStringLiteral("http://unitsofmeasure.org"), {}, {}}};
    if (name == u"sct")
        return {Node{QStringLiteral("http://snomed.info/sct"), {}, {}}};
    if (name == u"loinc")
        return {Node{QStringLiteral("http://loinc.org"), {}, {}}};
    if (const auto found = m_environment.variables.find(name);
        found != m_environment.variables.end())
        return found->second;
    raise(QStringLiteral("unknown variable %%1").arg(name), node);
}

Collection Evaluation::binary(const AstNode& node, const Collection& focus, const Frame& frame) {
    const QString& op = node.name;
    if (op == u"and" || op == u"or" || op == u"xor" || op == u"implies")
        return logic(node, focus, frame);
    const Collection left = eval(*node.children[0], focus, frame);
    const Collection right = eval(*node.children[1], focus, frame);
    if (op == u"|") {
        Collection both = left;
        both.insert(both.end(), right.begin(), right.end());
        return distinct(both, node);
    }
    if (op == u"=" || op == u"!=") {
        if (left.empty() || right.empty())
            return {};
        bool same = left.size() == right.size();
        for (size_t i = 0; same && i < left.size(); ++i)
            same = equal(left[i].value, right[i].value);
        return booleanResult(op == u"=" ? same : !same);
    }
    if (op == u"in" || op == u"contains") {
        const Collection& collection = op == u"in" ? right : left;
        const Collection& item = op == u"in" ? left : right;
        requireSingle(item, node);
        if (item.empty())
            return {};
        spend(qint64(collection.size()), node);
        return booleanResult(contains(collection, item.front().value));
    }
    if (op == u"&") {
        const auto a = string(left, node);
        const auto b = string(right, node);
        return stringResult(a.value_or(QString()) + b.value_or(QString()), node);
    }
    // The arithmetic and comparison operators take one value on each side; empty gives empty.
    requireSingle(left, node);
    requireSingle(right, node);
    if (left.empty() || right.empty())
        return {};
    if (op == u"<" || op == u">" || op == u"<=" || op == u">=")
        return compare(op, left.front().value, right.front().value, node);
    return arithmetic(op, left.front().value, right.front().value, node);
}

Collection Evaluation::arithmetic(const QString& op, const QJsonValue& a, const QJsonValue& b,
                                  const AstNode& at) {
    if (op == u"+" && a.isString() && b.isString())
        return stringResult(a.toString() + b.toString(), at);
    if (!a.isDouble() || !b.isDouble())
        raise(
            QStringLiteral("%1 cannot combine %2 and %3").arg(op, jsonTypeName(a), jsonTypeName(b)),
            at);
    const double x = a.toDouble();
    const double y = b.toDouble();
    if (op == u"+")
        return numberResult(x + y);
    if (op == u"-")
        return numberResult(x - y);
    if (op == u"*")
        return numberResult(x * y);
    if (y == 0) // 1 / 0, 1 div 0 and 1 mod 0 are empty
        return {};
    if (op == u"/")
        return numberResult(x / y);
    if (op == u"div")
        return numberResult(std::trunc(x / y));
    return numberResult(std::fmod(x, y)); // mod, with the sign of x as in JavaScript
}

Collection Evaluation::compare(const QString& op, const QJsonValue& a, const QJsonValue& b,
                               const AstNode& at) {
    int order = 0;
    if (a.isDouble() && b.isDouble()) {
        const double x = roundedForComparison(a.toDouble());
        const double y = roundedForComparison(b.toDouble());
        order = x < y ? -1 : (x > y ? 1 : 0);
    } else if (a.isString() && b.isString()) {
        order = QString::compare(a.toString(), b.toString());
    } else {
        raise(
            QStringLiteral("%1 cannot compare %2 and %3").arg(op, jsonTypeName(a), jsonTypeName(b)),
            at);
    }
    if (op == u"<")
        return booleanResult(order < 0);
    if (op == u">")
        return booleanResult(order > 0);
    if (op == u"<=")
        return booleanResult(order <= 0);
    return booleanResult(order >= 0);
}

// Three-valued logic: an empty operand is unknown.
Collection Evaluation::logic(const AstNode& node, const Collection& focus, const Frame& frame) {
    const QString& op = node.name;
    const auto a = boolean(eval(*node.children[0], focus, frame), node);
    const auto b = boolean(eval(*node.children[1], focus, frame), node);
    std::optional<bool> result;
    if (op == u"and") {
        if (a == false || b == false)
            result = false;
        else if (a && b)
            result = true;
    } else if (op == u"or") {
        if (a == true || b == true)
            result = true;
        else if (a && b)
            result = false;
    } else if (op == u"xor") {
        if (a && b)
            result = *a != *b;
    } else { // implies
        if (a == false || b == true)
            result = true;
        else if (a == true && b == false)
            result = false;
    }
    return result ? booleanResult(*result) : Collection{};
}

bool isOfType(const Node& node, const QString& type) {
    QString name = type;
    for (const char* prefix : {"FHIR.", "System."})
        if (name.startsWith(QLatin1String(prefix)))
            name = name.mid(qsizetype(qstrlen(prefix)));
    const QString actual = node.type();
    if (actual.isEmpty() || name.isEmpty())
        return false;
    // FHIR's primitive types are written in lower case (integer), FHIRPath's in upper (Integer).
    return actual.compare(name, Qt::CaseInsensitive) == 0;
}

Result<Collection, ExpressionError> evaluate(const AstNode& expression, const Collection& input,
                                             const Environment& environment,
                                             const EvaluationLimits& limits) {
    Evaluation evaluation(environment, limits);
    try {
        return evaluation.eval(expression, input, Frame{&input, std::nullopt, nullptr});
    } catch (const EvaluationFailure& failure) {
        return fail(failure.error);
    }
}

Result<Collection, ExpressionError> evaluate(const QString& expression, const Collection& input,
                                             const Environment& environment,
                                             const EvaluationLimits& limits) {
    auto parsed = parse(expression);
    if (!parsed)
        return fail(parsed.error());
    return evaluate(**parsed, input, environment, limits);
}

} // namespace stepstone::fhirpath
