#include "ClinicListModel.h"

namespace stepstone {

void ClinicListModel::setClinic(ClinicConnection* clinic) {
    if (m_clinic == clinic)
        return;
    m_clinic = clinic;
    Q_EMIT clinicChanged();
    connectStore();
}

QMetaObject::Connection ClinicListModel::watchStore() {
    return m_clinic
               ? connect(m_clinic, &ClinicConnection::syncFinished, this, &ClinicListModel::reload)
               : QMetaObject::Connection();
}

} // namespace stepstone
