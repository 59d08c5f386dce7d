#pragma once

#include "ProfileSession.h"
#include "model/CravingLog.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QStringList>
#include <QVariantList>

namespace stepstone {

// The form behind "Log a craving": starts with defaults that can be saved as they are, edits an
// existing log, validates, and saves or deletes through the store.
class CravingEditor : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        stepstone::ProfileSession* session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(bool editing READ editing NOTIFY loaded)
    // When the craving happened, as the client lived it ("Today, 21:30").
    Q_PROPERTY(QString whenText READ whenText NOTIFY loaded)
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
    bool editing() const { return !m_id.isNull(); }
    QString whenText() const;
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

Q_SIGNALS:
    void sessionChanged();
    void loaded();
    void intensityChanged();
    void triggersChanged();
    void noteChanged();
    void copingSkillIdChanged();
    void outcomeChanged();
    void errorTextChanged();
    void saved();
    void removed();

private:
    void setEntry(const QUuid& id, const CravingEntry& entry);
    void setErrorText(const QString& text);

    QPointer<ProfileSession> m_session;
    QUuid m_id;
    CravingEntry m_entry;
    QString m_errorText;
};

} // namespace stepstone
