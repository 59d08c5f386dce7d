#pragma once

#include "QmlSingleton.h"
#include "contact/CrisisLines.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace stepstone {

// The crisis lines "I need help now" shows, in the client's language. `problem` is set when the
// clinic's own list could not be read and the built-in one is shown instead.
class CrisisLineList : public QAbstractListModel, public QmlSingleton<CrisisLineList> {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString problem READ problem CONSTANT)

public:
    enum Role { NameRole = Qt::UserRole + 1, DescriptionRole, ContactsRole };

    explicit CrisisLineList(CrisisLineChoice choice, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Why the clinic's list was not used, in the client's language; empty when it was, or when
    // there is none.
    QString problem() const;

private:
    CrisisLineChoice m_choice;
};

} // namespace stepstone
