#include "JournalEditor.h"

#include "CravingLabels.h"
#include "common/LocalTime.h"

namespace stepstone {

namespace {

QStringList tagsFrom(const QString& text) {
    return normalizedTags(text.split(u','));
}

} // namespace

JournalEditor::JournalEditor(QObject* parent)
    : QObject(parent) {}

void JournalEditor::setSession(ProfileSession* session) {
    if (m_session == session)
        return;
    m_session = session;
    Q_EMIT sessionChanged();
}

void JournalEditor::setDeletion(JournalDeletion* deletion) {
    if (m_deletion == deletion)
        return;
    m_deletion = deletion;
    Q_EMIT deletionChanged();
}

void JournalEditor::setDrafts(JournalDrafts* drafts) {
    if (m_drafts == drafts)
        return;
    m_drafts = drafts;
    Q_EMIT draftsChanged();
}

std::optional<JournalDrafts::Draft> JournalEditor::draftFor(const QUuid& id) const {
    return m_drafts ? m_drafts->find(id) : std::nullopt;
}

QString JournalEditor::whenText() const {
    if (!m_session || !m_content.writtenAt.isValid())
        return {};
    return cravingLabels::when(m_content.writtenAt, m_session->clock().now());
}

bool JournalEditor::unsavedChanges() const {
    return typed() != m_unchanged;
}

void JournalEditor::setTitle(const QString& title) {
    if (m_content.title == title)
        return;
    m_content.title = title;
    edited();
}

void JournalEditor::setBody(const QString& body) {
    if (m_content.body == body)
        return;
    m_content.body = body;
    edited();
}

void JournalEditor::setHasMood(bool hasMood) {
    if (this->hasMood() == hasMood)
        return;
    m_content.mood = hasMood ? std::optional<int>(m_lastMood) : std::nullopt;
    edited();
}

void JournalEditor::setMood(int mood) {
    mood = std::clamp(mood, JournalContent::kMinMood, JournalContent::kMaxMood);
    m_lastMood = mood;
    if (m_content.mood == mood)
        return;
    m_content.mood = mood;
    edited();
}

void JournalEditor::setTagsText(const QString& text) {
    if (m_tagsText == text)
        return;
    m_tagsText = text;
    edited();
}

void JournalEditor::startNew() {
    const auto draft = draftFor({});
    JournalContent fresh;
    if (draft)
        fresh.writtenAt = draft->content.writtenAt; // written when the draft was begun
    else if (m_session)
        fresh.writtenAt = localNow(m_session->clock());
    show({}, fresh, 0, draft);
}

bool JournalEditor::load(const QString& entryId) {
    JournalStore* store = m_session ? m_session->journal() : nullptr;
    if (!store)
        return false;
    const QUuid id = QUuid::fromString(entryId);
    auto entry = store->find(id);
    if (!entry || entry->deletedAt) {
        setErrorText(entry ? StoreError{StoreErrorKind::NotFound, {}}.message()
                           : entry.error().message());
        return false;
    }
    auto versions = store->versions(id);
    show(entry->id, entry->content, versions ? int(versions->size()) : 0, draftFor(entry->id));
    return true;
}

bool JournalEditor::save() {
    JournalStore* store = m_session ? m_session->journal() : nullptr;
    if (!store)
        return false;
    const JournalContent content = typed();
    if (const QString problem = problemWith(content); !problem.isEmpty()) {
        setErrorText(problem);
        return false;
    }
    auto written = editing() ? store->update(m_id, content) : store->add(content);
    if (!written) {
        setErrorText(written.error().message());
        return false;
    }
    if (m_drafts)
        m_drafts->forget(m_id);
    auto versions = store->versions(written->id);
    show(written->id, written->content, versions ? int(versions->size()) : 0);
    Q_EMIT saved();
    return true;
}

bool JournalEditor::remove() {
    if (!m_deletion || !editing())
        return false;
    if (auto removed = m_deletion->remove(m_id); !removed) {
        setErrorText(removed.error().message());
        return false;
    }
    if (m_drafts)
        m_drafts->forget(m_id);
    setErrorText({});
    Q_EMIT removed();
    return true;
}

void JournalEditor::discardChanges() {
    if (m_drafts)
        m_drafts->forget(m_id);
    if (editing())
        show(m_id, m_unchanged, m_earlierVersions);
    else
        startNew();
}

void JournalEditor::show(const QUuid& id, const JournalContent& content, int earlierVersions,
                         const std::optional<JournalDrafts::Draft>& draft) {
    m_id = id;
    m_unchanged = content;
    m_content = draft ? draft->content : content;
    m_tagsText = draft ? draft->tagsText : content.tags.join(QStringLiteral(", "));
    m_resumedDraft = draft.has_value();
    if (m_content.mood)
        m_lastMood = *m_content.mood;
    m_earlierVersions = earlierVersions;
    setErrorText({});
    Q_EMIT loaded();
    Q_EMIT contentChanged();
}

JournalContent JournalEditor::typed() const {
    JournalContent content = m_content;
    content.tags = tagsFrom(m_tagsText);
    return content;
}

QString JournalEditor::problemWith(const JournalContent& content) const {
    if (content.title.trimmed().isEmpty() && content.body.trimmed().isEmpty())
        return tr("Write a title or a few words first.");
    if (content.title.size() > JournalContent::kMaxTitleLength)
        return tr("The title is too long: keep it under %n characters.", nullptr,
                  JournalContent::kMaxTitleLength);
    if (content.body.size() > JournalContent::kMaxBodyLength)
        return tr("This entry is too long to save: keep it under %L1 characters, or split it "
                  "into two entries. Nothing you wrote has been lost.")
            .arg(JournalContent::kMaxBodyLength);
    if (content.tags.size() > JournalContent::kMaxTags)
        return tr("Use at most %n tags.", nullptr, JournalContent::kMaxTags);
    for (const QString& tag : content.tags)
        if (tag.size() > JournalContent::kMaxTagLength)
            return tr("Keep each tag under %n characters.", nullptr, JournalContent::kMaxTagLength);
    return {};
}

void JournalEditor::edited() {
    if (m_drafts) {
        if (unsavedChanges())
            m_drafts->keep(m_id, {m_content, m_tagsText});
        else
            m_drafts->forget(m_id);
    }
    setErrorText({});
    Q_EMIT contentChanged();
}

void JournalEditor::setErrorText(const QString& text) {
    if (m_errorText == text)
        return;
    m_errorText = text;
    Q_EMIT errorTextChanged();
}

} // namespace stepstone
