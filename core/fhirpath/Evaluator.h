#pragma once

// A FHIRPath evaluator over FHIR JSON, for the expressions scored forms use (SDC variable and
// calculatedExpression). Functions: where, select, repeat, exists, empty, count, sum,
// aggregate, iif, first, last, tail, single, distinct, combine, union, contains (on strings),
// not, allTrue, anyTrue, weight, ordinal, round, ln, exp, power, abs, sqrt, floor, ceiling,
// truncate, hasValue, toString, toInteger, toDecimal, extension, ofType; operators: . [] unary
// -/+, * / div mod + - &, is, as, |, < > <= >=, = !=, in, contains, and, or, xor, implies.
// Anything else (an unknown function or variable, a quantity literal, ~) is an error, never a
// crash, and so is a collection with more than one item where one value is needed.
//
// Numbers: every number is an IEEE double, as fhirpath.js (the reference engine the tests
// check against) holds them by default; an integer is a double with no fraction. So
// (1.0 + 2).toString() is "3" and 0.1 + 0.2 is 0.30000000000000004, exactly as there.
// Equality and order compare numbers rounded to 1e-8, as fhirpath.js does. Scores are sums of
// small whole weights, exact in doubles; a result that is not finite (overflow, 1/0) is empty,
// as FHIRPath says of arithmetic overflow.

#include "common/Result.h"
#include "fhirpath/Ast.h"
#include "fhirpath/Node.h"

#include <map>
#include <optional>

namespace stepstone::fhirpath {

// What %resource, %questionnaire, %context and the named %variables are.
struct Environment {
    Collection resource;               // %resource: the QuestionnaireResponse
    Collection questionnaire;          // %questionnaire: the form weight() reads scores from
    std::optional<Collection> context; // %context; the evaluation's input when not set
    std::map<QString, Collection> variables;
};

// How much work one evaluation may do: an expression comes from the network, and a few
// characters of it (aggregate, repeat, nested selects) can ask for unbounded work or memory.
struct EvaluationLimits {
    int maxSteps = 1'000'000;           // nodes evaluated plus items produced
    qsizetype maxStringLength = 100000; // characters in one string built by + or &
};

// The collection `expression` gives on `input`, or why it gives none (an error, not empty).
Result<Collection, ExpressionError> evaluate(const AstNode& expression, const Collection& input,
                                             const Environment& environment,
                                             const EvaluationLimits& limits = {});

// Parses and evaluates: for callers that hold the text only.
Result<Collection, ExpressionError> evaluate(const QString& expression, const Collection& input,
                                             const Environment& environment,
                                             const EvaluationLimits& limits = {});

} // namespace stepstone::fhirpath
