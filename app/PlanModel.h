#pragma once

#include "ProfileSession.h"
#include "QmlSingleton.h"
#include "catalog/PlanQuestionnaire.h"
#include "model/RelapsePlan.h"

#include <QAbstractListModel>
#include <QQmlEngine>
#include <QStringList>
#include <QVariantList>

namespace stepstone {

// The client's relapse-prevention plan for the interface: one row per section of the built-in
// plan Questionnaire, in its order, each with what the client wrote. Every change (add, change,
// remove, move) is saved at once; what cannot be saved is said in words and the form keeps it.
// The same plan feeds "I need help now" and the offer after a high craving (copingSteps,
// people). Empty, never an error, while the profile is locked.
class PlanModel : public QAbstractListModel, public QmlSingleton<PlanModel> {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString title READ title CONSTANT)
    // Whether the plan can be read and written now (the profile is open).
    Q_PROPERTY(bool available READ available NOTIFY planChanged)
    Q_PROPERTY(QStringList copingSteps READ copingSteps NOTIFY planChanged)
    // The client's people, then their professionals: name, phone, whenToCall, callable, note.
    Q_PROPERTY(QVariantList people READ people NOTIFY planChanged)
    // What the offer after a strong craving shows: enough to act on now, not the whole plan.
    Q_PROPERTY(QStringList firstCopingSteps READ firstCopingSteps NOTIFY planChanged)
    Q_PROPERTY(QVariantList firstPeople READ firstPeople NOTIFY planChanged)
    Q_PROPERTY(int maximumTextLength READ maximumTextLength CONSTANT)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    enum Role {
        LinkIdRole = Qt::UserRole + 1,
        TitleRole,
        HelpRole,
        ContactsRole, // a list of people (name, phone) rather than of lines
        AsksWhenRole, // people with "when to call"
        EntriesRole,  // what the client wrote: text, phone, whenToCall, callable, note
        EntryCountRole,
    };

    PlanModel(PlanQuestionnaire questionnaire, ProfileSession& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString title() const { return m_questionnaire.title(); }
    bool available() const { return m_session.profile() != nullptr; }
    QStringList copingSteps() const;
    QVariantList people() const;
    QStringList firstCopingSteps() const { return copingSteps().mid(0, 3); }
    // The high-craving offer's people: the first two a phone can call.
    QVariantList firstPeople() const;
    int maximumTextLength() const { return PlanEntry::kMaxTextLength; }
    QString errorText() const { return m_errorText; }

    Q_INVOKABLE bool add(const QString& linkId, const QString& text, const QString& phone = {},
                         const QString& whenToCall = {});
    Q_INVOKABLE bool replace(const QString& linkId, int index, const QString& text,
                             const QString& phone = {}, const QString& whenToCall = {});
    Q_INVOKABLE bool remove(const QString& linkId, int index);
    Q_INVOKABLE bool move(const QString& linkId, int from, int to);
    Q_INVOKABLE void clearError() { setErrorText({}); }

Q_SIGNALS:
    void planChanged();
    void errorTextChanged();

private:
    void watchStore();
    void reload();
    // Checks `entry` for the section; an empty string when it can be kept, else why not.
    QString problemWith(const PlanEntry& entry) const;
    bool save(PlanContent content);
    QVariantMap entryMap(const PlanEntry& entry) const;
    void setErrorText(const QString& text);

    const PlanQuestionnaire m_questionnaire;
    ProfileSession& m_session;
    RelapsePlan m_plan;
    QString m_errorText;
    bool m_watching = false;
};

} // namespace stepstone
