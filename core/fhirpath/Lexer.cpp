#include "fhirpath/Lexer.h"

namespace stepstone::fhirpath {

namespace {

bool isIdentifierStart(QChar c) {
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
}

bool isIdentifierPart(QChar c) {
    return isIdentifierStart(c) || c.isDigit();
}

class Scanner {
public:
    explicit Scanner(const QString& text)
        : m_text(text) {}

    Result<std::vector<Token>, LexError> run() {
        std::vector<Token> tokens;
        while (true) {
            skipSpaceAndComments();
            if (m_error)
                return fail(*m_error);
            if (m_pos >= m_text.size())
                break;
            auto token = next();
            if (!token)
                return fail(token.error());
            tokens.push_back(std::move(*token));
        }
        tokens.push_back(Token{Token::Kind::End, {}, 0, false, int(m_pos)});
        return tokens;
    }

private:
    QChar at(qsizetype i) const { return i < m_text.size() ? m_text.at(i) : QChar(); }

    void skipSpaceAndComments() {
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos);
            if (c.isSpace()) {
                ++m_pos;
            } else if (c == u'/' && at(m_pos + 1) == u'/') {
                while (m_pos < m_text.size() && m_text.at(m_pos) != u'\n')
                    ++m_pos;
            } else if (c == u'/' && at(m_pos + 1) == u'*') {
                const qsizetype end = m_text.indexOf(QStringLiteral("*/"), m_pos + 2);
                if (end < 0) {
                    m_error =
                        LexError{QStringLiteral("a comment that is never closed"), int(m_pos)};
                    return;
                }
                m_pos = end + 2;
            } else {
                return;
            }
        }
    }

    Result<Token, LexError> next() {
        const qsizetype start = m_pos;
        const QChar c = m_text.at(m_pos);
        Token token;
        token.position = int(start);
        if (isIdentifierStart(c)) {
            token.kind = Token::Kind::Identifier;
            token.text = word();
            return token;
        }
        if (c == u'`') {
            auto text = quoted(u'`');
            if (!text)
                return fail(text.error());
            token.kind = Token::Kind::Identifier;
            token.text = *text;
            token.delimited = true;
            return token;
        }
        if (c == u'\'') {
            auto text = quoted(u'\'');
            if (!text)
                return fail(text.error());
            token.kind = Token::Kind::String;
            token.text = *text;
            return token;
        }
        if (c.isDigit())
            return number(token);
        if (c == u'%') {
            ++m_pos;
            token.kind = Token::Kind::Variable;
            if (isIdentifierStart(at(m_pos))) {
                token.text = word();
                return token;
            }
            if (at(m_pos) == u'`' || at(m_pos) == u'\'') {
                auto text = quoted(at(m_pos));
                if (!text)
                    return fail(text.error());
                token.text = *text;
                return token;
            }
            return fail(LexError{QStringLiteral("a % without a variable name"), int(start)});
        }
        if (c == u'$') {
            ++m_pos;
            token.kind = Token::Kind::Special;
            token.text = word();
            if (token.text != u"this" && token.text != u"index" && token.text != u"total")
                return fail(
                    LexError{QStringLiteral("unknown name $%1").arg(token.text), int(start)});
            return token;
        }
        if (c == u'@') {
            ++m_pos;
            while (m_pos < m_text.size() && (isIdentifierPart(m_text.at(m_pos)) ||
                                             QStringLiteral("-:.+").contains(m_text.at(m_pos))))
                ++m_pos;
            token.kind = Token::Kind::DateTime;
            token.text = m_text.mid(start + 1, m_pos - start - 1);
            if (token.text.isEmpty())
                return fail(LexError{QStringLiteral("an @ without a date or time"), int(start)});
            return token;
        }
        static const char* const kSymbols[] = {"<=", ">=", "!=", "!~", ".", "(", ")", "[",
                                               "]",  "{",  "}",  ",",  "+", "-", "*", "/",
                                               "&",  "|",  "=",  "<",  ">", "~"};
        for (const char* symbol : kSymbols) {
            const QLatin1String text(symbol);
            if (QStringView(m_text).mid(m_pos).startsWith(text)) {
                m_pos += text.size();
                token.kind = Token::Kind::Symbol;
                token.text = text;
                return token;
            }
        }
        return fail(LexError{QStringLiteral("unexpected character '%1'").arg(c), int(start)});
    }

    QString word() {
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && isIdentifierPart(m_text.at(m_pos)))
            ++m_pos;
        return m_text.mid(start, m_pos - start);
    }

    Result<Token, LexError> number(Token token) {
        const qsizetype start = m_pos;
        while (at(m_pos).isDigit())
            ++m_pos;
        // "78.ln()" is the number 78 and a call: only a digit after the dot makes a decimal.
        if (at(m_pos) == u'.' && at(m_pos + 1).isDigit()) {
            ++m_pos;
            while (at(m_pos).isDigit())
                ++m_pos;
        }
        token.kind = Token::Kind::Number;
        token.text = m_text.mid(start, m_pos - start);
        bool ok = false;
        token.number = token.text.toDouble(&ok);
        if (!ok)
            return fail(
                LexError{QStringLiteral("a number too large: %1").arg(token.text), token.position});
        return token;
    }

    Result<QString, LexError> quoted(QChar quote) {
        const qsizetype start = m_pos;
        ++m_pos;
        QString text;
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos++);
            if (c == quote)
                return text;
            if (c != u'\\') {
                text.append(c);
                continue;
            }
            const QChar escaped = at(m_pos++);
            switch (escaped.unicode()) {
            case 'n':
                text.append(u'\n');
                break;
            case 'r':
                text.append(u'\r');
                break;
            case 't':
                text.append(u'\t');
                break;
            case 'f':
                text.append(u'\f');
                break;
            case 'u': {
                bool ok = false;
                const uint code = m_text.mid(m_pos, 4).toUInt(&ok, 16);
                if (!ok || m_pos + 4 > m_text.size())
                    return fail(LexError{QStringLiteral("a \\u escape without four hex digits"),
                                         int(m_pos - 2)});
                text.append(QChar(char16_t(code)));
                m_pos += 4;
                break;
            }
            case '\\':
            case '\'':
            case '"':
            case '`':
            case '/':
                text.append(escaped);
                break;
            default:
                return fail(LexError{QStringLiteral("an unknown escape \\%1").arg(escaped),
                                     int(m_pos - 2)});
            }
        }
        return fail(LexError{QStringLiteral("a quote that is never closed"), int(start)});
    }

    const QString& m_text;
    qsizetype m_pos = 0;
    std::optional<LexError> m_error;
};

} // namespace

Result<std::vector<Token>, LexError> tokenize(const QString& expression) {
    return Scanner(expression).run();
}

} // namespace stepstone::fhirpath
