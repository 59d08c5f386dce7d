#pragma once

#include "schedule/LoginStart.h"

#include <QStringList>

namespace stepstone::platform {

// Start at login through an XDG autostart entry ($XDG_CONFIG_HOME/autostart/stepstone.desktop,
// ~/.config by default), which starts the app with --background and its profile folder.
class XdgAutostart final : public LoginStart {
public:
    // `program` with its arguments, as the entry's Exec line runs it.
    explicit XdgAutostart(QStringList command);

    bool isOn() const override;
    QString setOn(bool on) override;

    static QString entryPath();

private:
    QStringList m_command;
};

} // namespace stepstone::platform
