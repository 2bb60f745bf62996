// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include <QString>

class QWidget;

namespace hoego {

// Saves what `widget` shows as PNG, or as SVG when the path ends in .svg (text stays text there). Returns the
// error message, empty when the file was written.
QString saveWidgetImage(QWidget *widget, const QString &path, const QString &title);

} // namespace hoego
