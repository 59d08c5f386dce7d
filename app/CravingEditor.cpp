#include "CravingEditor.h"

#include "CravingLabels.h"
#include "ProfileSession.h"
#include "common/LocalTime.h"

#include <QVariantMap>

namespace stepstone {

CravingEditor::CravingEditor(QObject* parent)
    : QObject(parent) {}

void CravingEditor::setSession(ProfileSession* session) {
    if (m_session == session)
        return;
    m_session = session;
    Q_EMIT sessionChanged();
}

void CravingEditor::setDrafts(CravingDrafts* drafts) {
    if (m_drafts == drafts)
        return;
    m_drafts = drafts;
    Q_EMIT draftsChanged();
}

void CravingEditor::setDeletion(CravingDeletion* deletion) {
    if (m_deletion == deletion)
        return;
    m_deletion = deletion;
    Q_EMIT deletionChanged();
}

void CravingEditor::setOffer(HighCravingOffer* offer) {
    if (m_offer == offer)
        return;
    m_offer = offer;
    Q_EMIT offerChanged();
}

QString CravingEditor::whenText() const {
    if (!m_session || !m_entry.occurredAt.isValid())
        return {};
    return cravingLabels::when(m_entry.occurredAt, m_session->clock().now());
}

void CravingEditor::setIntensity(int intensity) {
    intensity = std::clamp(intensity, CravingEntry::kMinIntensity, CravingEntry::kMaxIntensity);
    if (m_entry.intensity == intensity)
        return;
    m_entry.intensity = intensity;
    Q_EMIT intensityChanged();
    keepDraft();
}

QStringList CravingEditor::selectedTriggers() const {
    QStringList codes;
    for (CravingTrigger trigger : kAllCravingTriggers)
        if (m_entry.triggers.testFlag(trigger))
            codes << codeFor(trigger);
    return codes;
}

void CravingEditor::setNote(const QString& note) {
    if (m_entry.note == note)
        return;
    m_entry.note = note;
    Q_EMIT noteChanged();
    keepDraft();
}

void CravingEditor::setCopingSkillId(const QString& id) {
    if (m_entry.copingSkillId == id)
        return;
    m_entry.copingSkillId = id;
    Q_EMIT copingSkillIdChanged();
    keepDraft();
}

void CravingEditor::setOutcome(const QString& code) {
    const auto outcome = cravingOutcomeFromCode(code);
    if (!outcome || *outcome == m_entry.outcome)
        return;
    m_entry.outcome = *outcome;
    Q_EMIT outcomeChanged();
    keepDraft();
}

QVariantList CravingEditor::triggerChoices() const {
    QVariantList choices;
    for (CravingTrigger trigger : kAllCravingTriggers) {
        const bool halt = trigger >= CravingTrigger::Hungry;
        choices << QVariantMap{{QStringLiteral("code"), codeFor(trigger)},
                               {QStringLiteral("label"), cravingLabels::trigger(trigger)},
                               {QStringLiteral("halt"), halt}};
    }
    return choices;
}

QVariantList CravingEditor::outcomeChoices() const {
    QVariantList choices;
    for (CravingOutcome outcome :
         {CravingOutcome::StillGoing, CravingOutcome::Passed, CravingOutcome::Used})
        choices << QVariantMap{{QStringLiteral("code"), codeFor(outcome)},
                               {QStringLiteral("label"), cravingLabels::outcome(outcome)}};
    return choices;
}

void CravingEditor::startNew() {
    const auto draft = m_drafts ? m_drafts->find(QUuid()) : std::nullopt;
    CravingEntry fresh;
    if (draft)
        fresh.occurredAt = draft->occurredAt; // the craving began when the draft did
    else if (m_session)
        fresh.occurredAt = localNow(m_session->clock());
    setEntry({}, fresh, draft);
}

bool CravingEditor::load(const QString& logId) {
    CravingLogStore* store = m_session ? m_session->cravingLogs() : nullptr;
    if (!store)
        return false;
    auto log = store->find(QUuid::fromString(logId));
    if (!log) {
        setErrorText(log.error().message());
        return false;
    }
    setEntry(log->id, log->entry, m_drafts ? m_drafts->find(log->id) : std::nullopt);
    return true;
}

void CravingEditor::toggleTrigger(const QString& code) {
    const auto trigger = cravingTriggerFromCode(code);
    if (!trigger)
        return;
    m_entry.triggers ^= *trigger;
    Q_EMIT triggersChanged();
    keepDraft();
}

bool CravingEditor::save() {
    CravingLogStore* store = m_session ? m_session->cravingLogs() : nullptr;
    if (!store)
        return false;
    if (m_entry.note.size() > CravingEntry::kMaxNoteLength) {
        setErrorText(tr("The note is too long: keep it under %n characters.", nullptr,
                        CravingEntry::kMaxNoteLength));
        return false;
    }
    const bool isNew = !editing();
    auto written = isNew ? store->add(m_entry) : store->update(m_id, m_entry);
    if (!written) {
        setErrorText(written.error().message());
        return false;
    }
    // Only a craving just lived: changing an old log later is not the moment to offer help.
    if (m_offer && isNew)
        m_offer->cravingSaved(written->entry.intensity);
    if (m_drafts)
        m_drafts->forget(m_id);
    // The form now shows the saved log, so a second Save cannot add it twice.
    setEntry(written->id, written->entry, std::nullopt);
    Q_EMIT saved();
    return true;
}

bool CravingEditor::remove() {
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

void CravingEditor::discardChanges() {
    if (m_drafts)
        m_drafts->forget(m_id);
    if (editing())
        setEntry(m_id, m_unchanged, std::nullopt);
    else
        startNew();
}

void CravingEditor::setEntry(const QUuid& id, const CravingEntry& unchanged,
                             const std::optional<CravingEntry>& draft) {
    m_id = id;
    m_unchanged = unchanged;
    m_entry = draft.value_or(unchanged);
    m_resumedDraft = draft.has_value();
    setErrorText({});
    Q_EMIT loaded();
    Q_EMIT intensityChanged();
    Q_EMIT triggersChanged();
    Q_EMIT noteChanged();
    Q_EMIT copingSkillIdChanged();
    Q_EMIT outcomeChanged();
    Q_EMIT unsavedChangesChanged();
}

void CravingEditor::keepDraft() {
    if (m_drafts) {
        if (unsavedChanges())
            m_drafts->keep(m_id, m_entry);
        else
            m_drafts->forget(m_id);
    }
    Q_EMIT unsavedChangesChanged();
}

void CravingEditor::setErrorText(const QString& text) {
    if (m_errorText == text)
        return;
    m_errorText = text;
    Q_EMIT errorTextChanged();
}

} // namespace stepstone
