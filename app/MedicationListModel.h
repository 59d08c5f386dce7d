#pragma once

#include "LocalDayWatch.h"
#include "ProfileListModel.h"
#include "model/Medication.h"

#include <QDate>
#include <QQmlEngine>
#include <vector>

namespace stepstone {

// The client's medicines by name, each with its dose, schedule and refill in words; a refill
// date already past is flagged, so the page can say it may be time to ask for it (read again
// when the day changes, so a refill due yesterday says so this morning).
class MedicationListModel : public stepstone::ProfileListModel {
    Q_OBJECT
    QML_ELEMENT

public:
    enum Role {
        MedicationIdRole = Qt::UserRole + 1,
        NameRole,
        DoseTextRole,
        ScheduleTextRole,
        RefillTextRole,
        RefillPastRole,
        PrescriberRole,
    };

    explicit MedicationListModel(QObject* parent = nullptr);

    int count() const override { return int(m_medications.size()); }
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    QMetaObject::Connection watchStore() override;
    QString readRows() override;

private:
    QDate today() const;

    std::vector<Medication> m_medications;
    LocalDayWatch m_day;
};

} // namespace stepstone
