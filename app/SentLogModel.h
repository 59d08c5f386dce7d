#pragma once

#include "ClinicListModel.h"
#include "model/SentRecord.h"

#include <vector>

namespace stepstone {

// What left the device for the clinic, and when, newest first.
class SentLogModel : public stepstone::ClinicListModel {
    Q_OBJECT
    QML_ELEMENT

public:
    enum Role { WhatRole = Qt::UserRole + 1, WhenRole };

    explicit SentLogModel(QObject* parent = nullptr);

    int count() const override { return int(m_sent.size()); }
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    QString readRows() override;

private:
    std::vector<SentRecord> m_sent;
};

} // namespace stepstone
