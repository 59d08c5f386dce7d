#pragma once

#include "ProfileSession.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>
#include <optional>

namespace stepstone {

// A list read from one of the profile's stores, read again whenever the store or the clinic
// account in use changes, and empty while the profile is locked.
class ProfileListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The base of the profile's lists.")
    Q_PROPERTY(
        stepstone::ProfileSession* session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(int limit READ limit WRITE setLimit NOTIFY limitChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    ProfileListModel(int defaultLimit, QObject* parent);

    ProfileSession* session() const { return m_session; }
    void setSession(ProfileSession* session);
    int limit() const { return m_limit; }
    void setLimit(int limit);
    virtual int count() const = 0;
    QString errorText() const { return m_errorText; }

    int rowCount(const QModelIndex& parent = {}) const override;

Q_SIGNALS:
    void sessionChanged();
    void limitChanged();
    void countChanged();
    void errorTextChanged();

protected:
    // Connects the store's change signal to reload(); nothing while the profile is locked.
    virtual QMetaObject::Connection watchStore() = 0;
    // Replaces the rows (the model is being reset); returns an error for the client, or "".
    virtual QString readRows() = 0;
    void reload();
    // Watches the store anew (and reloads), e.g. when what watchStore() needs has changed.
    void connectStore();
    // The clinic account whose records are shown: the one signed in to, or the last one. nullopt
    // before the first sign-in, or with `error` set when it could not be read.
    std::optional<ClinicAccountId> currentAccount(QString* error) const;

private:
    QPointer<ProfileSession> m_session;
    QMetaObject::Connection m_storeConnection;
    QMetaObject::Connection m_accountConnection;
    int m_limit;
    QString m_errorText;
};

} // namespace stepstone
