#include "forms/QuestionnaireParser.h"

#include "forms/Translation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace stepstone::forms {

namespace {

const QLatin1String
    kItemControl("http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl");
const QLatin1String kHidden("http://hl7.org/fhir/StructureDefinition/questionnaire-hidden");
const QLatin1String kMinValue("http://hl7.org/fhir/StructureDefinition/minValue");
const QLatin1String kMaxValue("http://hl7.org/fhir/StructureDefinition/maxValue");
const QLatin1String
    kSliderStep("http://hl7.org/fhir/StructureDefinition/questionnaire-sliderStepValue");
const QLatin1String kOrdinalValue("http://hl7.org/fhir/StructureDefinition/ordinalValue");
const QLatin1String kItemWeight("http://hl7.org/fhir/StructureDefinition/itemWeight");
const QLatin1String kUnit("http://hl7.org/fhir/StructureDefinition/questionnaire-unit");
const QLatin1String kCalculatedExpression(
    "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression");

std::optional<ItemType> itemTypeOf(const QString& name) {
    static const std::pair<const char*, ItemType> kTypes[] = {
        {"group", ItemType::Group},       {"display", ItemType::Display},
        {"string", ItemType::String},     {"text", ItemType::Text},
        {"boolean", ItemType::Boolean},   {"integer", ItemType::Integer},
        {"decimal", ItemType::Decimal},   {"date", ItemType::Date},
        {"dateTime", ItemType::DateTime}, {"time", ItemType::Time},
        {"choice", ItemType::Choice},     {"open-choice", ItemType::OpenChoice},
        {"quantity", ItemType::Quantity},
    };
    for (const auto& [text, type] : kTypes)
        if (name == QLatin1String(text))
            return type;
    return std::nullopt;
}

std::optional<EnableOperator> operatorOf(const QString& name) {
    static const std::pair<const char*, EnableOperator> kOperators[] = {
        {"exists", EnableOperator::Exists},  {"=", EnableOperator::Equal},
        {"!=", EnableOperator::NotEqual},    {">", EnableOperator::Greater},
        {"<", EnableOperator::Less},         {">=", EnableOperator::GreaterOrEqual},
        {"<=", EnableOperator::LessOrEqual},
    };
    for (const auto& [text, op] : kOperators)
        if (name == QLatin1String(text))
            return op;
    return std::nullopt;
}

QJsonArray extensionsOf(const QJsonObject& element, QLatin1String url) {
    QJsonArray found;
    for (const auto& extension : element.value(QLatin1String("extension")).toArray())
        if (extension.toObject().value(QLatin1String("url")).toString() == url)
            found.append(extension);
    return found;
}

std::optional<double> numberExtension(const QJsonObject& element, QLatin1String url) {
    for (const auto& extension : extensionsOf(element, url)) {
        const QJsonObject object = extension.toObject();
        for (const char* key : {"valueDecimal", "valueInteger"})
            if (const QJsonValue value = object.value(QLatin1String(key)); value.isDouble())
                return value.toDouble();
    }
    return std::nullopt;
}

std::optional<double> weightOf(const QJsonObject& element) {
    if (auto ordinal = numberExtension(element, kOrdinalValue))
        return ordinal;
    return numberExtension(element, kItemWeight);
}

QString itemControlOf(const QJsonObject& item) {
    for (const auto& extension : extensionsOf(item, kItemControl))
        for (const auto& coding : extension.toObject()
                                      .value(QLatin1String("valueCodeableConcept"))
                                      .toObject()
                                      .value(QLatin1String("coding"))
                                      .toArray())
            if (QString code = coding.toObject().value(QLatin1String("code")).toString();
                !code.isEmpty())
                return code;
    return {};
}

class Reader {
public:
    Reader(const QJsonObject& questionnaire, const QuestionnaireLimits& limits,
           const QString& language)
        : m_root(questionnaire)
        , m_limits(limits)
        , m_language(language) {}

