// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "i18n/language.h"
#include "io/yeardata.h"

#include <QString>

// The year's themes and questions as HTML, shared by the HTML and PDF exports (which build the same markup).
namespace hoego {

// "<h2>올해의 키워드</h2><ul>…" with each theme's state and note, after the year's radar as inline SVG when
// `withRadar` (the PDF's renderer draws no SVG); empty when the year has none.
QString themesHtml(const YearData &data, i18n::Language language, bool withRadar, const QString &heading,
                   const QString &headingTag = QStringLiteral("h2"));
// Each question as a heading with the year's answer rendered from Markdown; empty when the year has none.
QString questionsHtml(const YearData &data, const QString &heading, const QString &headingTag = QStringLiteral("h2"));

} // namespace hoego
