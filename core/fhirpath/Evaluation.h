#pragma once

// The evaluator's inner workings, shared by Evaluator.cpp (syntax tree and operators),
// Functions.cpp and Weight.cpp. Not for use outside core/fhirpath.

#include "fhirpath/Evaluator.h"

#include <optional>

namespace stepstone::fhirpath {

// Thrown inside one evaluation and caught by evaluate(): an evaluation error ends it at once,
// however deep, and never leaves core/fhirpath.
struct EvaluationFailure {
    ExpressionError error;
};

// $this, $index and $total where the expression is.
struct Frame {
    const Collection* self = nullptr;
    std::optional<double> index;
    const Collection* total = nullptr;
};

class Evaluation {
public:
    Evaluation(const Environment& environment, const EvaluationLimits& limits)
        : m_environment(environment)
        , m_limits(limits) {}

    Collection eval(const AstNode& node, const Collection& focus, const Frame& frame);
    Collection call(const AstNode& call, const Collection& input, const Frame& frame);
    Collection weight(const Collection& input, const AstNode& at);

    // Counts work against the limit; the evaluation fails when it runs out.
    void spend(qint64 units, const AstNode& at);
    [[noreturn]] static void raise(const QString& message, const AstNode& at);

    const Environment& environment() const { return m_environment; }

    // The one value of a collection as a number, a boolean or a string: nullopt when it is
    // empty; an error when it holds more than one item or another type.
    static std::optional<double> number(const Collection& values, const AstNode& at);
    static std::optional<bool> boolean(const Collection& values, const AstNode& at);
    static std::optional<QString> string(const Collection& values, const AstNode& at);
    static void requireSingle(const Collection& values, const AstNode& at);
    static const QJsonValue* singleOfType(const Collection& values, const AstNode& at,
                                          bool (QJsonValue::*is)() const, const QString& wanted);

    // FHIRPath =: numbers rounded to 1e-8, everything else as JSON.
    static bool equal(const QJsonValue& a, const QJsonValue& b);
    // The collection without the items equal to an earlier one.
    Collection distinct(const Collection& values, const AstNode& at);
    static bool contains(const Collection& values, const QJsonValue& value);

    // A computed number as a collection: empty when it is not finite.
    static Collection numberResult(double value);
    static Collection booleanResult(bool value) { return {Node{value, {}, {}}}; }
    Collection stringResult(const QString& value, const AstNode& at);

private:
    Collection variable(const AstNode& node, const Collection& focus);
    Collection binary(const AstNode& node, const Collection& focus, const Frame& frame);
    Collection arithmetic(const QString& op, const QJsonValue& a, const QJsonValue& b,
                          const AstNode& at);
    static Collection compare(const QString& op, const QJsonValue& a, const QJsonValue& b,
                              const AstNode& at);
    Collection logic(const AstNode& node, const Collection& focus, const Frame& frame);

    const Environment& m_environment;
    const EvaluationLimits& m_limits;
    qint64 m_steps = 0;
};

// Whether a node's type is `type` as ofType/is/as name it: Coding, FHIR.Coding, integer.
bool isOfType(const Node& node, const QString& type);

} // namespace stepstone::fhirpath
