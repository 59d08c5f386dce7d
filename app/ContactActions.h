#pragma once

#include "QmlSingleton.h"

#include <QObject>
#include <QQmlEngine>
#include <QUrl>

namespace stepstone {

// Calls, texts and chats the client starts from their plan or a crisis line, handed to the
// phone's or desktop's own apps. Only tel:, sms: and https: leave through here; a number that
// does not dial opens nothing.
class ContactActions : public QObject, public QmlSingleton<ContactActions> {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    using QObject::QObject;

    // Whether `written` ("(555) 123-4567", "1-800-662-HELP") is a number a phone can dial.
    Q_INVOKABLE bool canCall(const QString& written) const;
    Q_INVOKABLE bool call(const QString& written);
    // A text to `written`, with `message` filled in when there is one.
    Q_INVOKABLE bool text(const QString& written, const QString& message = {});
    // A crisis line's address (tel:, sms: or https:), as core read it from the crisis-line file.
    Q_INVOKABLE bool open(const QUrl& url);

Q_SIGNALS:
    // The system had nothing to open it with (a desktop without a phone app, say).
    void couldNotOpen(const QUrl& url);
};

} // namespace stepstone
