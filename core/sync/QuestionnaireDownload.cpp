#include "sync/QuestionnaireDownload.h"

#include "forms/QuestionnaireParser.h"
#include "sync/mapping/FhirDateTime.h"
#include "sync/mapping/FhirJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>
#include <algorithm>

namespace stepstone {

namespace {

FhirError problem(FhirError::Kind kind, const QString& detail) {
    return FhirError{kind, 200, std::nullopt, detail};
}

bool isOver(const QString& status) {
    for (const char* done : {"completed", "cancelled", "failed", "rejected", "entered-in-error"})
        if (status == QLatin1String(done))
            return true;
    return false;
}

} // namespace

void QuestionnaireDownload::run(SyncRun& run, Done done) {
    m_done = std::move(done);
    m_wanted.clear();
    m_next = 0;
    m_firstProblem.reset();
    auto tasks = m_parts.homework.tasks(m_parts.account);
    if (!tasks)
        return end(tasks.error());
    for (const HomeworkTask& task : *tasks) {
        const FormCanonical canonical = FormCanonical::parse(task.form);
        if (canonical.url.isEmpty() || isOver(task.currentStatus()) ||
            std::find(m_wanted.begin(), m_wanted.end(), canonical) != m_wanted.end())
            continue;
        if (!canonical.version.isEmpty()) {
            auto cached = m_parts.forms.clinicForm(m_parts.account, canonical);
            if (!cached)
                return end(cached.error());
            if (*cached && task.formVersion == canonical.version)
                continue;
        }
        m_wanted.push_back(canonical);
    }
    if (m_wanted.empty())
        return end(std::nullopt);
    if (auto missing = missingAccess(run, access()))
        return end(*missing);
    fetchNext();
}

void QuestionnaireDownload::fetchNext() {
    if (m_next == m_wanted.size()) {
        if (auto evicted = m_parts.forms.evictUnused(m_parts.account); !evicted)
            return end(evicted.error());
        return end(m_firstProblem ? std::optional<SyncFailure>(*m_firstProblem) : std::nullopt);
    }
    const FormCanonical wanted = m_wanted[m_next++];
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("url"), wanted.url);
    if (!wanted.version.isEmpty())
        query.addQueryItem(QStringLiteral("version"), wanted.version);
    m_parts.client.get(QStringLiteral("Questionnaire?") + query.toString(QUrl::FullyEncoded),
                       [this, wanted](Result<FhirResponse, FhirError> answer) {
                           if (!answer) {
                               if (answer.error().isTransient() ||
                                   answer.error().kind == FhirError::Kind::SignInNeeded)
                                   return end(answer.error());
                               if (!m_firstProblem)
                                   m_firstProblem = answer.error();
                               return fetchNext();
                           }
                           auto form = choose(wanted, answer->body);
                           if (!form) {
                               if (!m_firstProblem)
                                   m_firstProblem = form.error();
                               return fetchNext();
                           }
                           if (auto kept = keep(wanted, *form); !kept)
                               return end(kept.error());
                           fetchNext();
                       });
}

Result<FormStore::ClinicForm, FhirError>
QuestionnaireDownload::choose(const FormCanonical& wanted, const QJsonObject& searchset) const {
    if (searchset.value(QLatin1String("resourceType")).toString() != QLatin1String("Bundle") ||
        searchset.value(QLatin1String("type")).toString() != QLatin1String("searchset"))
        return fail(problem(FhirError::Kind::Malformed,
                            QStringLiteral("expected a searchset Bundle of Questionnaire")));
    std::optional<QJsonObject> chosen;
    for (const auto& entry : searchset.value(QLatin1String("entry")).toArray()) {
        const QJsonObject resource = entry.toObject().value(QLatin1String("resource")).toObject();
        if (resource.value(QLatin1String("resourceType")).toString() !=
                QLatin1String("Questionnaire") ||
            resource.value(QLatin1String("url")).toString() != wanted.url)
            continue;
        const QString version = resource.value(QLatin1String("version")).toString();
        if (!wanted.version.isEmpty() && version != wanted.version)
            continue;
        if (!chosen) {
            chosen = resource;
            continue;
        }
        // Newest: an active form before any other, then the latest change.
        const auto rank = [](const QJsonObject& form) {
            return std::pair{form.value(QLatin1String("status")) == QLatin1String("active"),
                             form.value(QLatin1String("meta"))
                                 .toObject()
                                 .value(QLatin1String("lastUpdated"))
                                 .toString()};
        };
        const auto [active, updated] = rank(resource);
        const auto [chosenActive, chosenUpdated] = rank(*chosen);
        if (active != chosenActive ? active : isLaterInstant(updated, chosenUpdated))
            chosen = resource;
    }
    if (!chosen)
        return fail(
            problem(FhirError::Kind::Gone,
                    QStringLiteral("the clinic has no Questionnaire %1").arg(wanted.text())));
    const QByteArray json = QJsonDocument(*chosen).toJson(QJsonDocument::Compact);
    if (auto parsed = forms::parseQuestionnaire(json); !parsed)
        return fail(problem(FhirError::Kind::Malformed,
                            QStringLiteral("Questionnaire %1 cannot be read: %2")
                                .arg(wanted.text(), parsed.error().describe())));
    const QJsonObject meta = chosen->value(QLatin1String("meta")).toObject();
    return FormStore::ClinicForm{{wanted.url, chosen->value(QLatin1String("version")).toString()},
                                 chosen->value(QLatin1String("id")).toString(),
                                 meta.value(QLatin1String("versionId")).toString(),
                                 *chosen};
}

Result<void, StoreError> QuestionnaireDownload::keep(const FormCanonical& wanted,
                                                     const FormStore::ClinicForm& form) {
    if (auto kept = m_parts.forms.keepClinicForm(m_parts.account, form); !kept)
        return fail(kept.error());
    auto tasks = m_parts.homework.tasks(m_parts.account);
    if (!tasks)
        return fail(tasks.error());
    for (const HomeworkTask& task : *tasks)
        if (FormCanonical::parse(task.form) == wanted)
            if (auto set = m_parts.homework.setFormVersion(m_parts.account, task.id,
                                                           form.canonical.version);
                !set)
                return set;
    return {};
}

void QuestionnaireDownload::end(std::optional<SyncFailure> failure) {
    m_wanted.clear();
    if (auto done = std::exchange(m_done, nullptr))
        done(std::move(failure));
}

} // namespace stepstone
