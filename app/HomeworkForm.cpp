#include "HomeworkForm.h"

#include "forms/QuestionnaireParser.h"
#include "forms/Translation.h"
#include "model/FormCanonical.h"
#include "store/FormStore.h"
#include "store/HomeworkStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

namespace stepstone {

namespace {

QString notYetHere() {
    return QCoreApplication::translate(
        "HomeworkForm", "This form is not on this device yet: it comes with the next sync.");
}

} // namespace

HomeworkForm::HomeworkForm(QObject* parent)
    : QObject(parent) {
    connect(&m_form, &FormSession::answersChanged, this, &HomeworkForm::keep);
}

void HomeworkForm::setSession(ProfileSession* session) {
    if (m_session == session)
        return;
    m_session = session;
    Q_EMIT sessionChanged();
}

QString HomeworkForm::language() const {
    return forms::translationLanguage(QLocale());
}

bool HomeworkForm::openForm(const QJsonObject& questionnaire, const QJsonObject& saved,
                            bool finished) {
    const auto form =
        forms::parseQuestionnaire(QJsonDocument(questionnaire).toJson(), {}, language());
    if (!form) {
        setProblem(QCoreApplication::translate("HomeworkForm", "This form cannot be opened."));
        return false;
    }
    m_form.setFinished(finished);
    m_form.open(*form, saved);
    return true;
}

bool HomeworkForm::startBuiltIn(const QString& name) {
    Profile* profile = m_session ? m_session->profile() : nullptr;
    QFile file(QStringLiteral(":/assets/forms/%1.json").arg(name));
    if (!profile || !file.open(QIODevice::ReadOnly))
        return false;
    const QJsonObject questionnaire = QJsonDocument::fromJson(file.readAll()).object();
    const FormCanonical canonical{questionnaire.value(QLatin1String("url")).toString(),
                                  questionnaire.value(QLatin1String("version")).toString()};
    if (!openForm(questionnaire, {}, false))
        return false;
    m_canonical = canonical.text();
    if (auto kept = profile->forms().keepBuiltinForm(canonical, questionnaire); !kept) {
        setProblem(kept.error().message());
        return false;
    }
    const auto started = profile->homework().startOwn(
        m_canonical, m_form.response({m_canonical, QStringLiteral("in-progress"), {}, {}}));
    if (!started) {
        setProblem(started.error().message());
        return false;
    }
    opened(*started);
    return true;
}

bool HomeworkForm::openTask(const QString& taskId) {
    Profile* profile = m_session ? m_session->profile() : nullptr;
    if (!profile)
        return false;
    const auto account = profile->accounts().current();
    if (!account || !*account) {
        setProblem(account ? QString() : account.error().message());
        return false;
    }
    const ClinicAccountId accountId = (*account)->id;
    const auto begun = profile->homework().responseForTask(accountId, taskId);
    if (!begun) {
        setProblem(begun.error().message());
        return false;
    }
    if (*begun)
        return resume(**begun);
    const auto task = profile->homework().task(accountId, taskId);
    if (!task) {
        setProblem(task.error().message());
        return false;
    }
    // Done elsewhere (on the clinic's side): nothing here to show, and no new draft for it.
    if (task->currentStatus() == QLatin1String("completed")) {
        setProblem(QCoreApplication::translate(
            "HomeworkForm", "This homework is done. Your clinic has the answers."));
        return false;
    }
    // No version yet: the sync has not found the form.
    FormCanonical canonical = FormCanonical::parse(task->form);
    canonical.version = task->formVersion.value_or(canonical.version);
    const auto questionnaire = profile->forms().clinicForm(accountId, canonical);
    if (!task->formVersion || !questionnaire || !*questionnaire) {
        setProblem(notYetHere());
        return false;
    }
    if (!openForm(**questionnaire, {}, false))
        return false;
    m_canonical = canonical.text();
    const auto started = profile->homework().startForTask(
        accountId, taskId, m_canonical,
        m_form.response({m_canonical, QStringLiteral("in-progress"), {}, {}}));
    if (!started) {
        setProblem(started.error().message());
        return false;
    }
    opened(*started);
    return true;
}

bool HomeworkForm::resume(const QString& responseId) {
    Profile* profile = m_session ? m_session->profile() : nullptr;
    if (!profile)
        return false;
    const auto saved = profile->homework().response(QUuid::fromString(responseId));
    if (!saved || saved->deletedAt)
        return false;
    return resume(*saved);
}

bool HomeworkForm::resume(const HomeworkResponse& saved) {
    Profile* profile = m_session->profile();
    const FormCanonical canonical = FormCanonical::parse(saved.questionnaire);
    const auto questionnaire = saved.account
                                   ? profile->forms().clinicForm(*saved.account, canonical)
                                   : profile->forms().builtinForm(canonical);
    if (!questionnaire || !*questionnaire) {
        setProblem(notYetHere());
        return false;
    }
    if (!openForm(**questionnaire, saved.response,
                  saved.status == HomeworkResponse::Status::Completed))
        return false;
    m_canonical = saved.questionnaire;
    opened(saved);
    return true;
}

void HomeworkForm::opened(const HomeworkResponse& response) {
    m_responseId = response.id;
    m_shared = response.account.has_value();
    setProblem({});
    Q_EMIT openedChanged();
}

void HomeworkForm::keep() {
    Profile* profile = m_session ? m_session->profile() : nullptr;
    if (!profile || m_responseId.isNull() || m_form.finished())
        return;
    const auto saved = profile->homework().saveDraft(
        m_responseId, m_form.response({m_canonical, QStringLiteral("in-progress"), {}, {}}));
    setProblem(saved ? QString() : saved.error().message());
}

bool HomeworkForm::send() {
    Profile* profile = m_session ? m_session->profile() : nullptr;
    if (!profile || m_responseId.isNull() || m_form.finished() || !m_form.checkBeforeSending())
        return false;
    const auto submitted = profile->homework().submit(
        m_responseId, m_form.response({m_canonical, QStringLiteral("completed"), {}, {}}));
    if (!submitted) {
        setProblem(submitted.error().message());
        return false;
    }
    m_form.setFinished(true);
    Q_EMIT sent();
    return true;
}

void HomeworkForm::setProblem(const QString& problem) {
    if (m_problem == problem)
        return;
    m_problem = problem;
    Q_EMIT problemChanged();
}

} // namespace stepstone
