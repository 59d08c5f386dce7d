#include "UiHarness.h"

#include <QColor>
#include <QQmlComponent>
#include <QQmlEngine>
#include <cmath>
#include <gtest/gtest.h>
#include <iostream>

using namespace stepstone;
using namespace stepstone::test;

namespace {

// WCAG 2.1 relative luminance and contrast ratio.
double luminance(const QColor& color) {
    const auto channel = [](double c) {
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) +
           0.0722 * channel(color.blueF());
}

double contrast(const QColor& a, const QColor& b) {
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

constexpr double kText = 4.5;    // 1.4.3, text of any size
constexpr double kGraphic = 3.0; // 1.4.11, control edges, focus rings, indicators

// Every pair of Theme colours the pages and the style put together: what is drawn, on what.
struct Pairing {
    const char* front;
    const char* back;
    double threshold;
};
const Pairing kPairings[] = {
    {"text", "background", kText},
    {"text", "surface", kText},
    {"text", "selectedFill", kText}, // a pressed row, a chosen tab, the status badge
    {"mutedText", "background", kText},
    {"mutedText", "surface", kText}, // secondary lines, placeholders, unchosen tabs
    {"mutedText", "selectedFill", kText},
    {"primary", "background", kText}, // a flat button's text; a filled button's edge
    {"primary", "surface", kText},
    {"primary", "selectedFill", kText},  // the chosen tab's text
    {"textOnPrimary", "primary", kText}, // filled buttons, chosen chips, selected text
    {"error", "background", kText},
    {"error", "surface", kText},
    {"textOnError", "error", kText}, // the "Cancelled" badge
    {"controlBorder", "background", kGraphic},
    {"controlBorder", "surface", kGraphic}, // buttons, fields, chips, radios, switches, slider
    {"focusRing", "background", kGraphic},
    {"focusRing", "surface", kGraphic},
    {"focusRing", "selectedFill", kGraphic},
};

// The Theme singleton of the harness's engine, the one its window shows.
QObject* theme(UiHarness& ui) {
    QQmlComponent reader(&ui.engine());
    reader.setData(
        "import StepstoneTheme\nimport QtQml\nQtObject { property QtObject theme: Theme }",
        QUrl(QStringLiteral("qrc:/ThemeReader.qml")));
    std::unique_ptr<QObject> object(reader.create());
    return object ? object->property("theme").value<QObject*>() : nullptr;
}

QColor colour(QObject* theme, const char* name) {
    return theme->property(name).value<QColor>();
}

// Checks every pairing in the scheme the Theme shows now; prints the figures.
void expectContrast(QObject* theme, const char* scheme) {
    for (const Pairing& pairing : kPairings) {
        const double ratio = contrast(colour(theme, pairing.front), colour(theme, pairing.back));
        std::cout << scheme << " | " << pairing.front << " on " << pairing.back << " | "
                  << QString::number(ratio, 'f', 2).toStdString() << " | " << pairing.threshold
                  << "\n";
        EXPECT_GE(ratio, pairing.threshold)
            << scheme << ": " << pairing.front << " on " << pairing.back;
    }
    const QVariantList intensities = theme->property("intensityColors").toList();
    ASSERT_EQ(intensities.size(), 11);
    for (int value = 0; value <= 10; ++value) {
        const QColor fill = intensities[value].value<QColor>();
        const double digit = contrast(colour(theme, "intensityDigit"), fill);
        const double onSurface = contrast(fill, colour(theme, "surface"));
        std::cout << scheme << " | intensity " << value << ": digit on colour, colour on surface"
                  << " | " << QString::number(digit, 'f', 2).toStdString() << ", "
                  << QString::number(onSurface, 'f', 2).toStdString() << " | " << kText << "\n";
        EXPECT_GE(digit, kText) << scheme << ": the digit on intensity " << value;
        EXPECT_GE(onSurface, kText) << scheme << ": \"" << value << " of 10\" on its card";
    }
}

} // namespace

TEST(ThemeContrast, EveryPairingMeetsWcagAaInBothSchemes) {
    UiHarness ui;
    ASSERT_TRUE(ui.window());
    QObject* look = theme(ui);
    ASSERT_TRUE(look);

    ui.setSystemColorScheme(ColorSchemePreference::Light);
    ASSERT_FALSE(look->property("dark").toBool());
    expectContrast(look, "light");

    ui.setSystemColorScheme(ColorSchemePreference::Dark);
    ASSERT_TRUE(look->property("dark").toBool());
    expectContrast(look, "dark");
}
