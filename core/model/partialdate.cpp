// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "partialdate.h"

#include <QRegularExpression>

namespace hoego {

PartialDate PartialDate::ofYear(int year)
{
    PartialDate date;
    date.m_year = year;
    return date;
}

PartialDate PartialDate::ofMonth(int year, int month)
{
    PartialDate date = ofYear(year);
    date.m_month = month;
    return date;
}

PartialDate PartialDate::ofDay(int year, int month, int day)
{
    PartialDate date = ofMonth(year, month);
    date.m_day = day;
    return date;
}

PartialDate PartialDate::fromDate(QDate date)
{
    return date.isValid() ? ofDay(date.year(), date.month(), date.day()) : PartialDate();
}

PartialDate PartialDate::fromIsoString(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return {};
    PartialDate date;
    date.m_year = match.captured(1).toInt();
    date.m_month = match.captured(2).isEmpty() ? 0 : match.captured(2).toInt();
    date.m_day = match.captured(3).isEmpty() ? 0 : match.captured(3).toInt();
    return date;
}

PartialDate::Precision PartialDate::precision() const
{
    if (m_day > 0)
        return Precision::Day;
    return m_month > 0 ? Precision::Month : Precision::Year;
}

bool PartialDate::isValid() const
{
    if (m_year < kMinYear || m_year > kMaxYear)
        return false;
    if (m_month == 0)
        return m_day == 0;
    if (m_month < 1 || m_month > 12)
        return false;
    return m_day == 0 || QDate::isValid(m_year, m_month, m_day);
}

QString PartialDate::toIsoString() const
{
    switch (precision()) {
    case Precision::Year:
        return QString::number(m_year);
    case Precision::Month:
        return QStringLiteral("%1-%2").arg(m_year, 4, 10, QLatin1Char('0')).arg(m_month, 2, 10, QLatin1Char('0'));
    case Precision::Day:
        break;
    }
    return QStringLiteral("%1-%2-%3")
            .arg(m_year, 4, 10, QLatin1Char('0'))
            .arg(m_month, 2, 10, QLatin1Char('0'))
            .arg(m_day, 2, 10, QLatin1Char('0'));
}

QDate PartialDate::firstDay() const
{
    return QDate(m_year, m_month > 0 ? m_month : 1, m_day > 0 ? m_day : 1);
}

QString PartialDate::precisionKey(Precision precision)
{
    switch (precision) {
    case Precision::Year:
        return QStringLiteral("year");
    case Precision::Month:
        return QStringLiteral("month");
    case Precision::Day:
        break;
    }
    return QStringLiteral("day");
}

bool PartialDate::precisionFromKey(const QString &key, Precision *precision)
{
    for (auto candidate : {Precision::Year, Precision::Month, Precision::Day}) {
        if (precisionKey(candidate) == key) {
            *precision = candidate;
            return true;
        }
    }
    return false;
}

} // namespace hoego
