#include "UiHarness.h"

#include <QFontMetricsF>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace stepstone;
using namespace stepstone::test;

namespace {

// A loopback listener that serves nothing and counts every connection made to it.
class CountingListener {
public:
    CountingListener() {
        m_server.listen(QHostAddress::LocalHost);
        QObject::connect(&m_server, &QTcpServer::newConnection, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                ++m_connections;
                socket->deleteLater();
            }
        });
    }
    QString url(const QString& path) const {
        return QStringLiteral("http://127.0.0.1:%1/%2").arg(m_server.serverPort()).arg(path);
    }
    int connections() const { return m_connections; }

private:
    QTcpServer m_server;
    int m_connections = 0;
};

// What a session note written to spy on the client looks like.
QString hostile(const QString& words, const CountingListener& listener) {
    return words + QStringLiteral(" <b>bold</b> <img src=\"%1\">").arg(listener.url("x.png"));
}

struct ShownText {
    QString text;
    int textFormat = -1;
    qreal implicitWidth = 0;
    qreal widthAsWritten = 0; // the whole string, tags and all, in the item's font
};

QList<ShownText> shownTextsContaining(const UiHarness& ui, const QString& part) {
    QList<ShownText> found;
    std::function<void(QQuickItem*)> visit = [&](QQuickItem* item) {
        if (!item->isVisible())
            return;
        const QString text = item->property("text").toString();
        if (item->inherits("QQuickText") && text.contains(part)) {
            const QFontMetricsF metrics(item->property("font").value<QFont>());
            found.append({text, item->property("textFormat").toInt(),
                          item->property("implicitWidth").toReal(),
                          metrics.horizontalAdvance(text)});
        }
        for (QQuickItem* child : item->childItems())
            visit(child);
    };
    visit(ui.window()->contentItem());
    return found;
}

constexpr int kPlainText = 0; // Text.PlainText

} // namespace

// Anyone who can write a session note must not learn when the client opened the app, nor style
// what the client reads: the markup shows as the characters written, and nothing is fetched.
TEST(ClinicText, MarkupInASessionIsShownAsWrittenAndFetchesNothing) {
    CountingListener listener;
    UiHarness ui;
    ASSERT_TRUE(ui.window());
    ui.resize(1280, 800);

    Session session;
    session.id = QStringLiteral("s-hostile");
    session.versionId = QStringLiteral("v1");
    session.kind = Session::Kind::Group;
    session.status = Session::Status::Booked;
    session.start = ui.now().addDays(1);
    session.end = session.start.addSecs(3600);
    session.title = hostile(QStringLiteral("Group"), listener);
    session.place = hostile(QStringLiteral("Room 2"), listener);
    session.comment = hostile(QStringLiteral("Bring your diary"), listener);
    ASSERT_TRUE(ui.profile().sessions().replace(ui.clinicAccount(), session).ok());
    ui.profile().sessions().announceChanges();

    CravingEntry craving;
    craving.occurredAt = ui.now();
    craving.note = hostile(QStringLiteral("After work"), listener);
    ASSERT_TRUE(ui.session().cravingLogs()->add(craving).ok());

    ui.goTo(UiHarness::Destination::Sessions);
    ASSERT_TRUE(ui.waitFor(QStringLiteral("sessionsPage")));
    ASSERT_TRUE(QTest::qWaitFor([&] { return shownTextsContaining(ui, "<b>").size() >= 3; }));
    QList<ShownText> shown = shownTextsContaining(ui, QStringLiteral("<b>bold</b>"));
    ui.goTo(UiHarness::Destination::Today);
    ASSERT_TRUE(ui.waitFor(QStringLiteral("todayPage")));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !shownTextsContaining(ui, "After work").isEmpty(); }));
    shown += shownTextsContaining(ui, QStringLiteral("<b>bold</b>"));
    QTest::qWait(500); // time for any fetch to reach the listener

    EXPECT_EQ(shown.size(), 6)
        << "title, place and comment on Sessions; on Today the craving note and the next "
           "session's title and place";
    for (const ShownText& text : shown) {
        EXPECT_EQ(text.textFormat, kPlainText) << qPrintable(text.text);
        // Tags read as markup are left out of the layout; written out, they take their room.
        EXPECT_GE(text.implicitWidth, 0.95 * text.widthAsWritten) << qPrintable(text.text);
    }
    EXPECT_EQ(listener.connections(), 0) << "the app fetched the image named in clinic text";
    ui.screenshot(QStringLiteral("desktop-today-markup-as-text"));
}

// The engine itself refuses what is not the app's: an image from the network, a component from
// a file elsewhere on disk.
TEST(ClinicText, TheEngineLoadsNothingButTheAppsOwnResources) {
    CountingListener listener;
    QTemporaryDir elsewhere;
    ASSERT_TRUE(elsewhere.isValid());
    QImage(4, 4, QImage::Format_RGB32).save(elsewhere.filePath(QStringLiteral("x.png")));
    QFile component(elsewhere.filePath(QStringLiteral("Other.qml")));
    ASSERT_TRUE(component.open(QIODevice::WriteOnly));
    component.write("import QtQuick\nItem {}\n");
    component.close();

    QQmlEngine engine;
    AppAssembly::prepare(engine);
    QQmlComponent probe(&engine);
    probe.setData(
        QStringLiteral("import QtQuick\n"
                       "Item {\n"
                       "  property alias remote: remote\n"
                       "  property alias local: local\n"
                       "  property alias loader: loader\n"
                       "  Image { id: remote; source: '%1' }\n"
                       "  Image { id: local; source: '%2' }\n"
                       "  Loader { id: loader; source: '%3' }\n"
                       "}\n")
            .arg(listener.url(QStringLiteral("x.png")),
                 QUrl::fromLocalFile(elsewhere.filePath(QStringLiteral("x.png"))).toString(),
                 QUrl::fromLocalFile(component.fileName()).toString())
            .toUtf8(),
        QUrl(QStringLiteral("qrc:/probe/Probe.qml")));
    std::unique_ptr<QObject> root(probe.create());
    ASSERT_TRUE(root) << qPrintable(probe.errorString());
    QObject* remote = root->property("remote").value<QObject*>();
    QObject* local = root->property("local").value<QObject*>();
    QObject* loader = root->property("loader").value<QObject*>();
    QTest::qWait(500);

    constexpr int kReady = 1; // Image.Ready, Loader.Ready
    EXPECT_NE(remote->property("status").toInt(), kReady);
    EXPECT_NE(local->property("status").toInt(), kReady);
    EXPECT_NE(loader->property("status").toInt(), kReady);
    EXPECT_EQ(loader->property("item").value<QObject*>(), nullptr);
    EXPECT_EQ(listener.connections(), 0);
}
