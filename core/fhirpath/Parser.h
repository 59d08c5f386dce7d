#pragma once

#include "common/Result.h"
#include "fhirpath/Ast.h"

namespace stepstone::fhirpath {

// How much expression the parser reads: a form's expressions are data from the network, and a
// fuzzer finds unbounded recursion. Real scored forms stay far below both (the SDC Framingham
// example's longest is 660 characters and 20 deep).
struct ParseLimits {
    int maxLength = 10000; // characters
    int maxDepth = 128;    // nodes of the syntax tree in one chain: parentheses, operators, calls
};

// The syntax tree of a FHIRPath expression, or why it is not one. Quantity literals (4 'mg'),
// the ~ and !~ equivalence operators and date arithmetic are refused with a clear error.
Result<AstPtr, ExpressionError> parse(const QString& expression, const ParseLimits& limits = {});

} // namespace stepstone::fhirpath
