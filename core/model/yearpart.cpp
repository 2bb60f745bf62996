// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "yearpart.h"

namespace hoego {
namespace {

constexpr std::pair<YearPart, const char *> kKeys[] = {
        {YearPart::Events, "events"},
        {YearPart::Outputs, "outputs"},
        {YearPart::Themes, "themes"},
        {YearPart::Section, "section"},
        {YearPart::Questions, "questions"},
        {YearPart::Lessons, "lessons"},
        {YearPart::Unfinished, "unfinished"},
        {YearPart::Goals, "goals"},
        {YearPart::NextYearGoals, "next-goals"},
        {YearPart::ClosingNote, "closing-note"},
};

} // namespace

QList<YearPart> defaultYearPartOrder()
{
    QList<YearPart> order;
    for (const auto &[part, key] : kKeys)
        order << part;
    return order;
}

QString yearPartKey(YearPart part)
{
    for (const auto &[candidate, key] : kKeys) {
        if (candidate == part)
            return QString::fromLatin1(key);
    }
    return {};
}

std::optional<YearPart> yearPartFromKey(const QString &key)
{
    for (const auto &[part, name] : kKeys) {
        if (key == QLatin1String(name))
            return part;
    }
    return std::nullopt;
}

QList<YearPart> renamableYearParts()
{
    QList<YearPart> parts = defaultYearPartOrder();
    parts.removeAll(YearPart::Section);
    return parts;
}

} // namespace hoego
