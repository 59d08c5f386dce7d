#include "fhirpath/Parser.h"

#include "fhirpath/Lexer.h"

#include <algorithm>

namespace stepstone::fhirpath {

namespace {

// Binding strength of the binary operators, from the FHIRPath grammar (higher binds tighter).
int precedenceOf(const Token& token) {
    if (token.kind == Token::Kind::Symbol) {
        static const std::pair<const char*, int> kSymbols[] = {
            {"*", 10}, {"/", 10}, {"+", 9},  {"-", 9}, {"&", 9},  {"|", 7}, {"<", 6},
            {">", 6},  {"<=", 6}, {">=", 6}, {"=", 5}, {"!=", 5}, {"~", 5}, {"!~", 5}};
        for (const auto& [text, precedence] : kSymbols)
            if (token.text == QLatin1String(text))
                return precedence;
        return 0;
    }
    if (token.kind != Token::Kind::Identifier || token.delimited)
        return 0;
    static const std::pair<const char*, int> kWords[] = {
        {"div", 10},     {"mod", 10}, {"is", 8}, {"as", 8},  {"in", 4},
        {"contains", 4}, {"and", 3},  {"or", 2}, {"xor", 2}, {"implies", 1}};
    for (const auto& [text, precedence] : kWords)
        if (token.text == QLatin1String(text))
            return precedence;
    return 0;
}

AstNode makeNode(AstNode::Kind kind, int position, const QString& name = {},
                 const QJsonValue& value = {}, const QString& typeName = {}) {
    AstNode node;
    node.kind = kind;
    node.position = position;
    node.name = name;
    node.value = value;
    node.typeName = typeName;
    return node;
}

class Reader {
public:
    Reader(std::vector<Token> tokens, const ParseLimits& limits)
        : m_tokens(std::move(tokens))
        , m_limits(limits) {}

    Result<AstPtr, ExpressionError> all() {
        auto expression = this->expression(0);
        if (!expression)
            return expression;
        if (peek().kind != Token::Kind::End)
            return unexpected(peek());
        return expression;
    }

private:
    using Parsed = Result<AstPtr, ExpressionError>;

    const Token& peek() const { return m_tokens[std::min(m_next, m_tokens.size() - 1)]; }
    const Token& take() { return m_tokens[std::min(m_next++, m_tokens.size() - 1)]; }
    bool isSymbol(const char* text) const {
        return peek().kind == Token::Kind::Symbol && peek().text == QLatin1String(text);
    }

    static Failure<ExpressionError> unexpected(const Token& token) {
        if (token.kind == Token::Kind::End)
            return fail(
                ExpressionError{QStringLiteral("the expression ends too early"), token.position});
        return fail(
            ExpressionError{QStringLiteral("unexpected '%1'").arg(token.text), token.position});
    }

    Failure<ExpressionError> tooDeep(int position) const {
        return fail(ExpressionError{
            QStringLiteral("nested more than %1 deep").arg(m_limits.maxDepth), position});
    }

    Parsed node(AstNode node) const {
        for (const auto& child : node.children)
            node.height = std::max(node.height, child->height + 1);
        if (node.height > m_limits.maxDepth)
            return tooDeep(node.position);
        return AstPtr(std::make_shared<const AstNode>(std::move(node)));
    }

    // Counts the parser's own recursion, which nesting in parentheses and calls drives.
    struct Descent {
        explicit Descent(int& depth)
            : m_depth(++depth) {}
        ~Descent() { --m_depth; }
        Descent(const Descent&) = delete;
        Descent& operator=(const Descent&) = delete;
        int& m_depth;
    };

    Parsed expression(int minimum) {
        const Descent descent(m_depth);
        if (m_depth > m_limits.maxDepth)
            return tooDeep(peek().position);
        auto left = unary();
        if (!left)
            return left;
        while (true) {
            const Token op = peek();
            const int precedence = precedenceOf(op);
            if (precedence == 0 || precedence <= minimum)
                break;
            take();
            if (op.text == u"~" || op.text == u"!~")
                return fail(ExpressionError{
                    QStringLiteral("the equivalence operator %1 is not supported").arg(op.text),
                    op.position});
            if (op.text == u"is" || op.text == u"as") {
                auto type = typeName();
                if (!type)
                    return fail(type.error());
                AstNode test = makeNode(AstNode::Kind::TypeTest, op.position, op.text, {}, *type);
                test.children = {*left};
                left = node(std::move(test));
            } else {
                auto right = expression(precedence);
                if (!right)
                    return right;
                AstNode binary = makeNode(AstNode::Kind::Binary, op.position, op.text);
                binary.children = {*left, *right};
                left = node(std::move(binary));
            }
            if (!left)
                return left;
        }
        return left;
    }

