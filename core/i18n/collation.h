// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include <QCollator>
#include <QLocale>
#include <QStringList>

#include <algorithm>

namespace hoego::i18n {

// A collator for people's text in the current language (QLocale() follows applyLanguage): Korean order for
// Korean, case-insensitive, and digits compared by value so "Goal 2" comes before "Goal 10".
QCollator textCollator(const QLocale &locale = QLocale());

// Sorts in place with textCollator().
void sortTexts(QStringList &texts, const QLocale &locale = QLocale());

// Sorts any range of items by a text key, e.g. sortByText(goals, [](const Goal &g) { return g.title; }).
template<typename Range, typename KeyFunction>
void sortByText(Range &items, KeyFunction key, const QLocale &locale = QLocale())
{
    const QCollator collator = textCollator(locale);
    std::stable_sort(items.begin(), items.end(),
                     [&](const auto &a, const auto &b) { return collator.compare(key(a), key(b)) < 0; });
}

} // namespace hoego::i18n
