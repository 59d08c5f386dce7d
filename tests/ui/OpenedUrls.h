#pragma once

#include <QDesktopServices>
#include <QList>
#include <QObject>
#include <QUrl>

namespace stepstone::test {

// Stands in for the phone, messages and web apps while it lives: records what the system was
// asked to open, and opens nothing.
class OpenedUrls : public QObject {
    Q_OBJECT
public:
    OpenedUrls() {
        for (const char* scheme : kSchemes)
            QDesktopServices::setUrlHandler(QString::fromLatin1(scheme), this, "record");
    }
    ~OpenedUrls() override {
        for (const char* scheme : kSchemes)
            QDesktopServices::unsetUrlHandler(QString::fromLatin1(scheme));
    }
    QList<QUrl> urls;

public Q_SLOTS:
    void record(const QUrl& url) { urls << url; }

private:
    static constexpr const char* kSchemes[] = {"tel", "sms", "https", "http", "file", "javascript"};
};

} // namespace stepstone::test
