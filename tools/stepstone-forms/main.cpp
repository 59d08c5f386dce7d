// stepstone-forms check Q.json          lists each item: supported by the app or not, and why
// stepstone-forms score Q.json QR.json  prints the calculatedExpression values, linkId -> value
//
// Exit status: 0 when all is well; 1 when an item is not supported (check) or an expression
// failed (score); 2 when a file cannot be read; 64 for a wrong command line.
#include "fhirpath/Parser.h"
#include "forms/QuestionnaireParser.h"
#include "forms/Scoring.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <optional>

using namespace stepstone::forms;

namespace {

constexpr int kUnsupported = 1;
constexpr int kUnreadable = 2;
constexpr int kUsage = 64;

QTextStream& out() {
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err() {
    static QTextStream stream(stderr);
    return stream;
}

std::optional<QByteArray> readFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err() << path << ": cannot be read: " << file.errorString() << Qt::endl;
        return std::nullopt;
    }
    return file.readAll();
}

std::optional<Questionnaire> readForm(const QString& path) {
    const auto bytes = readFile(path);
    if (!bytes)
        return std::nullopt;
    auto form = parseQuestionnaire(*bytes);
    if (!form) {
        err() << path << ": not a form this app can read: " << form.error().describe() << Qt::endl;
        return std::nullopt;
    }
    return std::move(*form);
}

QString reasonInWords(const QuestionnaireItem& item) {
    if (item.unsupportedReason == u"unsupported-type")
        return QStringLiteral("the app cannot show items of type '%1'").arg(item.typeName);
    if (item.unsupportedReason == u"unsupported-option")
        return QStringLiteral("an answer option holds a kind of value the app cannot show");
    if (item.unsupportedReason == u"answers-elsewhere")
        return QStringLiteral("its answers are listed only outside the form (%1)")
            .arg(item.json.value(QLatin1String("answerValueSet")).toString());
    return item.unsupportedReason;
}

// Why the app cannot compute the item's expressions, when one of them is not FHIRPath it reads.
QString expressionProblem(const QJsonObject& element) {
    for (const auto& extension : element.value(QLatin1String("extension")).toArray()) {
        const QJsonObject expression =
            extension.toObject().value(QLatin1String("valueExpression")).toObject();
        if (expression.isEmpty())
            continue;
        const QString language = expression.value(QLatin1String("language")).toString();
        if (!language.isEmpty() && language != u"text/fhirpath")
            return QStringLiteral("an expression in %1, which the app does not compute")
                .arg(language);
        const auto parsed =
            stepstone::fhirpath::parse(expression.value(QLatin1String("expression")).toString());
        if (!parsed)
            return QStringLiteral("an expression the app cannot read: %1")
                .arg(parsed.error().describe());
    }
    return {};
}

int listItems(const std::vector<QuestionnaireItem>& items, int depth) {
    int unsupported = 0;
    for (const auto& item : items) {
        QString reason =
            item.type == ItemType::Unsupported ? reasonInWords(item) : expressionProblem(item.json);
        out() << QString(qsizetype(depth) * 2, u' ') << item.linkId << "  " << item.typeName << "  "
              << (reason.isEmpty() ? QStringLiteral("supported")
                                   : QStringLiteral("not supported: ") + reason)
              << Qt::endl;
        unsupported += reason.isEmpty() ? 0 : 1;
        unsupported += listItems(item.items, depth + 1);
    }
    return unsupported;
}

int check(const QString& formPath) {
    const auto form = readForm(formPath);
    if (!form)
        return kUnreadable;
    int unsupported = 0;
    if (const QString problem = expressionProblem(form->json); !problem.isEmpty()) {
        out() << "(the form itself)  not supported: " << problem << Qt::endl;
        ++unsupported;
    }
    unsupported += listItems(form->items, 0);
    if (unsupported > 0) {
        err() << unsupported << " item(s) not supported" << Qt::endl;
        return kUnsupported;
    }
    return 0;
}

int score(const QString& formPath, const QString& responsePath) {
    const auto form = readForm(formPath);
    if (!form)
        return kUnreadable;
    const auto bytes = readFile(responsePath);
    if (!bytes)
        return kUnreadable;
    QJsonParseError error{};
    const QJsonObject response = QJsonDocument::fromJson(*bytes, &error).object();
    if (error.error != QJsonParseError::NoError) {
        err() << responsePath << ": not JSON: " << error.errorString() << " at byte "
              << error.offset << Qt::endl;
        return kUnreadable;
    }
    if (response.value(QLatin1String("resourceType")).toString() != u"QuestionnaireResponse") {
        err() << responsePath << ": not a QuestionnaireResponse" << Qt::endl;
        return kUnreadable;
    }
    const Scores scores = scoreResponse(*form, response);
    out() << QJsonDocument(scores.values).toJson(QJsonDocument::Compact) << Qt::endl;
    for (const auto& problem : scores.problems)
        err() << (problem.linkId.isEmpty() ? QStringLiteral("(the form)") : problem.linkId) << ": "
              << problem.expression << ": " << problem.message << Qt::endl;
    return scores.problems.empty() ? 0 : kUnsupported;
}

} // namespace

int main(int argc, char** argv) {
    const QCoreApplication application(argc, argv);
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.size() == 2 && arguments[0] == u"check")
        return check(arguments[1]);
    if (arguments.size() == 3 && arguments[0] == u"score")
        return score(arguments[1], arguments[2]);
    err() << "usage: stepstone-forms check Q.json\n"
             "       stepstone-forms score Q.json QR.json"
          << Qt::endl;
    return kUsage;
}
