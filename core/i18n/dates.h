// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/partialdate.h"

#include <QLocale>
#include <QString>

namespace hoego::i18n {

// Dates as people read them in the current language (QLocale() follows applyLanguage).

// "3월" / "March": a month on its own, e.g. a heading in a year page.
QString monthName(int month, const QLocale &locale = QLocale());
// "2024년 3월" / "March 2024".
QString monthYearText(int year, int month, const QLocale &locale = QLocale());
// "2024년 3월 5일" / "March 5, 2024".
QString dayText(QDate date, const QLocale &locale = QLocale());
// The locale's short numeric form with a four-digit year: "2026. 12. 1." rather than "26. 12. 1.".
QString fourDigitYearFormat(const QString &shortFormat);
QString numericDateText(QDate date, const QLocale &locale = QLocale());
// A partial date at its own precision: "2024" / "2024년 3월" / "2024년 3월 5일"; empty when invalid.
QString partialDateText(const PartialDate &date, const QLocale &locale = QLocale());

} // namespace hoego::i18n
