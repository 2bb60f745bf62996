// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "dates.h"

namespace hoego::i18n {
namespace {

bool isKorean(const QLocale &locale)
{
    return locale.language() == QLocale::Korean;
}

} // namespace

QString monthName(int month, const QLocale &locale)
{
    return locale.standaloneMonthName(month, QLocale::LongFormat);
}

QString monthYearText(int year, int month, const QLocale &locale)
{
    // Korean puts the year first with its own counters; Qt's locale data has no "year and month" format.
    const QDate date(year, month, 1);
    return locale.toString(date, isKorean(locale) ? QStringLiteral("yyyy년 M월") : QStringLiteral("MMMM yyyy"));
}

QString dayText(QDate date, const QLocale &locale)
{
    return locale.toString(date, isKorean(locale) ? QStringLiteral("yyyy년 M월 d일") : QStringLiteral("MMMM d, yyyy"));
}

QString fourDigitYearFormat(const QString &shortFormat)
{
    if (shortFormat.contains(QLatin1String("yyyy")))
        return shortFormat;
    QString format = shortFormat;
    return format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
}

QString numericDateText(QDate date, const QLocale &locale)
{
    return locale.toString(date, fourDigitYearFormat(locale.dateFormat(QLocale::ShortFormat)));
}

QString partialDateText(const PartialDate &date, const QLocale &locale)
{
    if (!date.isValid())
        return {};
    switch (date.precision()) {
    case PartialDate::Precision::Year:
        return QString::number(date.year());
    case PartialDate::Precision::Month:
        return monthYearText(date.year(), date.month(), locale);
    case PartialDate::Precision::Day:
        return dayText(date.firstDay(), locale);
    }
    return {};
}

} // namespace hoego::i18n
