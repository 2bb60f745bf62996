// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include <QDate>
#include <QString>

namespace hoego {

// A date known to the day, to the month, or only to the year ("we moved in spring 2023" is month-precise).
class PartialDate
{
public:
    enum class Precision { Year, Month, Day };

    PartialDate() = default;
    static PartialDate ofYear(int year);
    static PartialDate ofMonth(int year, int month);
    static PartialDate ofDay(int year, int month, int day);
    static PartialDate fromDate(QDate date);
    // Parses "2023", "2023-03" or "2023-03-14"; returns an invalid date otherwise.
    static PartialDate fromIsoString(const QString &text);

    int year() const { return m_year; }
    int month() const { return m_month; } // 0 when unknown
    int day() const { return m_day; } // 0 when unknown
    Precision precision() const;
    // True when the parts name a real calendar date (no February 30th) and the year is in Hoego's range.
    bool isValid() const;
    QString toIsoString() const;
    // The first day the date can mean; used to sort events of different precision.
    QDate firstDay() const;

    static QString precisionKey(Precision precision);
    static bool precisionFromKey(const QString &key, Precision *precision);

    friend bool operator==(const PartialDate &a, const PartialDate &b)
    {
        return a.m_year == b.m_year && a.m_month == b.m_month && a.m_day == b.m_day;
    }

private:
    int m_year = 0;
    int m_month = 0;
    int m_day = 0;
};

constexpr int kMinYear = 1900;
constexpr int kMaxYear = 2200;

} // namespace hoego