    Result<std::vector<QuestionnaireItem>, FormError> items(const QJsonObject& parent,
                                                            const QString& path, int depth) {
        std::vector<QuestionnaireItem> read;
        const QJsonValue list = parent.value(QLatin1String("item"));
        if (list.isUndefined())
            return read;
        if (!list.isArray())
            return fail(FormError{path + QStringLiteral(".item"), QStringLiteral("not a list")});
        if (depth > m_limits.maxDepth)
            return fail(FormError{
                path, QStringLiteral("items nested more than %1 deep").arg(m_limits.maxDepth)});
        const QJsonArray array = list.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString itemPath = path + QStringLiteral(".item[%1]").arg(i);
            if (++m_itemCount > m_limits.maxItems)
                return fail(FormError{itemPath,
                                      QStringLiteral("more than %1 items").arg(m_limits.maxItems)});
            if (!array.at(i).isObject())
                return fail(FormError{itemPath, QStringLiteral("not an object")});
            auto item = this->item(array.at(i).toObject(), itemPath, depth);
            if (!item)
                return fail(item.error());
            read.push_back(std::move(*item));
        }
        return read;
    }

    // Every enableWhen names an item of the form (checked once all are known).
    Result<void, FormError> checkEnableWhenTargets(const std::vector<QuestionnaireItem>& items,
                                                   const QString& path) const {
        for (size_t i = 0; i < items.size(); ++i) {
            const QString itemPath = path + QStringLiteral(".item[%1]").arg(i);
            for (size_t c = 0; c < items[i].enableWhen.size(); ++c)
                if (!m_linkIds.contains(items[i].enableWhen[c].question))
                    return fail(FormError{itemPath + QStringLiteral(".enableWhen[%1]").arg(c),
                                          QStringLiteral("names no item of this form: %1")
                                              .arg(items[i].enableWhen[c].question)});
            if (auto inner = checkEnableWhenTargets(items[i].items, itemPath); !inner)
                return inner;
        }
        return {};
    }

private:
    Result<QuestionnaireItem, FormError> item(const QJsonObject& json, const QString& path,
                                              int depth) {
        QuestionnaireItem item;
        item.json = json;
        item.linkId = json.value(QLatin1String("linkId")).toString();
        if (item.linkId.isEmpty())
            return fail(FormError{path, QStringLiteral("no linkId")});
        if (m_linkIds.contains(item.linkId))
            return fail(FormError{path, QStringLiteral("linkId used twice: %1").arg(item.linkId)});
        m_linkIds.insert(item.linkId);
        item.prefix = translated(json, QLatin1String("prefix"), m_language);
        item.text = translated(json, QLatin1String("text"), m_language);
        item.typeName = json.value(QLatin1String("type")).toString();
        item.required = json.value(QLatin1String("required")).toBool();
        item.repeats = json.value(QLatin1String("repeats")).toBool();
        item.readOnly = json.value(QLatin1String("readOnly")).toBool();
        if (const QJsonValue maxLength = json.value(QLatin1String("maxLength"));
            maxLength.isDouble() && maxLength.toInt() > 0)
            item.maxLength = maxLength.toInt();
        for (const auto& hidden : extensionsOf(json, kHidden))
            item.hidden =
                item.hidden || hidden.toObject().value(QLatin1String("valueBoolean")).toBool();
        item.itemControl = itemControlOf(json);
        for (const auto& unit : extensionsOf(json, kUnit)) {
            const QJsonObject coding =
                unit.toObject().value(QLatin1String("valueCoding")).toObject();
            item.unit = Coding{coding.value(QLatin1String("system")).toString(),
                               coding.value(QLatin1String("code")).toString(),
                               coding.value(QLatin1String("display")).toString()};
        }
        for (const auto& calculated : extensionsOf(json, kCalculatedExpression))
            item.calculatedExpression = calculated.toObject()
                                            .value(QLatin1String("valueExpression"))
                                            .toObject()
                                            .value(QLatin1String("expression"))
                                            .toString();
        item.minValue = numberExtension(json, kMinValue);
        item.maxValue = numberExtension(json, kMaxValue);
        item.sliderStep = numberExtension(json, kSliderStep);

        if (const auto type = itemTypeOf(item.typeName)) {
            item.type = *type;
        } else {
            item.type = ItemType::Unsupported;
            item.unsupportedReason = QStringLiteral("unsupported-type");
        }
        if (auto read = enableWhen(json, path, item); !read)
            return fail(read.error());
        if (auto read = options(json, path, item); !read)
            return fail(read.error());
        if (auto read = initial(json, path, item); !read)
            return fail(read.error());
        auto children = items(json, path, depth + 1);
        if (!children)
            return fail(children.error());
        item.items = std::move(*children);
        return item;
    }

