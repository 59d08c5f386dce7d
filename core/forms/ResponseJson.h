#pragma once

#include "forms/ResponseDraft.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

namespace stepstone::forms {

// What a QuestionnaireResponse says about itself besides its answers.
struct ResponseHeader {
    QString questionnaire; // the canonical url|version the draft began on
    QString status;        // in-progress or completed
    QString identifier;    // urn:uuid:…, made by the app: how a retried upload is recognised
    QDateTime authored;    // at the client's UTC offset
};

// `draft` as an R4 QuestionnaireResponse: items in the form's order, each with the form's text,
// a repeating group once per instance, a question's children under its answer; no item, group
// or array that would be empty. Subject and author are the sync's to add.
QJsonObject responseJson(const Questionnaire& questionnaire, const ResponseDraft& draft,
                         const ResponseHeader& header);

// A response read back into a draft of `questionnaire` (resuming a saved draft): answers to
// items the form does not have, or that cannot be read, are listed in `unplaced` by linkId
// rather than read into the wrong place.
struct ReadResponse {
    ResponseDraft draft;
    QStringList unplaced;
};
ReadResponse draftFromJson(const Questionnaire& questionnaire, const QJsonObject& response);

} // namespace stepstone::forms
