#include "DemoMode.h"

#include "DemoClinicBrowser.h"

#include <QCommandLineParser>

namespace stepstone::demo {

namespace {
const QString kClinicOption = QStringLiteral("demo-clinic");
const QString kLoginOption = QStringLiteral("demo-login");
} // namespace

void addOptions(QCommandLineParser& parser) {
    parser.addOption(
        {kClinicOption,
         QStringLiteral("Sign in at the local demo clinic with this FHIR base URL "
                        "(tests/clinic-server with --auto-consent; this device only)."),
         QStringLiteral("url")});
    parser.addOption({kLoginOption, QStringLiteral("The demo client to sign in as (default alex)."),
                      QStringLiteral("login"), QStringLiteral("alex")});
}

std::optional<Demo> fromArguments(const QCommandLineParser& parser) {
    if (!parser.isSet(kClinicOption))
        return std::nullopt;
    return Demo{std::make_unique<DemoClinicBrowser>(parser.value(kLoginOption)),
                QUrl(parser.value(kClinicOption))};
}

} // namespace stepstone::demo
