#include "UiHarness.h"

#include "auth/SmartGrant.h"
#include "sync/SyncSteps.h"

#include <QAccessible>
#include <QDeadlineTimer>
#include <QDir>
#include <QTest>
#include <QTranslator>
#include <gtest/gtest.h>
#include <optional>

namespace stepstone::test {

namespace {

void collect(QQuickItem* item, const std::function<void(QQuickItem*)>& visit) {
    if (!item || !item->isVisible())
        return;
    visit(item);
    for (QQuickItem* child : item->childItems())
        collect(child, visit);
}

} // namespace

UiHarness::UiHarness(const QLocale& locale, const QDateTime& now)
    : UiHarness([&] {
        Options options;
        options.locale = locale;
        options.now = now;
        return options;
    }()) {}

UiHarness::UiHarness(Options options)
    : m_clock(options.now) {
    const QLocale& locale = options.locale;
    QLocale::setDefault(locale);
    m_translator = installTranslations(locale);
    m_colorScheme.set(ColorSchemePreference::Light);
    m_secrets.failWith(options.keychainFailure);
    m_assembly = std::make_unique<AppAssembly>(
        options.dataDir.isEmpty() ? m_dir.path() : options.dataDir, m_secrets, m_clock, locale,
        m_browser, options.systemColorScheme ? *options.systemColorScheme : m_colorScheme,
        options.notifier ? *options.notifier : m_notifier, std::move(options.linkSettings));
    AppAssembly::prepare(m_engine);
    QObject::connect(&m_engine, &QQmlEngine::warnings, [this](const QList<QQmlError>& warnings) {
        for (const QQmlError& warning : warnings)
            m_warnings << warning.toString();
    });
    m_engine.load(QUrl(QString::fromLatin1(AppAssembly::kMainQml)));
    if (!m_engine.rootObjects().isEmpty())
        m_window = qobject_cast<QQuickWindow*>(m_engine.rootObjects().first());
    if (m_window) {
        m_window->show();
        // Shortcuts need the active window; with no window manager (Xvfb) nothing activates it.
        m_window->requestActivate();
        if (!QTest::qWaitForWindowExposed(m_window) || !QTest::qWaitForWindowActive(m_window))
            m_window = nullptr;
    }
    if (options.opening == Opening::KeychainHeld)
        m_secrets.holdAnswers();
    session().open();
    if (options.opening == Opening::KeychainHeld)
        return;
    if (!QTest::qWaitFor([this] { return session().state() != ProfileSession::State::Opening; }))
        m_window = nullptr;
    else if (options.signedInAt.isValid())
        signInAt(options.signedInAt);
}

UiHarness::~UiHarness() {
    m_secrets.releaseAnswers(); // an open under way must end before the assembly goes
    if (m_window)
        m_window->close();
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator);
        delete m_translator;
    }
    QLocale::setDefault(QLocale::system());
}

ClinicAccountId UiHarness::clinicAccount() {
    if (auto current = profile().accounts().current(); current && *current)
        return (*current)->id;
    auto account = profile().accounts().use(QUrl(QStringLiteral("https://clinic.example/fhir")),
                                            QStringLiteral("alex-rivera"),
                                            ClinicAccounts::EarlierState::LetGo);
    EXPECT_TRUE(account.ok());
    return account.ok() ? account->id : ClinicAccountId{};
}

void UiHarness::signInAt(const QUrl& fhirBase) {
    SmartGrant grant;
    grant.fhirBase = fhirBase;
    grant.clientId = QStringLiteral("stepstone");
    grant.tokenEndpoint = QUrl(fhirBase.toString() + QStringLiteral("/token"));
    grant.patientId = QStringLiteral("alex-rivera");
    grant.grantedScopes = requestedScopes(ScopeStyle::V2, syncAccess());
    grant.refreshToken = QStringLiteral("refresh-token");
    grant.accessToken = QStringLiteral("access-token");
    grant.accessTokenExpiry = m_clock.now().addSecs(3600);
    ASSERT_TRUE(m_assembly->link());
    m_assembly->link()->adopt(std::move(grant));
}

void UiHarness::setSystemColorScheme(ColorSchemePreference preference) {
    m_colorScheme.set(preference);
    QTest::qWait(50);
}

void UiHarness::resize(int width, int height) {
    m_window->resize(width, height);
    const bool resized =
        QTest::qWaitFor([&] { return m_window->width() == width && m_window->height() == height; });
    Q_UNUSED(resized) // a window manager may refuse; the screenshots then show what it allowed
    QTest::qWait(50);
}

QQuickItem* UiHarness::find(const QString& objectName) const {
    QQuickItem* found = nullptr;
    collect(m_window->contentItem(), [&](QQuickItem* item) {
        if (!found && item->objectName() == objectName)
            found = item;
    });
    return found;
}

QList<QQuickItem*> UiHarness::findAll(const QString& objectName, QQuickItem* root) const {
    QList<QQuickItem*> found;
    collect(root ? root : m_window->contentItem(), [&](QQuickItem* item) {
        if (item->objectName() == objectName)
            found << item;
    });
    return found;
}

QQuickItem* UiHarness::waitFor(const QString& objectName, int timeoutMs) const {
    if (!QTest::qWaitFor([&] { return find(objectName) != nullptr; }, timeoutMs))
        return nullptr;
    waitUntilSettled(objectName, timeoutMs);
    return find(objectName);
}

