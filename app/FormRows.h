#pragma once

#include "forms/Enablement.h"

#include <QString>
#include <vector>

namespace stepstone {

// One line of a form as the renderer draws it: an item that is enabled and shown, in one
// instance of its groups, or the "add another" after the last instance of a repeating group.
struct FormRow {
    // The QML component that draws the row: group, display, line, paragraph, yes-no, number,
    // slider, date, time, date-time, radio, check-list, drop-down, quantity, calculated,
    // unsupported, add-instance.
    QString kind;
    const forms::QuestionnaireItem* item = nullptr;
    forms::ItemPath path;
    int depth = 0;

    // Rows are the same row for the view (it keeps its delegate, and the focus in it) when they
    // draw the same item in the same place the same way.
    bool sameRowAs(const FormRow& other) const { return kind == other.kind && path == other.path; }
};

// The rows of `form` as `draft` stands, in the form's order.
std::vector<FormRow> formRows(const forms::Questionnaire& form, const forms::ResponseDraft& draft,
                              const forms::Enablement& enablement);

} // namespace stepstone
