#pragma once

#include "CravingDeletion.h"
#include "CravingDrafts.h"
#include "HighCravingOffer.h"
#include "ProfileSession.h"
#include "model/CravingLog.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QStringList>
#include <QVariantList>

namespace stepstone {

// The form behind "Log a craving": starts with defaults that can be saved as they are, edits an
// existing log, validates, and saves through the store or deletes through CravingDeletion.
// Work not saved is kept in CravingDrafts as it is typed, so leaving the form any way at all
// (a tab change, a shortcut, Esc, Back) loses nothing; opening the same log resumes it.
class CravingEditor : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        stepstone::ProfileSession* session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(stepstone::CravingDrafts* drafts READ drafts WRITE setDrafts NOTIFY draftsChanged)
    Q_PROPERTY(
        stepstone::CravingDeletion* deletion READ deletion WRITE setDeletion NOTIFY deletionChanged)
    // Told of each new craving saved, to offer the client's plan when it is high.
    Q_PROPERTY(stepstone::HighCravingOffer* offer READ offer WRITE setOffer NOTIFY offerChanged)
    Q_PROPERTY(bool editing READ editing NOTIFY loaded)
    // When the craving happened, as the client lived it ("Today, 21:30").
    Q_PROPERTY(QString whenText READ whenText NOTIFY loaded)
    // The form holds work from an earlier visit that was neither saved nor discarded.
    Q_PROPERTY(bool resumedDraft READ resumedDraft NOTIFY unsavedChangesChanged)
    Q_PROPERTY(bool unsavedChanges READ unsavedChanges NOTIFY unsavedChangesChanged)
    Q_PROPERTY(int intensity READ intensity WRITE setIntensity NOTIFY intensityChanged)
    Q_PROPERTY(int minimumIntensity READ minimumIntensity CONSTANT)
    Q_PROPERTY(int maximumIntensity READ maximumIntensity CONSTANT)
    Q_PROPERTY(QStringList selectedTriggers READ selectedTriggers NOTIFY triggersChanged)
    Q_PROPERTY(QString note READ note WRITE setNote NOTIFY noteChanged)
    Q_PROPERTY(int maximumNoteLength READ maximumNoteLength CONSTANT)
    Q_PROPERTY(
        QString copingSkillId READ copingSkillId WRITE setCopingSkillId NOTIFY copingSkillIdChanged)
    Q_PROPERTY(QString outcome READ outcome WRITE setOutcome NOTIFY outcomeChanged)
    Q_PROPERTY(QVariantList triggerChoices READ triggerChoices CONSTANT)
    Q_PROPERTY(QVariantList outcomeChoices READ outcomeChoices CONSTANT)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    explicit CravingEditor(QObject* parent = nullptr);

    ProfileSession* session() const { return m_session; }
    void setSession(ProfileSession* session);
    CravingDrafts* drafts() const { return m_drafts; }
    void setDrafts(CravingDrafts* drafts);
    CravingDeletion* deletion() const { return m_deletion; }
    void setDeletion(CravingDeletion* deletion);
    HighCravingOffer* offer() const { return m_offer; }
    void setOffer(HighCravingOffer* offer);
    bool editing() const { return !m_id.isNull(); }
    QString whenText() const;
    bool resumedDraft() const { return m_resumedDraft && unsavedChanges(); }
    bool unsavedChanges() const { return m_entry != m_unchanged; }
    int intensity() const { return m_entry.intensity; }
    void setIntensity(int intensity);
    int minimumIntensity() const { return CravingEntry::kMinIntensity; }
    int maximumIntensity() const { return CravingEntry::kMaxIntensity; }
    QStringList selectedTriggers() const;
    QString note() const { return m_entry.note; }
    void setNote(const QString& note);
    int maximumNoteLength() const { return CravingEntry::kMaxNoteLength; }
    QString copingSkillId() const { return m_entry.copingSkillId; }
    void setCopingSkillId(const QString& id);
    QString outcome() const { return codeFor(m_entry.outcome); }
    void setOutcome(const QString& code);
    QVariantList triggerChoices() const;
    QVariantList outcomeChoices() const;
    QString errorText() const { return m_errorText; }

    Q_INVOKABLE void startNew();
    Q_INVOKABLE bool load(const QString& logId);
    Q_INVOKABLE void toggleTrigger(const QString& code);
    Q_INVOKABLE bool save();
    Q_INVOKABLE bool remove();
    // Throws away the draft: back to the saved log, or to a new one from now.
    Q_INVOKABLE void discardChanges();

Q_SIGNALS:
    void sessionChanged();
    void draftsChanged();
    void deletionChanged();
    void offerChanged();
    void loaded();
    void intensityChanged();
    void triggersChanged();
    void noteChanged();
    void copingSkillIdChanged();
    void outcomeChanged();
    void errorTextChanged();
    void unsavedChangesChanged();
    void saved();
    void removed();

private:
    // Shows the log `id` (null: a new one) as `unchanged`, with `draft` over it if one was kept.
    void setEntry(const QUuid& id, const CravingEntry& unchanged,
                  const std::optional<CravingEntry>& draft);
    // After every edit: the draft follows the form, or goes once the form is back as it was.
    void keepDraft();
    void setErrorText(const QString& text);

    QPointer<ProfileSession> m_session;
    QPointer<CravingDrafts> m_drafts;
    QPointer<CravingDeletion> m_deletion;
    QPointer<HighCravingOffer> m_offer;
    QUuid m_id;
    CravingEntry m_entry;
    CravingEntry m_unchanged; // what Save would write if the client changed nothing
    bool m_resumedDraft = false;
    QString m_errorText;
};

} // namespace stepstone