    Result<void, FormError> enableWhen(const QJsonObject& json, const QString& path,
                                       QuestionnaireItem& item) {
        const QJsonArray conditions = json.value(QLatin1String("enableWhen")).toArray();
        for (qsizetype i = 0; i < conditions.size(); ++i) {
            const QString where = path + QStringLiteral(".enableWhen[%1]").arg(i);
            const QJsonObject condition = conditions.at(i).toObject();
            EnableWhen read;
            read.question = condition.value(QLatin1String("question")).toString();
            if (read.question.isEmpty())
                return fail(FormError{where, QStringLiteral("no question")});
            const auto op = operatorOf(condition.value(QLatin1String("operator")).toString());
            if (!op)
                return fail(FormError{where, QStringLiteral("an operator that is not one of "
                                                            "exists, =, !=, >, <, >=, <=")});
            read.op = *op;
            const auto answer = answerValueOf(condition, QLatin1String("answer"));
            if (const auto* problem = std::get_if<AnswerValueProblem>(&answer))
                return fail(FormError{where, problem->message});
            if (std::holds_alternative<std::nullopt_t>(answer))
                return fail(FormError{where, QStringLiteral("no answer[x]")});
            read.answer = std::get<AnswerValue>(answer);
            if (read.op == EnableOperator::Exists && !std::holds_alternative<bool>(read.answer))
                return fail(FormError{where, QStringLiteral("exists takes answerBoolean")});
            item.enableWhen.push_back(std::move(read));
        }
        item.enableBehavior =
            json.value(QLatin1String("enableBehavior")).toString() == QLatin1String("any")
                ? EnableBehavior::Any
                : EnableBehavior::All;
        if (conditions.size() > 1 && !json.contains(QLatin1String("enableBehavior")))
            return fail(FormError{path, QStringLiteral("two or more enableWhen without an "
                                                       "enableBehavior")});
        return {};
    }

    Result<void, FormError> options(const QJsonObject& json, const QString& path,
                                    QuestionnaireItem& item) {
        const QJsonArray options = json.value(QLatin1String("answerOption")).toArray();
        for (qsizetype i = 0; i < options.size(); ++i) {
            const QJsonObject option = options.at(i).toObject();
            const auto value = answerValueOf(option, QLatin1String("value"));
            if (std::holds_alternative<AnswerValueProblem>(value)) {
                markUnsupported(item, QStringLiteral("unsupported-option"));
                continue;
            }
            if (std::holds_alternative<std::nullopt_t>(value))
                return fail(FormError{path + QStringLiteral(".answerOption[%1]").arg(i),
                                      QStringLiteral("no value[x]")});
            item.answerOptions.push_back({std::get<AnswerValue>(value), labelOf(option),
                                          option.value(QLatin1String("initialSelected")).toBool(),
                                          weightOf(option)});
        }
        const QString valueSet = json.value(QLatin1String("answerValueSet")).toString();
        if (valueSet.isEmpty())
            return {};
        if (!valueSet.startsWith(u'#')) {
            markUnsupported(item, QStringLiteral("answers-elsewhere"));
            return {};
        }
        const QJsonObject contained = containedValueSet(valueSet.mid(1));
        if (contained.isEmpty())
            markUnsupported(item, QStringLiteral("answers-elsewhere"));
        else
            appendConcepts(contained, item);
        return {};
    }

    Result<void, FormError> initial(const QJsonObject& json, const QString& path,
                                    QuestionnaireItem& item) {
        const QJsonArray values = json.value(QLatin1String("initial")).toArray();
        for (qsizetype i = 0; i < values.size(); ++i) {
            const auto value = answerValueOf(values.at(i).toObject(), QLatin1String("value"));
            if (const auto* problem = std::get_if<AnswerValueProblem>(&value))
                return fail(
                    FormError{path + QStringLiteral(".initial[%1]").arg(i), problem->message});
            if (const auto* read = std::get_if<AnswerValue>(&value))
                item.initial.push_back(*read);
        }
        return {};
    }

