#pragma once

#include "ClinicConnection.h"
#include "ColorScheme.h"
#include "CopingSkillList.h"
#include "CravingSharing.h"
#include "ProfileSession.h"
#include "SystemFont.h"

#include <QLocale>
#include <QString>

class QQmlEngine;
class QTranslator;

namespace stepstone {

// The view-layer services of one running app, built from the platform services main.cpp made,
// and handed to QML as singletons. The UI tests build the very same assembly.
class AppAssembly {
public:
    static constexpr char kMainQml[] = "qrc:/Stepstone/qml/Main.qml";
    // The Qt Quick Controls style (qml/style): focus rings, touch targets, plain text, theme
    // colours for every control. Set with QQuickStyle before the first engine loads.
    static constexpr char kStyle[] = "StepstoneStyle";

    AppAssembly(const QString& dataDir, SecretStore& secrets, const Clock& clock,
                const QLocale& locale, AuthorizationBrowser& browser,
                const ColorSchemeSource& systemColorScheme);
    ~AppAssembly();
    AppAssembly(const AppAssembly&) = delete;
    AppAssembly& operator=(const AppAssembly&) = delete;

    ProfileSession& session() { return m_session; }
    CopingSkillList& skills() { return m_skills; }
    ClinicConnection& clinic() { return m_clinic; }
    ColorScheme& colorScheme() { return m_colorScheme; }

    // Import paths the QML module needs on Qt 6.4 (no loadFromModule), and the engine's limits:
    // it loads only the app's resources and Qt's own modules, and nothing from the network.
    static void prepare(QQmlEngine& engine);

private:
    ProfileSession m_session;
    CopingSkillList m_skills;
    ClinicConnection m_clinic;
    CravingSharing m_sharing;
    ColorScheme m_colorScheme;
    SystemFont m_font;
};

// Installs the translation for `locale` on the application, if one ships; returns it (owned by
// the application) or null.
QTranslator* installTranslations(const QLocale& locale);

} // namespace stepstone
