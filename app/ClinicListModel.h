#pragma once

#include "ClinicConnection.h"
#include "ProfileListModel.h"

#include <QPointer>

namespace stepstone {

// A list of the sync's own records (what was sent, what could not be), read again whenever a
// sync run ends.
class ClinicListModel : public stepstone::ProfileListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The base of the lists of what the sync did.")
    Q_PROPERTY(stepstone::ClinicConnection* clinic READ clinic WRITE setClinic NOTIFY clinicChanged)

public:
    using ProfileListModel::ProfileListModel;

    ClinicConnection* clinic() const { return m_clinic; }
    void setClinic(ClinicConnection* clinic);

Q_SIGNALS:
    void clinicChanged();

protected:
    QMetaObject::Connection watchStore() override;

private:
    QPointer<ClinicConnection> m_clinic;
};

} // namespace stepstone
