#pragma once

#include "ClinicConnection.h"
#include "CopingSkillList.h"
#include "CravingDeletion.h"
#include "CravingDrafts.h"
#include "CravingSharing.h"
#include "ProfileSession.h"

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

    AppAssembly(const QString& dataDir, SecretStore& secrets, const Clock& clock,
                const QLocale& locale, AuthorizationBrowser& browser);
    ~AppAssembly();
    AppAssembly(const AppAssembly&) = delete;
    AppAssembly& operator=(const AppAssembly&) = delete;

    ProfileSession& session() { return m_session; }
    CopingSkillList& skills() { return m_skills; }
    ClinicConnection& clinic() { return m_clinic; }

    // Import paths the QML module needs on Qt 6.4 (no loadFromModule).
    static void prepare(QQmlEngine& engine);

private:
    ProfileSession m_session;
    CopingSkillList m_skills;
    ClinicConnection m_clinic;
    CravingSharing m_sharing;
    CravingDrafts m_drafts;
    CravingDeletion m_deletion;
};

// Installs the translation for `locale` on the application, if one ships; returns it (owned by
// the application) or null.
QTranslator* installTranslations(const QLocale& locale);

} // namespace stepstone
