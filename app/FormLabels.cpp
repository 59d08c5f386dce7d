#include "FormLabels.h"

#include "common/LocalTime.h"

#include <QCoreApplication>
#include <QLocale>

namespace stepstone::formLabels {

using namespace forms;

namespace {

QString number(double value) {
    return QLocale().toString(value, 'g', 15);
}

} // namespace

QString problem(const AnswerProblem& problem) {
    switch (problem.kind) {
    case AnswerProblemKind::TooLong:
        return QCoreApplication::translate("FormLabels",
                                           "This can hold %1 characters: please make it shorter.")
            .arg(number(problem.limit));
    case AnswerProblemKind::BelowMinimum:
        return QCoreApplication::translate("FormLabels", "Choose %1 or more.")
            .arg(number(problem.limit));
    case AnswerProblemKind::AboveMaximum:
        return QCoreApplication::translate("FormLabels", "Choose %1 or less.")
            .arg(number(problem.limit));
    default:
        return formLabels::problem(problem.kind);
    }
}

QString problem(AnswerProblemKind kind) {
    switch (kind) {
    case AnswerProblemKind::Missing:
        return QCoreApplication::translate("FormLabels",
                                           "This one needs an answer before you send the form.");
    case AnswerProblemKind::NotWholeNumber:
        return QCoreApplication::translate("FormLabels", "Write a whole number, for example 3.");
    case AnswerProblemKind::NotNumber:
        return QCoreApplication::translate("FormLabels", "Write a number, for example %1.")
            .arg(number(2.5));
    case AnswerProblemKind::NotDate:
        return QCoreApplication::translate(
            "FormLabels", "Write the date as year-month-day, for example 2026-12-19.");
    case AnswerProblemKind::NotTime:
        return QCoreApplication::translate("FormLabels",
                                           "Write the time as hours:minutes, for example 18:30.");
    case AnswerProblemKind::NotDateTime:
        return QCoreApplication::translate(
            "FormLabels", "Write the date and time as year-month-day hours:minutes, for example "
                          "2026-12-19 18:30.");
    default:
        return {};
    }
}

QString unsupportedNote(const QString& reason) {
    if (reason == u"answers-elsewhere")
        return QCoreApplication::translate(
            "FormLabels",
            "This question's answers are kept outside the form, so it cannot be answered "
            "here. Your therapist can go over it with you.");
    return QCoreApplication::translate(
        "FormLabels",
        "This kind of question cannot be answered in Stepstone yet. Your therapist can go "
        "over it with you.");
}

QString hint(const QString& kind) {
    if (kind == u"date")
        return QCoreApplication::translate("FormLabels", "For example, 2026-12-19");
    if (kind == u"time")
        return QCoreApplication::translate("FormLabels", "For example, 18:30");
    if (kind == u"date-time")
        return QCoreApplication::translate("FormLabels", "For example, 2026-12-19 18:30");
    return {};
}

QString valueText(const AnswerValue& value) {
    return std::visit(
        [](const auto& v) -> QString {
            using V = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<V, bool>)
                return v ? QCoreApplication::translate("FormLabels", "Yes")
                         : QCoreApplication::translate("FormLabels", "No");
            else if constexpr (std::is_same_v<V, qint64>)
                return QString::number(v);
            else if constexpr (std::is_same_v<V, double>)
                return number(v);
            else if constexpr (std::is_same_v<V, QString>)
                return v;
            else if constexpr (std::is_same_v<V, QDate>)
                return v.toString(Qt::ISODate);
            else if constexpr (std::is_same_v<V, QDateTime>)
                return asLived(v).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
            else if constexpr (std::is_same_v<V, QTime>)
                return v.toString(QStringLiteral("HH:mm"));
            else if constexpr (std::is_same_v<V, Coding>)
                return v.display.isEmpty() ? v.code : v.display;
            else
                return number(v.value);
        },
        value);
}

QString addInstance(const QString& groupText) {
    return QCoreApplication::translate("FormLabels", "Add another: %1").arg(groupText);
}

QString calculatedNote() {
    return QCoreApplication::translate("FormLabels", "Worked out from your answers.");
}

QString scoreUnavailable() {
    return QCoreApplication::translate("FormLabels",
                                       "This score cannot be worked out here. Your therapist "
                                       "will see your answers.");
}

QString instanceTitle(const QString& groupText, int instance) {
    return QCoreApplication::translate("FormLabels", "%1 (%2)").arg(groupText).arg(instance + 1);
}

} // namespace stepstone::formLabels
