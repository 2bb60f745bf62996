// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include <QColor>
#include <QString>
#include <QStringList>

namespace hoego {

// Escapes `text` as HTML and wraps every case-insensitive occurrence of a term in bold, with `background`
// behind it when valid. Overlapping terms mark the longest match at each place.
QString highlightedHtml(const QString &text, const QStringList &terms, const QColor &background = {});

} // namespace hoego
