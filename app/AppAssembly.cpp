#include "AppAssembly.h"

#include "OfflineNetworkAccess.h"
#include "ResourceOnlyUrls.h"

#include <QCoreApplication>
#include <QQmlEngine>
#include <QTranslator>

namespace stepstone {

namespace {

CopingSkillCatalog builtInSkills(const QLocale& locale) {
    auto catalog = CopingSkillCatalog::load(QStringLiteral(":/assets/coping-skills.json"), locale);
    // The file is compiled into the binary; a broken one is a build defect, not a client's.
    if (!catalog)
        qFatal("Built-in coping skills unreadable: %s", qPrintable(catalog.error()));
    return std::move(*catalog);
}

} // namespace

AppAssembly::AppAssembly(const QString& dataDir, SecretStore& secrets, const Clock& clock,
                         const QLocale& locale, AuthorizationBrowser& browser,
                         const ColorSchemeSource& systemColorScheme)
    : m_session(dataDir, secrets, clock)
    , m_skills(builtInSkills(locale))
    , m_clinic({m_session, secrets, clock, browser})
    , m_sharing(m_session, m_clinic)
    , m_colorScheme(systemColorScheme) {
    ProfileSession::setInstance(&m_session);
    CopingSkillList::setInstance(&m_skills);
    ClinicConnection::setInstance(&m_clinic);
    CravingSharing::setInstance(&m_sharing);
    ColorScheme::setInstance(&m_colorScheme);
    SystemFont::setInstance(&m_font);
}

AppAssembly::~AppAssembly() {
    ProfileSession::setInstance(nullptr);
    CopingSkillList::setInstance(nullptr);
    ClinicConnection::setInstance(nullptr);
    CravingSharing::setInstance(nullptr);
    ColorScheme::setInstance(nullptr);
    SystemFont::setInstance(nullptr);
}

void AppAssembly::prepare(QQmlEngine& engine) {
    // Neither keeps state per engine; the engine does not own them.
    static ResourceOnlyUrls resourceOnly;
    static OfflineNetworkAccess offline;
    engine.addImportPath(QStringLiteral("qrc:/"));
    engine.addUrlInterceptor(&resourceOnly);
    engine.setNetworkAccessManagerFactory(&offline);
}

QTranslator* installTranslations(const QLocale& locale) {
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, QStringLiteral("stepstone"), QStringLiteral("_"),
                         QStringLiteral(":/i18n")) &&
        QCoreApplication::installTranslator(translator))
        return translator;
    delete translator;
    return nullptr;
}

} // namespace stepstone
