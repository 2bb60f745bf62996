// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "io/yearreport.h"
#include "result.h"

#include <QImage>

namespace hoego {

// Writes the year summary as an A4 PDF: Korean fonts embedded (Noto Sans CJK), the goals' progress chart,
// page numbers. Needs a QGuiApplication for fonts (the command line creates one on the offscreen platform).
Status exportPdf(const YearReport &report, const ReportOptions &options, const QString &path);

// The progress chart the PDF shows for a list of goals: a ring with the share done and a bar per area.
QImage progressChartImage(const QList<Goal> &goals, const YearReport &report, i18n::Language language,
                          const QSize &size);

} // namespace hoego
