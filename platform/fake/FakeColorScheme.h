#pragma once

#include "appearance/ColorSchemeSource.h"

namespace stepstone::platform {

// A system colour-scheme setting that tests change by hand.
class FakeColorScheme final : public ColorSchemeSource {
    Q_OBJECT

public:
    using ColorSchemeSource::ColorSchemeSource;

    ColorSchemePreference preference() const override { return m_preference; }
    void set(ColorSchemePreference preference) {
        if (preference == m_preference)
            return;
        m_preference = preference;
        Q_EMIT preferenceChanged();
    }

private:
    ColorSchemePreference m_preference = ColorSchemePreference::NoPreference;
};

} // namespace stepstone::platform
