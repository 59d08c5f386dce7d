#include "FormRows.h"

namespace stepstone {

using namespace forms;

namespace {

QString choiceKind(const QuestionnaireItem& item) {
    if (item.itemControl == u"check-box" || (item.repeats && item.itemControl != u"drop-down"))
        return QStringLiteral("check-list");
    if (item.itemControl == u"drop-down" ||
        (item.itemControl != u"radio-button" && item.answerOptions.size() > 7))
        return QStringLiteral("drop-down");
    return QStringLiteral("radio");
}

QString kindOf(const QuestionnaireItem& item) {
    if (!item.calculatedExpression.isEmpty())
        return QStringLiteral("calculated");
    switch (item.type) {
    case ItemType::Group:
        return QStringLiteral("group");
    case ItemType::Display:
        return QStringLiteral("display");
    case ItemType::String:
        return QStringLiteral("line");
    case ItemType::Text:
        return QStringLiteral("paragraph");
    case ItemType::Boolean:
        return QStringLiteral("yes-no");
    case ItemType::Integer:
    case ItemType::Decimal:
        return item.itemControl == u"slider" && item.minValue && item.maxValue
                   ? QStringLiteral("slider")
                   : QStringLiteral("number");
    case ItemType::Date:
        return QStringLiteral("date");
    case ItemType::Time:
        return QStringLiteral("time");
    case ItemType::DateTime:
        return QStringLiteral("date-time");
    case ItemType::Choice:
    case ItemType::OpenChoice:
        return choiceKind(item);
    case ItemType::Quantity:
        return QStringLiteral("quantity");
    case ItemType::Unsupported:
        break;
    }
    return QStringLiteral("unsupported");
}

// The rows of `items` under `at`: each enabled, shown item once per instance with its children
// after it; after a repeating group's last instance, a row to add another.
void addRows(const std::vector<QuestionnaireItem>& items, const ResponseDraft& draft,
             const Enablement& enablement, const ItemPath& at, int depth,
             std::vector<FormRow>& rows) {
    for (const QuestionnaireItem& item : items) {
        const bool repeatingGroup = item.type == ItemType::Group && item.repeats;
        const int instances = repeatingGroup ? draft.instanceCount(childPath(at, item.linkId)) : 1;
        bool shown = false;
        for (int instance = 0; instance < instances; ++instance) {
            const ItemPath path = childPath(at, item.linkId, instance);
            if (item.hidden || !enablement.isEnabled(draft, path))
                continue;
            shown = true;
            rows.push_back({kindOf(item), &item, path, depth});
            addRows(item.items, draft, enablement, path, depth + 1, rows);
        }
        // Its path stays that of the first instance, so the row (and the keyboard on it) stays
        // as instances come and go.
        if (repeatingGroup && shown && !item.readOnly)
            rows.push_back(
                {QStringLiteral("add-instance"), &item, childPath(at, item.linkId), depth});
    }
}

} // namespace

std::vector<FormRow> formRows(const Questionnaire& form, const ResponseDraft& draft,
                              const Enablement& enablement) {
    std::vector<FormRow> rows;
    addRows(form.items, draft, enablement, {}, 0, rows);
    return rows;
}

} // namespace stepstone
