// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "theme.h"

#include "legiblestyle.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

#include <optional>

namespace hoego::theme {
namespace {

// What the platform chose before Hoego changed anything, so "System" can bring it back.
struct PlatformLook
{
    QString styleName;
    QPalette palette;
};

std::optional<PlatformLook> &platformLook()
{
    static std::optional<PlatformLook> look;
    return look;
}

AppSettings::Theme &appliedTheme()
{
    static AppSettings::Theme theme = AppSettings::Theme::System;
    return theme;
}

void setColors(QPalette &palette, QPalette::ColorRole role, const QColor &active, const QColor &disabled)
{
    palette.setColor(QPalette::Active, role, active);
    palette.setColor(QPalette::Inactive, role, active);
    palette.setColor(QPalette::Disabled, role, disabled);
}

} // namespace

// Text roles keep 4.5:1 against the backgrounds they are drawn on (tst_contrast checks every pair).
QPalette lightPalette()
{
    // This constructor derives the bevel shades (Light, Mid, Dark, Shadow) from the button colour.
    QPalette palette(QColor(0xee, 0xee, 0xec), QColor(0xf5, 0xf5, 0xf4));
    setColors(palette, QPalette::Window, QColor(0xf5, 0xf5, 0xf4), QColor(0xf5, 0xf5, 0xf4));
    setColors(palette, QPalette::WindowText, QColor(0x1c, 0x1b, 0x1a), QColor(0x9a, 0x99, 0x96));
    setColors(palette, QPalette::Base, Qt::white, QColor(0xf0, 0xf0, 0xef));
    setColors(palette, QPalette::AlternateBase, QColor(0xf0, 0xf1, 0xf3), QColor(0xf0, 0xf1, 0xf3));
    setColors(palette, QPalette::Text, QColor(0x1c, 0x1b, 0x1a), QColor(0x9a, 0x99, 0x96));
    setColors(palette, QPalette::PlaceholderText, QColor(0x68, 0x67, 0x64), QColor(0xb0, 0xaf, 0xac));
    setColors(palette, QPalette::Button, QColor(0xee, 0xee, 0xec), QColor(0xee, 0xee, 0xec));
    setColors(palette, QPalette::ButtonText, QColor(0x1c, 0x1b, 0x1a), QColor(0x9a, 0x99, 0x96));
    setColors(palette, QPalette::ToolTipBase, QColor(0xff, 0xff, 0xe8), QColor(0xff, 0xff, 0xe8));
    setColors(palette, QPalette::ToolTipText, QColor(0x1c, 0x1b, 0x1a), QColor(0x1c, 0x1b, 0x1a));
    setColors(palette, QPalette::Highlight, QColor(0x2f, 0x6f, 0xd0), QColor(0xc8, 0xc8, 0xc6));
    setColors(palette, QPalette::HighlightedText, Qt::white, QColor(0x60, 0x60, 0x60));
    setColors(palette, QPalette::Link, QColor(0x1a, 0x5f, 0xb4), QColor(0x8a, 0xa4, 0xc8));
    setColors(palette, QPalette::BrightText, QColor(0xc0, 0x1c, 0x28), QColor(0xc0, 0x1c, 0x28));
    return palette;
}

QPalette darkPalette()
{
    QPalette palette(QColor(0x33, 0x33, 0x36), QColor(0x24, 0x24, 0x26));
    setColors(palette, QPalette::Window, QColor(0x24, 0x24, 0x26), QColor(0x24, 0x24, 0x26));
    setColors(palette, QPalette::WindowText, QColor(0xe8, 0xe6, 0xe3), QColor(0x7a, 0x79, 0x77));
    setColors(palette, QPalette::Base, QColor(0x1b, 0x1b, 0x1d), QColor(0x26, 0x26, 0x28));
    setColors(palette, QPalette::AlternateBase, QColor(0x2a, 0x2a, 0x2d), QColor(0x2a, 0x2a, 0x2d));
    setColors(palette, QPalette::Text, QColor(0xe8, 0xe6, 0xe3), QColor(0x7a, 0x79, 0x77));
    setColors(palette, QPalette::PlaceholderText, QColor(0xa0, 0x9f, 0x9c), QColor(0x5e, 0x5d, 0x5b));
    setColors(palette, QPalette::Button, QColor(0x33, 0x33, 0x36), QColor(0x2c, 0x2c, 0x2e));
    setColors(palette, QPalette::ButtonText, QColor(0xe8, 0xe6, 0xe3), QColor(0x7a, 0x79, 0x77));
    setColors(palette, QPalette::ToolTipBase, QColor(0x33, 0x33, 0x36), QColor(0x33, 0x33, 0x36));
    setColors(palette, QPalette::ToolTipText, QColor(0xe8, 0xe6, 0xe3), QColor(0xe8, 0xe6, 0xe3));
    setColors(palette, QPalette::Highlight, QColor(0x36, 0x70, 0xc8), QColor(0x44, 0x44, 0x47));
    setColors(palette, QPalette::HighlightedText, Qt::white, QColor(0x9a, 0x99, 0x96));
    setColors(palette, QPalette::Link, QColor(0x78, 0xae, 0xf5), QColor(0x5a, 0x74, 0x98));
    setColors(palette, QPalette::BrightText, QColor(0xff, 0x7b, 0x72), QColor(0xff, 0x7b, 0x72));
    return palette;
}

void applyTheme(AppSettings::Theme theme)
{
    // Nothing to do for System at start-up: the platform's look is already in place, and creating a style
    // costs start-up time.
    if (theme == appliedTheme())
        return;
    if (!platformLook())
        platformLook() = PlatformLook{QApplication::style()->name(), QApplication::palette()};
    appliedTheme() = theme;

    switch (theme) {
    case AppSettings::Theme::System:
        QApplication::setStyle(QStyleFactory::create(platformLook()->styleName));
        QApplication::setPalette(platformLook()->palette);
        return;
    case AppSettings::Theme::Light:
        QApplication::setStyle(new LegibleStyle(QStyleFactory::create(QStringLiteral("Fusion"))));
        QApplication::setPalette(lightPalette());
        return;
    case AppSettings::Theme::Dark:
        QApplication::setStyle(new LegibleStyle(QStyleFactory::create(QStringLiteral("Fusion"))));
        QApplication::setPalette(darkPalette());
        return;
    }
}

AppSettings::Theme currentTheme()
{
    return appliedTheme();
}

} // namespace hoego::theme
