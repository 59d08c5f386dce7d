#pragma once

#include "LocalDayWatch.h"
#include "ProfileSession.h"
#include "QmlSingleton.h"
#include "model/Lapse.h"
#include "model/LapseDays.h"

#include <QObject>
#include <QQmlEngine>
#include <QStringList>
#include <QVariantList>
#include <chrono>
#include <vector>

namespace stepstone {

// The client's lapses for the interface: recording one ("I used") with what happened and what
// they will try next time, changing it, the history, and the days since the latest one in plain
// words, never a score, with nothing attached to it, and hidden altogether if the client
// prefers. Recording a lapse offers what the client's plan says to do after one.
class LapseHistory : public QObject, public QmlSingleton<LapseHistory> {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool available READ available NOTIFY changed)
    Q_PROPERTY(bool counterHidden READ counterHidden WRITE setCounterHidden NOTIFY changed)
    Q_PROPERTY(bool hasLapses READ hasLapses NOTIFY changed)
    Q_PROPERTY(QString sinceText READ sinceText NOTIFY changed)
    Q_PROPERTY(QString longestText READ longestText NOTIFY changed)
    // The latest lapses: lapseId, dayText, daysAgo, whatHappened, nextTime.
    Q_PROPERTY(QVariantList recent READ recent NOTIFY changed)
    // The days a lapse can be put on: today, yesterday, and back two weeks (index = days ago).
    Q_PROPERTY(QStringList dayChoices READ dayChoices NOTIFY changed)
    // What the plan's "after a lapse" section says; empty when the client has not written it.
    Q_PROPERTY(QStringList afterLapseSteps READ afterLapseSteps NOTIFY changed)
    Q_PROPERTY(int maximumTextLength READ maximumTextLength CONSTANT)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    static constexpr int kDaysToChooseFrom = 14;
    static constexpr int kShown = 50;

    // The days are counted again once the client's day changes, looked at every `recheckEvery`
    // (a timer alone would stand still while the computer sleeps).
    explicit LapseHistory(ProfileSession& session,
                          std::chrono::milliseconds recheckEvery = std::chrono::minutes(1),
                          QObject* parent = nullptr);

    bool available() const { return m_session.profile() != nullptr; }
    bool counterHidden() const { return m_counterHidden; }
    void setCounterHidden(bool hidden);
    bool hasLapses() const { return !m_lapses.empty(); }
    QString sinceText() const;
    QString longestText() const;
    QVariantList recent() const;
    QStringList dayChoices() const;
    QStringList afterLapseSteps() const { return m_afterLapse; }
    int maximumTextLength() const { return LapseEntry::kMaxTextLength; }
    QString errorText() const { return m_errorText; }

    Q_INVOKABLE bool record(int daysAgo, const QString& whatHappened, const QString& nextTime);
    Q_INVOKABLE bool change(const QString& lapseId, int daysAgo, const QString& whatHappened,
                            const QString& nextTime);
    Q_INVOKABLE void clearError() { setErrorText({}); }
    // Counts again if the client's day has changed since the last count (a page shown again).
    Q_INVOKABLE void recheck();

Q_SIGNALS:
    void changed();
    void errorTextChanged();

private:
    void watchStores();
    void reload();
    // The moment of a lapse `daysAgo` days back: today's clock time on that calendar day.
    QDateTime occurredAt(int daysAgo) const;
    bool check(const LapseEntry& entry);
    void setErrorText(const QString& text);

    ProfileSession& m_session;
    bool m_watching = false;
    bool m_counterHidden = false;
    std::vector<Lapse> m_lapses;
    LapseDays m_days;
    LocalDayWatch m_day;
    QStringList m_afterLapse;
    QString m_errorText;
};

} // namespace stepstone
