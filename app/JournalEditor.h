#pragma once

#include "JournalDeletion.h"
#include "JournalDrafts.h"
#include "ProfileSession.h"
#include "model/JournalEntry.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>

namespace stepstone {

// The form behind "Write in your journal": a new entry from now, or an existing one to change.
// Validates with messages a client can act on, saves through the store (which keeps what an
// edit replaced as an earlier version), and deletes through JournalDeletion so that the client
// can take it back. What the client typed stays in the form until it is saved (a refused save
// loses nothing) and is kept in JournalDrafts as it is typed, so leaving the form any way at
// all loses nothing either: opening the same entry resumes it.
class JournalEditor : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        stepstone::ProfileSession* session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(
        stepstone::JournalDeletion* deletion READ deletion WRITE setDeletion NOTIFY deletionChanged)
    Q_PROPERTY(stepstone::JournalDrafts* drafts READ drafts WRITE setDrafts NOTIFY draftsChanged)
    Q_PROPERTY(bool editing READ editing NOTIFY loaded)
    // The form holds work from an earlier visit that was neither saved nor discarded.
    Q_PROPERTY(bool resumedDraft READ resumedDraft NOTIFY contentChanged)
    Q_PROPERTY(QString entryId READ entryId NOTIFY loaded)
    // When it was written, as the client lived it ("Today, 21:30").
    Q_PROPERTY(QString whenText READ whenText NOTIFY loaded)
    Q_PROPERTY(int earlierVersions READ earlierVersions NOTIFY loaded)
    Q_PROPERTY(bool unsavedChanges READ unsavedChanges NOTIFY contentChanged)
    Q_PROPERTY(QString title READ title WRITE setTitle NOTIFY contentChanged)
    Q_PROPERTY(QString body READ body WRITE setBody NOTIFY contentChanged)
    Q_PROPERTY(bool hasMood READ hasMood WRITE setHasMood NOTIFY contentChanged)
    Q_PROPERTY(int mood READ mood WRITE setMood NOTIFY contentChanged)
    Q_PROPERTY(QString tagsText READ tagsText WRITE setTagsText NOTIFY contentChanged)
    Q_PROPERTY(int minimumMood READ minimumMood CONSTANT)
    Q_PROPERTY(int maximumMood READ maximumMood CONSTANT)
    Q_PROPERTY(int maximumTitleLength READ maximumTitleLength CONSTANT)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    explicit JournalEditor(QObject* parent = nullptr);

    ProfileSession* session() const { return m_session; }
    void setSession(ProfileSession* session);
    JournalDeletion* deletion() const { return m_deletion; }
    void setDeletion(JournalDeletion* deletion);
    JournalDrafts* drafts() const { return m_drafts; }
    void setDrafts(JournalDrafts* drafts);
    bool resumedDraft() const { return m_resumedDraft && unsavedChanges(); }
    bool editing() const { return !m_id.isNull(); }
    QString entryId() const { return editing() ? m_id.toString(QUuid::WithoutBraces) : QString(); }
    QString whenText() const;
    int earlierVersions() const { return m_earlierVersions; }
    bool unsavedChanges() const;
    QString title() const { return m_content.title; }
    void setTitle(const QString& title);
    QString body() const { return m_content.body; }
    void setBody(const QString& body);
    bool hasMood() const { return m_content.mood.has_value(); }
    void setHasMood(bool hasMood);
    int mood() const { return m_content.mood.value_or(m_lastMood); }
    void setMood(int mood);
    QString tagsText() const { return m_tagsText; }
    void setTagsText(const QString& text);
    int minimumMood() const { return JournalContent::kMinMood; }
    int maximumMood() const { return JournalContent::kMaxMood; }
    int maximumTitleLength() const { return JournalContent::kMaxTitleLength; }
    QString errorText() const { return m_errorText; }

    Q_INVOKABLE void startNew();
    Q_INVOKABLE bool load(const QString& entryId);
    Q_INVOKABLE bool save();
    Q_INVOKABLE bool remove();
    Q_INVOKABLE void discardChanges();

Q_SIGNALS:
    void sessionChanged();
    void deletionChanged();
    void draftsChanged();
    void loaded();
    void contentChanged();
    void errorTextChanged();
    void saved();
    void removed();

private:
    // Shows entry `id` (null: a new one) as `content`, with `draft` over it if one was kept.
    void show(const QUuid& id, const JournalContent& content, int earlierVersions,
              const std::optional<JournalDrafts::Draft>& draft = std::nullopt);
    std::optional<JournalDrafts::Draft> draftFor(const QUuid& id) const;
    // What Save would write: the form with its tags read from the text typed.
    JournalContent typed() const;
    // A sentence for what stops `content` being saved, or "".
    QString problemWith(const JournalContent& content) const;
    void edited();
    void setErrorText(const QString& text);

    QPointer<ProfileSession> m_session;
    QPointer<JournalDeletion> m_deletion;
    QPointer<JournalDrafts> m_drafts;
    QUuid m_id;
    JournalContent m_content;
    JournalContent m_unchanged;
    QString m_tagsText;
    int m_lastMood = 5; // where the mood scale starts when the client turns it on
    int m_earlierVersions = 0;
    bool m_resumedDraft = false;
    QString m_errorText;
};

} // namespace stepstone
