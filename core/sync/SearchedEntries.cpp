#include "sync/SearchedEntries.h"

namespace stepstone {

namespace {

void fetchPage(FhirClient& client, const QString& target, QLatin1String what, int page,
               int maxPages, std::function<void(const QJsonObject&)> read,
               std::function<void(std::optional<FhirError>)> end) {
    client.get(target, [&client, what, page, maxPages, read = std::move(read),
                        end = std::move(end)](Result<FhirResponse, FhirError> answer) mutable {
        if (!answer)
            return end(answer.error());
        const QJsonObject& bundle = answer->body;
        if (bundle.value(QLatin1String("resourceType")).toString() != QLatin1String("Bundle") ||
            bundle.value(QLatin1String("type")).toString() != QLatin1String("searchset"))
            return end(FhirError{FhirError::Kind::Malformed, answer->httpStatus, std::nullopt,
                                 QStringLiteral("expected a searchset Bundle")});
        read(bundle);
        const QString next = fhir::nextLink(bundle);
        if (next.isEmpty())
            return end(std::nullopt);
        if (page >= maxPages)
            return end(
                FhirError{FhirError::Kind::Malformed, answer->httpStatus, std::nullopt,
                          QStringLiteral("more than %1 pages of %2").arg(maxPages).arg(what)});
        fetchPage(client, next, what, page + 1, maxPages, std::move(read), std::move(end));
    });
}

} // namespace

void fetchSearchPages(FhirClient& client, const QString& target, QLatin1String what, int maxPages,
                      std::function<void(const QJsonObject&)> page,
                      std::function<void(std::optional<FhirError>)> end) {
    fetchPage(client, target, what, 1, maxPages, std::move(page), std::move(end));
}

} // namespace stepstone
