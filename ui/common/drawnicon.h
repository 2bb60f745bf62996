// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include <QIcon>
#include <QString>

// Toolbar icons drawn as strokes in the palette's text colour, at whatever size and scale is asked.
//
// Why: without a desktop icon theme (a bare window manager, a container) the fallback was the style's standard
// pixmaps, which load and decode every PNG size of every icon before the first paint (about a tenth of start-up's
// work, issue 17), and are dark grey on dark grey in the dark palette. Drawn glyphs cost nothing until painted and
// follow the palette, also after a theme switch.
namespace hoego::drawnicon {

// Overflow: the chevrons of a toolbar or menu bar's button for what does not fit (pointing left for right-to-left).
enum class Glyph { Previous, Next, Add, NewEvent, Undo, Redo, Find, Overflow, OverflowLeft, OverflowDown };

// The desktop theme's `themeName` icon when the desktop has an icon theme that holds it, else `glyph` drawn.
QIcon themedOrDrawn(const QString &themeName, Glyph glyph);
// Always the drawn glyph (tests and previews).
QIcon drawn(Glyph glyph);

} // namespace hoego::drawnicon
