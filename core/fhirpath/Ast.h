#pragma once

#include <QJsonValue>
#include <QString>
#include <memory>
#include <vector>

namespace stepstone::fhirpath {

// One node of a parsed FHIRPath expression.
struct AstNode {
    enum class Kind {
        Literal,    // value: a string, number or boolean
        Empty,      // {}
        Identifier, // name: a member of the focus (or the focus's resourceType)
        Variable,   // name: %name
        This,       // $this
        Index,      // $index
        Total,      // $total
        Function,   // name(children...), applied to the focus
        Invoke,     // children[0].rest: rest is an Identifier or a Function in children[1]
        Indexer,    // children[0][children[1]]
        Unary,      // name: "-" or "+", children[0]
        Binary,     // name: the operator, children[0] and children[1]
        TypeTest,   // name: "is" or "as", children[0], typeName
    };
    Kind kind = Kind::Literal;
    QString name;
    QJsonValue value;
    QString typeName;
    int position = 0; // where in the expression it starts, for error messages
    int height = 1;   // the longest chain of nodes below and including this one
    std::vector<std::shared_ptr<const AstNode>> children;
};

using AstPtr = std::shared_ptr<const AstNode>;

// Why an expression could not be read or evaluated, and where in its text (-1: nowhere).
struct ExpressionError {
    QString message;
    int position = -1;
    QString describe() const {
        return position < 0 ? message
                            : QStringLiteral("%1 (at character %2)").arg(message).arg(position + 1);
    }
};

} // namespace stepstone::fhirpath
