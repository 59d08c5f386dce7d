#pragma once

#include "FormSession.h"
#include "ProfileSession.h"
#include "model/HomeworkResponse.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QUuid>

namespace stepstone {

// One homework form open for the client, kept in the encrypted store as they answer: a Task the
// clinic assigned, a built-in form they start on their own, or a draft resumed. Every answer is
// saved at once (a killed app loses nothing); Send keeps it completed once nothing needed is
// missing. A form already sent opens finished: its answers shown, none can change.
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
    // The answers go to the clinic once sent (homework it assigned); false for the client's own.
    Q_PROPERTY(bool shared READ shared NOTIFY openedChanged)

public:
    explicit HomeworkForm(QObject* parent = nullptr);

    ProfileSession* session() const { return m_session; }
    void setSession(ProfileSession* session);
    FormSession* form() { return &m_form; }
    QString responseId() const {
        return m_responseId.isNull() ? QString() : m_responseId.toString(QUuid::WithoutBraces);
    }
    QString problem() const { return m_problem; }
    bool shared() const { return m_shared; }

    // Starts the app's own form `name` (assets/forms/<name>.json) as a new draft on this device.
    Q_INVOKABLE bool startBuiltIn(const QString& name);
    // Opens the Task of the clinic account in use: its draft, or a new one on the form version the
    // last sync found for it.
    Q_INVOKABLE bool openTask(const QString& taskId);
    // Opens a saved response again, on the form version it began on: a draft to go on with, or
    // sent answers to read.
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
    bool openForm(const QJsonObject& questionnaire, const QJsonObject& saved, bool finished);
    bool resume(const HomeworkResponse& saved);
    void opened(const HomeworkResponse& response);
    QString language() const;

    QPointer<ProfileSession> m_session;
    FormSession m_form;
    QUuid m_responseId;
    QString m_canonical;
    QString m_problem;
    bool m_shared = false;
};

} // namespace stepstone
