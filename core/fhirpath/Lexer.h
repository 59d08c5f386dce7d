#pragma once

#include "common/Result.h"

#include <QString>
#include <vector>

namespace stepstone::fhirpath {

struct Token {
    enum class Kind {
        Identifier, // names and keywords (and, div, contains...); `delimited` ones too
        String,     // 'text', escapes resolved
        Number,
        DateTime, // @2024-01-02, @T10:00, kept as written without the @
        Variable, // %name or %`name` or %'name'
        Special,  // $this, $index, $total (text without the $)
        Symbol,   // . ( ) [ ] { } , + - * / & | = != < > <= >= ~ !~
        End,
    };
    Kind kind = Kind::End;
    QString text;
    double number = 0;
    bool delimited = false; // a `quoted` identifier is never a keyword
    int position = 0;
};

struct LexError {
    QString message;
    int position = 0;
};

// The tokens of an expression, or where it holds a character FHIRPath does not allow.
Result<std::vector<Token>, LexError> tokenize(const QString& expression);

} // namespace stepstone::fhirpath
