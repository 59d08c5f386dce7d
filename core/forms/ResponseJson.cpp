#include "forms/ResponseJson.h"

#include <QHash>
#include <QJsonArray>
#include <algorithm>

namespace stepstone::forms {

namespace {

QJsonObject itemHead(const QuestionnaireItem& item) {
    // The form's own words, not the translation the client read: the response goes to the clinic.
    QJsonObject json{{QLatin1String("linkId"), item.linkId}};
    if (const QString text = item.json.value(QLatin1String("text")).toString(); !text.isEmpty())
        json.insert(QLatin1String("text"), text);
    return json;
}

QJsonArray itemsJson(const std::vector<QuestionnaireItem>& items, const ResponseDraft& draft,
                     const ItemPath& at) {
    QJsonArray json;
    for (const QuestionnaireItem& item : items) {
        if (item.type == ItemType::Display || item.type == ItemType::Unsupported)
            continue;
        if (item.type == ItemType::Group) {
            const int instances =
                item.repeats ? draft.instanceCount(childPath(at, item.linkId)) : 1;
            for (int instance = 0; instance < instances; ++instance) {
                const QJsonArray children =
                    itemsJson(item.items, draft, childPath(at, item.linkId, instance));
                if (children.isEmpty())
                    continue;
                QJsonObject group = itemHead(item);
                group.insert(QLatin1String("item"), children);
                json.append(group);
            }
            continue;
        }
        const ItemPath path = childPath(at, item.linkId);
        const QJsonArray children = itemsJson(item.items, draft, path);
        QJsonArray answers;
        for (const AnswerValue& answer : draft.answers(path))
            answers.append(answerValueJson(answer, QLatin1String("value")));
        if (answers.isEmpty() && children.isEmpty())
            continue;
        QJsonObject question = itemHead(item);
        if (answers.isEmpty()) {
            question.insert(QLatin1String("item"), children);
        } else {
            if (!children.isEmpty()) {
                QJsonObject first = answers.first().toObject();
                first.insert(QLatin1String("item"), children);
                answers.replace(0, first);
            }
            question.insert(QLatin1String("answer"), answers);
        }
        json.append(question);
    }
    return json;
}

const QuestionnaireItem* itemNamed(const std::vector<QuestionnaireItem>& items,
                                   const QString& linkId) {
    for (const QuestionnaireItem& item : items)
        if (item.linkId == linkId)
            return &item;
    return nullptr;
}

// Whether `answer` is of a kind `item` takes: its own type's, or for a choice one of its options'
// (open-choice also takes words).
bool fits(const QuestionnaireItem& item, const AnswerValue& answer) {
    switch (item.type) {
    case ItemType::Boolean:
        return std::holds_alternative<bool>(answer);
    case ItemType::Integer:
        return std::holds_alternative<qint64>(answer);
    case ItemType::Decimal:
        return std::holds_alternative<double>(answer);
    case ItemType::String:
    case ItemType::Text:
        return std::holds_alternative<QString>(answer);
    case ItemType::Date:
        return std::holds_alternative<QDate>(answer);
    case ItemType::DateTime:
        return std::holds_alternative<QDateTime>(answer);
    case ItemType::Time:
        return std::holds_alternative<QTime>(answer);
    case ItemType::Quantity:
        return std::holds_alternative<Quantity>(answer);
    case ItemType::OpenChoice:
        if (std::holds_alternative<QString>(answer))
            return true;
        [[fallthrough]];
    case ItemType::Choice:
        return std::any_of(
            item.answerOptions.begin(), item.answerOptions.end(),
            [&](const AnswerOption& option) { return option.value.index() == answer.index(); });
    default:
        return false;
    }
}

class ResponseReader {
public:
    ReadResponse read(const QJsonArray& items, const Questionnaire& questionnaire) {
        readItems(items, questionnaire.items, {});
        return std::move(m_read);
    }

private:
    void readItems(const QJsonArray& json, const std::vector<QuestionnaireItem>& items,
                   const ItemPath& at) {
        QHash<QString, int> seen;
        for (const auto& element : json) {
            const QJsonObject object = element.toObject();
            const QString linkId = object.value(QLatin1String("linkId")).toString();
            const QuestionnaireItem* item = itemNamed(items, linkId);
            const int instance = seen[linkId]++;
            if (!item || item->type == ItemType::Display || item->type == ItemType::Unsupported ||
                (instance > 0 && !(item->type == ItemType::Group && item->repeats))) {
                m_read.unplaced.append(linkId);
                continue;
            }
            if (item->type == ItemType::Group)
                readGroup(object, *item, childPath(at, linkId, instance));
            else
                readQuestion(object, *item, childPath(at, linkId));
        }
    }

    void readGroup(const QJsonObject& json, const QuestionnaireItem& item, const ItemPath& path) {
        while (m_read.draft.instanceCount(path) <= path.back().instance)
            m_read.draft.addInstance(path);
        readItems(json.value(QLatin1String("item")).toArray(), item.items, path);
    }

    void readQuestion(const QJsonObject& json, const QuestionnaireItem& item,
                      const ItemPath& path) {
        std::vector<AnswerValue> answers;
        for (const auto& answer : json.value(QLatin1String("answer")).toArray()) {
            const auto value = answerValueOf(answer.toObject(), QLatin1String("value"));
            if (const auto* read = std::get_if<AnswerValue>(&value); read && fits(item, *read))
                answers.push_back(*read);
            else
                m_read.unplaced.append(item.linkId);
            readItems(answer.toObject().value(QLatin1String("item")).toArray(), item.items, path);
        }
        if (!item.repeats && answers.size() > 1) {
            m_read.unplaced.append(item.linkId);
            answers.resize(1);
        }
        m_read.draft.setAnswers(path, std::move(answers));
        readItems(json.value(QLatin1String("item")).toArray(), item.items, path);
    }

    ReadResponse m_read;
};

} // namespace

QJsonObject responseJson(const Questionnaire& questionnaire, const ResponseDraft& draft,
                         const ResponseHeader& header) {
    QJsonObject json{{QLatin1String("resourceType"), QLatin1String("QuestionnaireResponse")},
                     {QLatin1String("status"), header.status}};
    if (!header.identifier.isEmpty())
        json.insert(QLatin1String("identifier"),
                    QJsonObject{{QLatin1String("system"), QLatin1String("urn:ietf:rfc:3986")},
                                {QLatin1String("value"), header.identifier}});
    if (!header.questionnaire.isEmpty())
        json.insert(QLatin1String("questionnaire"), header.questionnaire);
    if (header.authored.isValid())
        json.insert(QLatin1String("authored"), header.authored.toString(Qt::ISODate));
    const QJsonArray items = itemsJson(questionnaire.items, draft, {});
    if (!items.isEmpty())
        json.insert(QLatin1String("item"), items);
    return json;
}

ReadResponse draftFromJson(const Questionnaire& questionnaire, const QJsonObject& response) {
    return ResponseReader().read(response.value(QLatin1String("item")).toArray(), questionnaire);
}

} // namespace stepstone::forms
