#pragma once

#include "ClinicConnection.h"
#include "ProfileListModel.h"
#include "model/SentRecord.h"

#include <QPointer>
#include <vector>

namespace stepstone {

// What left the device for the clinic, and when, newest first.
class SentLogModel : public stepstone::ProfileListModel {
    Q_OBJECT
    QML_ELEMENT
    // The log grows as syncs finish.
    Q_PROPERTY(stepstone::ClinicConnection* clinic READ clinic WRITE setClinic NOTIFY clinicChanged)

public:
    enum Role { WhatRole = Qt::UserRole + 1, WhenRole };

    explicit SentLogModel(QObject* parent = nullptr);

    ClinicConnection* clinic() const { return m_clinic; }
    void setClinic(ClinicConnection* clinic);
    int count() const override { return int(m_sent.size()); }
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void clinicChanged();

protected:
    QMetaObject::Connection watchStore() override;
    QString readRows() override;

private:
    QPointer<ClinicConnection> m_clinic;
    std::vector<SentRecord> m_sent;
};

} // namespace stepstone
