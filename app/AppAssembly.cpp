#include "AppAssembly.h"

#include "OfflineNetworkAccess.h"
#include "ResourceOnlyUrls.h"

#include <QCoreApplication>
#include <QDir>
#include <QNetworkInformation>
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

PlanQuestionnaire builtInPlan(const QLocale& locale) {
    auto plan =
        PlanQuestionnaire::load(QStringLiteral(":/assets/relapse-prevention-plan.json"), locale);
    if (!plan)
        qFatal("Built-in plan Questionnaire unreadable: %s", qPrintable(plan.error()));
    return std::move(*plan);
}

// Only "no network at all" holds the sync back: a clinic on this device or on the local
// network can still be reached when the system sees no internet.
bool isOnline(QNetworkInformation::Reachability reachability) {
    return reachability != QNetworkInformation::Reachability::Disconnected;
}

CrisisLineChoice chosenCrisisLines(const QString& dataDir, const QLocale& locale) {
    auto builtIn = CrisisLines::load(QStringLiteral(":/assets/crisis-lines.json"), locale);
    if (!builtIn)
        qFatal("Built-in crisis lines unreadable: %s", qPrintable(builtIn.error()));
    return chooseCrisisLines(QDir(dataDir).filePath(QLatin1String(AppAssembly::kClinicCrisisLines)),
                             *builtIn, locale);
}

} // namespace

AppAssembly::AppAssembly(const QString& dataDir, SecretStore& secrets, const Clock& clock,
                         const QLocale& locale, AuthorizationBrowser& browser,
                         const ColorSchemeSource& systemColorScheme, Notifier& notifier,
                         ClinicLink::Settings linkSettings)
    : m_secrets(secrets)
    , m_browser(browser)
    , m_linkSettings(std::move(linkSettings))
    , m_session(dataDir, secrets, clock)
    , m_skills(builtInSkills(locale))
    , m_crisisLines(chosenCrisisLines(dataDir, locale))
    , m_clinic(clock)
    , m_sharing(m_session)
    , m_deletion(m_session)
    , m_journalDeletion(m_session)
    , m_meetingDeletion(m_session)
    , m_medicationDeletion(m_session)
    , m_colorScheme(systemColorScheme)
    , m_plan(builtInPlan(locale), m_session)
    , m_offer(m_session)
    , m_urgeTimer(clock)
    , m_checkIn(m_session)
    , m_lapses(m_session)
    , m_lapseDeletion(m_session)
    , m_reminders(m_session, notifier, clock)
    , m_reminderSettings(m_session)
    , m_calendarFile(m_session, clock, CalendarFile::defaultPath()) {
    ProfileSession::setInstance(&m_session);
    CopingSkillList::setInstance(&m_skills);
    CrisisLineList::setInstance(&m_crisisLines);
    ContactActions::setInstance(&m_contacts);
    ClinicConnection::setInstance(&m_clinic);
    CravingSharing::setInstance(&m_sharing);
    CravingDrafts::setInstance(&m_drafts);
    CravingDeletion::setInstance(&m_deletion);
    JournalDeletion::setInstance(&m_journalDeletion);
    MeetingDeletion::setInstance(&m_meetingDeletion);
    MedicationDeletion::setInstance(&m_medicationDeletion);
    JournalDrafts::setInstance(&m_journalDrafts);
    ColorScheme::setInstance(&m_colorScheme);
    SystemFont::setInstance(&m_font);
    PlanModel::setInstance(&m_plan);
    HighCravingOffer::setInstance(&m_offer);
    UrgeTimer::setInstance(&m_urgeTimer);
    CheckInToday::setInstance(&m_checkIn);
    LapseHistory::setInstance(&m_lapses);
    LapseDeletion::setInstance(&m_lapseDeletion);
    ReminderDelivery::setInstance(&m_reminders);
    ReminderSettingsModel::setInstance(&m_reminderSettings);
    CalendarFile::setInstance(&m_calendarFile);
    m_urgeTimer.setSteps(m_plan.copingSteps());
    QObject::connect(&m_plan, &PlanModel::planChanged, &m_urgeTimer,
                     [this] { m_urgeTimer.setSteps(m_plan.copingSteps()); });
    QObject::connect(&m_session, &ProfileSession::stateChanged, &m_session,
                     [this] { linkProfileWhenOpen(); });
    linkProfileWhenOpen();
}

void AppAssembly::linkProfileWhenOpen() {
    Profile* profile = m_session.profile();
    if (m_link || !profile)
        return;
    m_link =
        std::make_unique<ClinicLink>(ClinicLink::Parts{*profile, m_network, m_secrets, m_browser,
                                                       m_session.clinicGrantEntryName()},
                                     m_linkSettings);
    followNetwork();
    m_clinic.setLink(m_link.get());
}

void AppAssembly::followNetwork() {
    if (!QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
        return;
    QNetworkInformation* network = QNetworkInformation::instance();
    m_link->setOnline(isOnline(network->reachability()));
    QObject::connect(network, &QNetworkInformation::reachabilityChanged, m_link.get(),
                     [link = m_link.get()](QNetworkInformation::Reachability reachability) {
                         link->setOnline(isOnline(reachability));
                     });
}

AppAssembly::~AppAssembly() {
    m_clinic.setLink(nullptr);
    m_link.reset();
    ProfileSession::setInstance(nullptr);
    CopingSkillList::setInstance(nullptr);
    CrisisLineList::setInstance(nullptr);
    ContactActions::setInstance(nullptr);
    ClinicConnection::setInstance(nullptr);
    CravingSharing::setInstance(nullptr);
    CravingDrafts::setInstance(nullptr);
    CravingDeletion::setInstance(nullptr);
    JournalDeletion::setInstance(nullptr);
    MeetingDeletion::setInstance(nullptr);
    MedicationDeletion::setInstance(nullptr);
    JournalDrafts::setInstance(nullptr);
    ColorScheme::setInstance(nullptr);
    SystemFont::setInstance(nullptr);
    PlanModel::setInstance(nullptr);
    HighCravingOffer::setInstance(nullptr);
    UrgeTimer::setInstance(nullptr);
    CheckInToday::setInstance(nullptr);
    LapseHistory::setInstance(nullptr);
    LapseDeletion::setInstance(nullptr);
    ReminderDelivery::setInstance(nullptr);
    ReminderSettingsModel::setInstance(nullptr);
    CalendarFile::setInstance(nullptr);
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
