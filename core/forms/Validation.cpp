#include "forms/Validation.h"

#include "common/LocalTime.h"

#include <cmath>

namespace stepstone::forms {

namespace {

bool answerable(const QuestionnaireItem& item) {
    return item.type != ItemType::Display && item.type != ItemType::Unsupported && !item.readOnly &&
           !item.hidden;
}

std::optional<double> numberOf(const AnswerValue& answer) {
    if (const auto* integer = std::get_if<qint64>(&answer))
        return double(*integer);
    if (const auto* decimal = std::get_if<double>(&answer))
        return *decimal;
    if (const auto* quantity = std::get_if<Quantity>(&answer))
        return quantity->value;
    return std::nullopt;
}

void checkLimits(const QuestionnaireItem& item, const ItemPath& path, const AnswerValue& answer,
                 std::vector<AnswerProblem>& problems) {
    if (const auto* text = std::get_if<QString>(&answer);
        text && item.maxLength && text->size() > *item.maxLength) {
        problems.push_back({path, AnswerProblemKind::TooLong, double(*item.maxLength)});
        return;
    }
    const auto number = numberOf(answer);
    if (!number)
        return;
    if (item.minValue && *number < *item.minValue)
        problems.push_back({path, AnswerProblemKind::BelowMinimum, *item.minValue});
    else if (item.maxValue && *number > *item.maxValue)
        problems.push_back({path, AnswerProblemKind::AboveMaximum, *item.maxValue});
}

bool anyAnswerUnder(const ResponseDraft& draft, const ItemPath& path) {
    const auto& all = draft.allAnswers();
    const auto from = all.lower_bound(path);
    return from != all.end() && from->first.size() >= path.size() &&
           std::equal(path.begin(), path.end(), from->first.begin());
}

std::optional<double> numberTyped(const QString& text, const QLocale& locale) {
    bool ok = false;
    double number = locale.toDouble(text, &ok);
    if (!ok)
        number = QLocale::c().toDouble(text, &ok);
    if (!ok || !std::isfinite(number))
        return std::nullopt;
    return number;
}

} // namespace

std::vector<AnswerProblem> problemsIn(const Questionnaire& questionnaire,
                                      const ResponseDraft& draft, const Enablement& enablement) {
    std::vector<AnswerProblem> problems;
    visitItems(questionnaire, draft, [&](const QuestionnaireItem& item, const ItemPath& path, int) {
        if (!answerable(item) || !enablement.isEnabled(draft, path))
            return;
        if (item.type == ItemType::Group) {
            if (item.required && !anyAnswerUnder(draft, path))
                problems.push_back({path, AnswerProblemKind::Missing});
            return;
        }
        const auto& answers = draft.answers(path);
        if (item.required && answers.empty())
            problems.push_back({path, AnswerProblemKind::Missing});
        for (const AnswerValue& answer : answers)
            checkLimits(item, path, answer, problems);
    });
    return problems;
}

std::variant<std::nullopt_t, AnswerValue, AnswerProblemKind>
typedAnswer(const QuestionnaireItem& item, const QString& text, const QLocale& locale) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    switch (item.type) {
    case ItemType::Integer: {
        bool ok = false;
        qint64 number = locale.toLongLong(trimmed, &ok);
        if (!ok)
            number = QLocale::c().toLongLong(trimmed, &ok);
        if (!ok || std::abs(number) > 2147483647)
            return AnswerProblemKind::NotWholeNumber;
        return AnswerValue(number);
    }
    case ItemType::Decimal:
    case ItemType::Quantity: {
        const auto number = numberTyped(trimmed, locale);
        if (!number)
            return AnswerProblemKind::NotNumber;
        if (item.type == ItemType::Decimal)
            return AnswerValue(*number);
        Quantity quantity{*number, {}, {}, {}};
        if (item.unit)
            quantity = Quantity{*number, item.unit->display, item.unit->system, item.unit->code};
        return AnswerValue(quantity);
    }
    case ItemType::Date: {
        const QDate date = QDate::fromString(trimmed, Qt::ISODate);
        if (!date.isValid() || trimmed.size() != 10)
            return AnswerProblemKind::NotDate;
        return AnswerValue(date);
    }
    case ItemType::Time: {
        const QTime time = QTime::fromString(trimmed, QStringLiteral("H:mm"));
        if (!time.isValid())
            return AnswerProblemKind::NotTime;
        return AnswerValue(time);
    }
    case ItemType::DateTime: {
        const QDateTime local =
            QDateTime::fromString(QString(trimmed).replace(QLatin1Char('T'), QLatin1Char(' ')),
                                  QStringLiteral("yyyy-MM-dd H:mm"));
        if (!local.isValid())
            return AnswerProblemKind::NotDateTime;
        return AnswerValue(withLocalOffset(local));
    }
    default:
        return AnswerValue(text);
    }
}

} // namespace stepstone::forms
