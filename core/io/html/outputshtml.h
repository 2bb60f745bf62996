// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "i18n/language.h"
#include "io/yearreport.h"

#include <QString>
#include <QStringList>

// What the year produced, and a goal's evidence, as HTML shared by the HTML and PDF exports.
namespace hoego {

// "<h2>올해 만든 것</h2>" with one list per kind: date, the title linked when it has a link, the venue; then the
// counts by month and year by year (io/outputtables.h). Empty when the year has no outputs.
QString outputsHtml(const YearReport &report, i18n::Language language, const QString &heading,
                    const QString &headingTag = QStringLiteral("h2"));
// The goal's evidence from data.evidence, one piece of markup per item (a link when it has one).
QStringList evidenceHtml(const YearData &data, Id goalId);

} // namespace hoego
