#pragma once

#include "forms/ItemPath.h"
#include "forms/Questionnaire.h"
#include "forms/ResponseDraft.h"

#include <QHash>

namespace stepstone::forms {

// Which items of a form are switched on by their enableWhen, given the answers so far (R4
// rules): `exists` asks whether the question has an answer; the other operators hold when any
// answer meets them, and never when there is none; enableBehavior says whether all conditions
// or any must hold; an item under a disabled item is disabled. A question inside a repeating
// group is read in the same instance as the item asking; one outside it, in every instance.
class Enablement {
public:
    explicit Enablement(const Questionnaire& questionnaire);

    bool isEnabled(const ResponseDraft& draft, const ItemPath& item) const;

    // Clears the answers of every disabled item, again and again until the answers left enable
    // no more change (clearing an answer can switch other items off, or on); returns the paths
    // whose answers were cleared.
    std::vector<ItemPath> pruneDisabled(ResponseDraft& draft) const;

private:
    bool conditionsHold(const ResponseDraft& draft, const QuestionnaireItem& item,
                        const ItemPath& path) const;
    std::vector<AnswerValue> answersOf(const ResponseDraft& draft, const QString& question,
                                       const ItemPath& asking) const;

    const Questionnaire& m_questionnaire;
    // Each linkId's item and the linkIds from the top of the form down to it.
    QHash<QString, const QuestionnaireItem*> m_items;
    QHash<QString, QStringList> m_chains;
};

} // namespace stepstone::forms