bool UiHarness::pageIsMoving() const {
    bool moving = false;
    collect(m_window->contentItem(), [&](QQuickItem* item) {
        if (item->inherits("QQuickStackView") && item->property("busy").toBool())
            moving = true;
    });
    return moving;
}

// A tap lands where the item is drawn only once no page is sliding and the item has stopped, which
// takes longer the busier the machine is; a fixed pause was once too short under CI's load.
void UiHarness::waitUntilSettled(const QString& objectName, int timeoutMs) const {
    constexpr int kPollMs = 50;
    constexpr int kStillPolls = 2;
    auto centre = [&]() -> std::optional<QPointF> {
        const QQuickItem* item = find(objectName);
        if (!item)
            return std::nullopt;
        return item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
    };
    std::optional<QPointF> last = centre();
    int still = 0;
    QDeadlineTimer deadline(timeoutMs);
    while (still < kStillPolls && !deadline.hasExpired()) {
        QTest::qWait(kPollMs);
        const std::optional<QPointF> now = centre();
        still = (now == last && !pageIsMoving()) ? still + 1 : 0;
        last = now;
    }
}

void UiHarness::scrollIntoView(QQuickItem* item) {
    for (QQuickItem* holder = item->parentItem(); holder; holder = holder->parentItem()) {
        if (!holder->inherits("QQuickFlickable"))
            continue;
        const QRectF area =
            item->mapRectToItem(holder, QRectF(0, 0, item->width(), item->height()));
        if (area.top() >= 0 && area.bottom() <= holder->height())
            continue;
        const qreal top = holder->property("originY").toReal();
        const qreal bottom =
            top + std::max(0.0, holder->property("contentHeight").toReal() - holder->height());
        const qreal wanted = holder->property("contentY").toReal() + area.top() -
                             std::max(0.0, (holder->height() - area.height()) / 2);
        holder->setProperty("contentY", std::clamp(wanted, top, bottom));
        QTest::qWait(50);
    }
}

bool UiHarness::topIsInView(const QQuickItem* item) const {
    constexpr qreal kTopShown = 24;
    for (QQuickItem* holder = item->parentItem(); holder; holder = holder->parentItem()) {
        if (!holder->inherits("QQuickFlickable"))
            continue;
        const qreal top = item->mapToItem(holder, QPointF(0, 0)).y();
        if (top < 0 || top + std::min(kTopShown, item->height()) > holder->height())
            return false;
    }
    return true;
}

void UiHarness::tap(QQuickItem* item, QPointF relative) {
    scrollIntoView(item);
    const QPointF local(item->width() * relative.x(), item->height() * relative.y());
    const QPoint point = item->mapToScene(local).toPoint();
    QTest::mouseClick(m_window, Qt::LeftButton, Qt::NoModifier, point);
    QTest::qWait(50);
}

void UiHarness::key(int key, Qt::KeyboardModifiers modifiers) {
    QTest::keyClick(m_window, Qt::Key(key), modifiers);
    QTest::qWait(50);
}

void UiHarness::type(const QString& text) {
    for (QChar character : text)
        QTest::sendKeyEvent(QTest::Click, m_window, Qt::Key_unknown, QString(character),
                            Qt::NoModifier);
    QTest::qWait(50);
}

void UiHarness::goTo(Destination destination) {
    constexpr int kWithAShortcut = 10;
    const int index = int(destination);
    if (index < kWithAShortcut) {
        key(index < 9 ? Qt::Key_1 + index : Qt::Key_0, Qt::ControlModifier);
        return;
    }
    QObject* shell = find(QStringLiteral("rootLoader"))->property("item").value<QObject*>();
    QMetaObject::invokeMethod(shell, "showPage", Q_ARG(QVariant, index));
}

QString UiHarness::screenshot(const QString& name) const {
    QDir().mkpath(QStringLiteral(STEPSTONE_SCREENSHOT_DIR));
    const QString path = QStringLiteral(STEPSTONE_SCREENSHOT_DIR "/") + name + ".png";
    m_window->grabWindow().save(path);
    return path;
}

QString UiHarness::textOf(const QString& objectName) const {
    QQuickItem* item = find(objectName);
    return item ? item->property("text").toString() : QString();
}

QString UiHarness::visibleText() const {
    QStringList texts;
    collect(m_window->contentItem(), [&](QQuickItem* item) {
        const QVariant text = item->property("text");
        if (item->inherits("QQuickText") && text.isValid())
            texts << text.toString();
    });
    return texts.join(u'\n');
}

QList<QQuickItem*> UiHarness::focusableItems() const {
    QList<QQuickItem*> focusable;
    collect(m_window->contentItem(), [&](QQuickItem* item) {
        const QVariant policy = item->property("focusPolicy");
        const bool control =
            item->inherits("QQuickControl") && policy.isValid() && policy.toInt() != Qt::NoFocus;
        if (control || item->activeFocusOnTab())
            focusable << item;
    });
    return focusable;
}

QString UiHarness::describe(const QQuickItem* item) {
    return QStringLiteral("%1 '%2'").arg(QString::fromLatin1(item->metaObject()->className()),
                                         item->objectName());
}

QStringList UiHarness::controlsWithoutAccessibleName() const {
    QStringList unnamed;
    for (QQuickItem* item : focusableItems()) {
        if (!item->inherits("QQuickControl"))
            continue;
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(item);
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
            unnamed << describe(item);
    }
    return unnamed;
}

std::vector<CravingLog> UiHarness::savedLogs() {
    auto logs = session().cravingLogs()->recent(100);
    return logs ? std::move(*logs) : std::vector<CravingLog>{};
}

} // namespace stepstone::test
