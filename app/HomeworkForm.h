#pragma once

#include "FormSession.h"
#include "ProfileSession.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QUuid>

namespace stepstone {

// One homework form open for the client, kept in the encrypted store as they answer: a built-in
// form they start on their own, or a draft resumed. Every answer is saved at once (a killed app
// loses nothing); Send keeps it completed once nothing needed is missing.
class HomeworkForm : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        stepstone::ProfileSession* session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(stepstone::FormSession* form READ form CONSTANT)
    // The draft's id once one is open, "" before.
    Q_PROPERTY(QString responseId READ responseId NOTIFY openedChanged)
    // What went wrong keeping the answers, in words; "" when all is kept.
    Q_PROPERTY(QString problem READ problem NOTIFY problemChanged)

public:
    explicit HomeworkForm(QObject* parent = nullptr);

    ProfileSession* session() const { return m_session; }
    void setSession(ProfileSession* session);
    FormSession* form() { return &m_form; }
    QString responseId() const {
        return m_responseId.isNull() ? QString() : m_responseId.toString(QUuid::WithoutBraces);
    }
    QString problem() const { return m_problem; }

    // Starts the app's own form `name` (assets/forms/<name>.json) as a new draft on this device.
    Q_INVOKABLE bool startBuiltIn(const QString& name);
    // Opens a saved draft again, on the form version it began on.
    Q_INVOKABLE bool resume(const QString& responseId);
    // Keeps the response completed when nothing needed is missing; false (with the questions to
    // look at shown by the form) when something is.
    Q_INVOKABLE bool send();

Q_SIGNALS:
    void sessionChanged();
    void openedChanged();
    void problemChanged();
    void sent();

private:
    void keep();
    void setProblem(const QString& problem);
    bool openForm(const QJsonObject& questionnaire, const QJsonObject& saved);
    QString language() const;

    QPointer<ProfileSession> m_session;
    FormSession m_form;
    QUuid m_responseId;
    QString m_canonical;
    QString m_problem;
};

} // namespace stepstone