    // An option's words in the client's language: a coding's display, or a string.
    QString labelOf(const QJsonObject& option) const {
        if (const QJsonValue coding = option.value(QLatin1String("valueCoding")); coding.isObject())
            return translated(coding.toObject(), QLatin1String("display"), m_language);
        if (option.contains(QLatin1String("valueString")))
            return translated(option, QLatin1String("valueString"), m_language);
        return {};
    }

    QJsonObject containedValueSet(const QString& id) const {
        for (const auto& resource : m_root.value(QLatin1String("contained")).toArray()) {
            QJsonObject object = resource.toObject();
            if (object.value(QLatin1String("resourceType")).toString() == u"ValueSet" &&
                object.value(QLatin1String("id")).toString() == id)
                return object;
        }
        return {};
    }

    // The concepts a contained ValueSet lists: its expansion when it has one, else its compose.
    static void appendConcepts(const QJsonObject& valueSet, QuestionnaireItem& item) {
        const QJsonArray expansion = valueSet.value(QLatin1String("expansion"))
                                         .toObject()
                                         .value(QLatin1String("contains"))
                                         .toArray();
        for (const auto& entry : expansion) {
            const QJsonObject term = entry.toObject();
            item.answerOptions.push_back({Coding{term.value(QLatin1String("system")).toString(),
                                                 term.value(QLatin1String("code")).toString(),
                                                 term.value(QLatin1String("display")).toString()},
                                          {},
                                          false,
                                          weightOf(term)});
        }
        if (!expansion.isEmpty())
            return;
        const QJsonArray includes = valueSet.value(QLatin1String("compose"))
                                        .toObject()
                                        .value(QLatin1String("include"))
                                        .toArray();
        for (const auto& include : includes) {
            const QString system = include.toObject().value(QLatin1String("system")).toString();
            for (const auto& entry : include.toObject().value(QLatin1String("concept")).toArray()) {
                const QJsonObject term = entry.toObject();
                item.answerOptions.push_back(
                    {Coding{system, term.value(QLatin1String("code")).toString(),
                            term.value(QLatin1String("display")).toString()},
                     {},
                     false,
                     weightOf(term)});
            }
        }
        if (item.answerOptions.empty())
            markUnsupported(item, QStringLiteral("answers-elsewhere"));
    }

    static void markUnsupported(QuestionnaireItem& item, const QString& reason) {
        item.type = ItemType::Unsupported;
        if (item.unsupportedReason.isEmpty())
            item.unsupportedReason = reason;
    }

    const QJsonObject& m_root;
    const QuestionnaireLimits& m_limits;
    const QString m_language;
    QSet<QString> m_linkIds;
    int m_itemCount = 0;
};

} // namespace

Result<Questionnaire, FormError> parseQuestionnaire(const QByteArray& json,
                                                    const QuestionnaireLimits& limits,
                                                    const QString& language) {
    const QString root = QStringLiteral("Questionnaire");
    if (json.size() > limits.maxBytes)
        return fail(FormError{root, QStringLiteral("larger than %1 bytes").arg(limits.maxBytes)});
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(FormError{
            root,
            QStringLiteral("not JSON: %1 at byte %2").arg(error.errorString()).arg(error.offset)});
    const QJsonObject object = document.object();
    if (object.value(QLatin1String("resourceType")).toString() != root)
        return fail(FormError{root, QStringLiteral("not a Questionnaire")});

    Questionnaire questionnaire;
    questionnaire.json = object;
    questionnaire.url = object.value(QLatin1String("url")).toString();
    questionnaire.version = object.value(QLatin1String("version")).toString();
    questionnaire.title = translated(object, QLatin1String("title"), language);
    questionnaire.copyright = translated(object, QLatin1String("copyright"), language);
    questionnaire.status = object.value(QLatin1String("status")).toString();
    Reader reader(questionnaire.json, limits, language);
    auto items = reader.items(questionnaire.json, root, 1);
    if (!items)
        return fail(items.error());
    questionnaire.items = std::move(*items);
    if (auto targets = reader.checkEnableWhenTargets(questionnaire.items, root); !targets)
        return fail(targets.error());
    return questionnaire;
}

} // namespace stepstone::forms
