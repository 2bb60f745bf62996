// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "themestates.h"

#include "common/contrast.h"

#include <QCoreApplication>

namespace hoego::themestates {
namespace {

// Names the context of this file's strings for tr() and for lupdate alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hoego::ThemeStates)
};

} // namespace

QList<ThemeState> ringOrder()
{
    return {ThemeState::Adopt, ThemeState::Trial, ThemeState::Assess, ThemeState::Hold};
}

int ringOf(ThemeState state)
{
    return int(ringOrder().indexOf(state));
}

ThemeState stateOfRing(int ring)
{
    return ringOrder().value(qBound(0, ring, 3));
}

QString name(ThemeState state)
{
    switch (state) {
    case ThemeState::Assess:
        return Tr::tr("Assess");
    case ThemeState::Trial:
        return Tr::tr("Trial");
    case ThemeState::Adopt:
        return Tr::tr("Adopt");
    case ThemeState::Hold:
        return Tr::tr("Hold");
    }
    return {};
}

QString description(ThemeState state)
{
    switch (state) {
    case ThemeState::Assess:
        return Tr::tr("Noticed it and am watching it");
    case ThemeState::Trial:
        return Tr::tr("Tried it on something real");
    case ThemeState::Adopt:
        return Tr::tr("Use it as a matter of course");
    case ThemeState::Hold:
        return Tr::tr("Put it aside for now");
    }
    return {};
}

QColor color(ThemeState state, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const bool dark = base.lightness() < 128;
    QColor chosen;
    switch (state) {
    case ThemeState::Adopt:
        chosen = dark ? QColor(0x7C, 0xD9, 0x92) : QColor(0x1B, 0x6E, 0x35);
        break;
    case ThemeState::Trial:
        chosen = dark ? QColor(0x82, 0xB8, 0xF5) : QColor(0x1F, 0x55, 0x9E);
        break;
    case ThemeState::Assess:
        chosen = dark ? QColor(0xF0, 0xC0, 0x6A) : QColor(0x86, 0x55, 0x00);
        break;
    case ThemeState::Hold:
        chosen = dark ? QColor(0xC8, 0xC8, 0xC8) : QColor(0x5A, 0x5A, 0x5A);
        break;
    }
    // A custom palette (a system theme) may put the base elsewhere: fall back to the text colour.
    return contrast::ratio(chosen, base) >= contrast::kMinimum ? chosen : palette.color(QPalette::Text);
}

} // namespace hoego::themestates
