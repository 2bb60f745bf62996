// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/entities.h"

#include <QColor>
#include <QList>
#include <QPalette>
#include <QString>

// How the four radar states are named and drawn, shared by the list, the radar and the history grid.
namespace hoego::themestates {

// Innermost ring first: Adopt, Trial, Assess, Hold (the order of a technology radar's rings).
QList<ThemeState> ringOrder();
int ringOf(ThemeState state);
ThemeState stateOfRing(int ring);
// "사용 (Adopt)"-style names in the interface language: 관심 / 시도 / 사용 / 보류.
QString name(ThemeState state);
// What the state means, for tooltips and screen readers.
QString description(ThemeState state);
// A colour for the state that keeps a contrast of 4.5:1 or more against the palette's base.
QColor color(ThemeState state, const QPalette &palette);

} // namespace hoego::themestates
