#include "forms/AnswerComparison.h"

#include <compare>

namespace stepstone::forms {

namespace {

std::optional<double> numberOf(const AnswerValue& value) {
    if (const auto* integer = std::get_if<qint64>(&value))
        return double(*integer);
    if (const auto* decimal = std::get_if<double>(&value))
        return *decimal;
    return std::nullopt;
}

bool sameCode(const Coding& a, const Coding& b) {
    if (a.system.isEmpty() || b.system.isEmpty())
        return a.code == b.code;
    return a.system == b.system && a.code == b.code;
}

bool sameUnit(const Quantity& a, const Quantity& b) {
    if (!a.code.isEmpty() || !b.code.isEmpty())
        return a.system == b.system && a.code == b.code;
    return a.unit == b.unit;
}

// The order of two comparable values; nullopt when they cannot be compared.
template <class T> std::optional<std::partial_ordering> orderOf(const T& a, const T& b) {
    if (a < b)
        return std::partial_ordering::less;
    if (b < a)
        return std::partial_ordering::greater;
    return std::partial_ordering::equivalent;
}

std::optional<std::partial_ordering> compare(const AnswerValue& a, const AnswerValue& b) {
    const auto x = numberOf(a);
    const auto y = numberOf(b);
    if (x && y)
        return *x <=> *y;
    if (a.index() != b.index())
        return std::nullopt;
    if (const auto* date = std::get_if<QDate>(&a))
        return orderOf(*date, std::get<QDate>(b));
    if (const auto* moment = std::get_if<QDateTime>(&a))
        return orderOf(*moment, std::get<QDateTime>(b));
    if (const auto* time = std::get_if<QTime>(&a))
        return orderOf(*time, std::get<QTime>(b));
    if (const auto* text = std::get_if<QString>(&a))
        return orderOf(*text, std::get<QString>(b));
    if (const auto* quantity = std::get_if<Quantity>(&a)) {
        const Quantity& other = std::get<Quantity>(b);
        if (!sameUnit(*quantity, other))
            return std::nullopt;
        return quantity->value <=> other.value;
    }
    return std::nullopt;
}

} // namespace

bool meets(const AnswerValue& answer, EnableOperator op, const AnswerValue& expected) {
    if (op == EnableOperator::Exists)
        return false;
    if (op == EnableOperator::Equal || op == EnableOperator::NotEqual) {
        bool equal = false;
        if (const auto* coding = std::get_if<Coding>(&answer)) {
            const auto* other = std::get_if<Coding>(&expected);
            if (!other)
                return false;
            equal = sameCode(*coding, *other);
        } else if (const auto* flag = std::get_if<bool>(&answer)) {
            const auto* other = std::get_if<bool>(&expected);
            if (!other)
                return false;
            equal = *flag == *other;
        } else {
            const auto order = compare(answer, expected);
            if (!order)
                return false;
            equal = *order == std::partial_ordering::equivalent;
        }
        return op == EnableOperator::Equal ? equal : !equal;
    }
    const auto order = compare(answer, expected);
    if (!order || *order == std::partial_ordering::unordered)
        return false;
    switch (op) {
    case EnableOperator::Greater:
        return *order == std::partial_ordering::greater;
    case EnableOperator::Less:
        return *order == std::partial_ordering::less;
    case EnableOperator::GreaterOrEqual:
        return *order != std::partial_ordering::less;
    case EnableOperator::LessOrEqual:
        return *order != std::partial_ordering::greater;
    default:
        return false;
    }
}

} // namespace stepstone::forms
