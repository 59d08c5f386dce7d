#pragma once

#include "ClinicListModel.h"
#include "store/Outbox.h"

#include <vector>

namespace stepstone {

// What the sync could not send to the clinic as it is, and set aside so the rest could go:
// what it is, why, and what the client can do. The client may keep a record on the device only,
// which takes it out of the queue (the record itself stays).
class SetAsideModel : public stepstone::ClinicListModel {
    Q_OBJECT
    QML_ELEMENT

public:
    enum Role { WhatRole = Qt::UserRole + 1, WhyRole, HowToFixRole };

    explicit SetAsideModel(QObject* parent = nullptr);

    int count() const override { return int(m_entries.size()); }
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE void keepOnDeviceOnly(int row);

protected:
    QString readRows() override;

private:
    QString describe(const Outbox::Entry& entry) const;

    std::vector<Outbox::SetAside> m_entries;
    QString m_problem; // why keeping one on the device only failed, shown until the next read
};

} // namespace stepstone