    Result<QString, ExpressionError> typeName() {
        QString name;
        do {
            if (!name.isEmpty())
                name += u'.';
            if (peek().kind != Token::Kind::Identifier)
                return unexpected(peek());
            name += take().text;
        } while (isSymbol(".") && (take(), true));
        return name;
    }

    Parsed unary() {
        if (isSymbol("-") || isSymbol("+")) {
            const Descent descent(m_depth);
            if (m_depth > m_limits.maxDepth)
                return tooDeep(peek().position);
            const Token op = take();
            auto operand = unary();
            if (!operand)
                return operand;
            AstNode node = makeNode(AstNode::Kind::Unary, op.position, op.text);
            node.children = {*operand};
            return this->node(std::move(node));
        }
        return postfix();
    }

    Parsed postfix() {
        auto target = term();
        while (target) {
            if (isSymbol(".")) {
                const Token dot = take();
                if (peek().kind != Token::Kind::Identifier)
                    return unexpected(peek());
                auto member = memberOrCall();
                if (!member)
                    return member;
                AstNode invoke = makeNode(AstNode::Kind::Invoke, dot.position);
                invoke.children = {*target, *member};
                target = node(std::move(invoke));
            } else if (isSymbol("[")) {
                const Token open = take();
                auto index = expression(0);
                if (!index)
                    return index;
                if (!isSymbol("]"))
                    return unexpected(peek());
                take();
                AstNode indexer = makeNode(AstNode::Kind::Indexer, open.position);
                indexer.children = {*target, *index};
                target = node(std::move(indexer));
            } else {
                break;
            }
        }
        return target;
    }

    Parsed memberOrCall() {
        const Token name = take();
        if (!isSymbol("("))
            return node(makeNode(AstNode::Kind::Identifier, name.position, name.text));
        take();
        AstNode call = makeNode(AstNode::Kind::Function, name.position, name.text);
        if (!isSymbol(")")) {
            while (true) {
                auto argument = expression(0);
                if (!argument)
                    return argument;
                call.children.push_back(*argument);
                if (!isSymbol(","))
                    break;
                take();
            }
        }
        if (!isSymbol(")"))
            return unexpected(peek());
        take();
        return node(std::move(call));
    }

    Parsed term() {
        const Token& token = peek();
        switch (token.kind) {
        case Token::Kind::Number: {
            const Token number = take();
            if (peek().kind == Token::Kind::String)
                return fail(ExpressionError{QStringLiteral("quantities are not supported"),
                                            number.position});
            return node(makeNode(AstNode::Kind::Literal, number.position, {}, number.number));
        }
        case Token::Kind::String: {
            const Token string = take();
            return node(makeNode(AstNode::Kind::Literal, string.position, {}, string.text));
        }
        case Token::Kind::DateTime: {
            const Token date = take();
            return node(makeNode(AstNode::Kind::Literal, date.position, {}, date.text));
        }
        case Token::Kind::Variable: {
            const Token variable = take();
            return node(makeNode(AstNode::Kind::Variable, variable.position, variable.text));
        }
        case Token::Kind::Special: {
            const Token special = take();
            const auto kind = special.text == u"this"    ? AstNode::Kind::This
                              : special.text == u"index" ? AstNode::Kind::Index
                                                         : AstNode::Kind::Total;
            return node(makeNode(kind, special.position));
        }
        case Token::Kind::Identifier:
            if (!token.delimited && (token.text == u"true" || token.text == u"false")) {
                const Token boolean = take();
                return node(makeNode(AstNode::Kind::Literal, boolean.position, {},
                                     boolean.text == u"true"));
            }
            return memberOrCall();
        case Token::Kind::Symbol:
            if (isSymbol("(")) {
                take();
                auto inner = expression(0);
                if (!inner)
                    return inner;
                if (!isSymbol(")"))
                    return unexpected(peek());
                take();
                return inner;
            }
            if (isSymbol("{")) {
                const Token open = take();
                if (!isSymbol("}"))
                    return unexpected(peek());
                take();
                return node(makeNode(AstNode::Kind::Empty, open.position));
            }
            return unexpected(token);
        case Token::Kind::End:
            return unexpected(token);
        }
        return unexpected(token);
    }

    std::vector<Token> m_tokens;
    size_t m_next = 0;
    int m_depth = 0;
    const ParseLimits& m_limits;
};

} // namespace

Result<AstPtr, ExpressionError> parse(const QString& expression, const ParseLimits& limits) {
    if (expression.size() > limits.maxLength)
        return fail(
            ExpressionError{QStringLiteral("longer than %1 characters").arg(limits.maxLength), -1});
    auto tokens = tokenize(expression);
    if (!tokens)
        return fail(ExpressionError{tokens.error().message, tokens.error().position});
    if (tokens->size() == 1)
        return fail(ExpressionError{QStringLiteral("an empty expression"), 0});
    return Reader(std::move(*tokens), limits).all();
}

} // namespace stepstone::fhirpath
