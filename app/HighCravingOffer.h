#pragma once

#include "ProfileSession.h"
#include "QmlSingleton.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>

namespace stepstone {

// Right after the client saves a new craving at or above their own level (7 unless they chose
// another), the app offers their plan: their coping steps, their people, the urge timer. It is
// an offer, never a gate: it shows beside the page, and one tap or Esc puts it away. Below the
// level nothing is shown. The level is the client's, kept in their encrypted profile.
class HighCravingOffer : public QObject, public QmlSingleton<HighCravingOffer> {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool shown READ shown NOTIFY shownChanged)
    Q_PROPERTY(int level READ level WRITE setLevel NOTIFY levelChanged)
    Q_PROPERTY(int minimumLevel READ minimumLevel CONSTANT)
    Q_PROPERTY(int maximumLevel READ maximumLevel CONSTANT)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    explicit HighCravingOffer(ProfileSession& session, QObject* parent = nullptr);

    bool shown() const { return m_shown; }
    int level() const { return m_level; }
    void setLevel(int level);
    int minimumLevel() const;
    int maximumLevel() const;
    QString errorText() const { return m_errorText; }

    // A new craving of this intensity was just saved.
    void cravingSaved(int intensity);
    Q_INVOKABLE void dismiss();

Q_SIGNALS:
    void shownChanged();
    void levelChanged();
    void errorTextChanged();

private:
    void readLevel();
    void setShown(bool shown);
    void setErrorText(const QString& text);

    ProfileSession& m_session;
    int m_level;
    bool m_shown = false;
    QString m_errorText;
};

} // namespace stepstone
