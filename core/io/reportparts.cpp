// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "reportparts.h"

#include "reportwords.h"

namespace hoego {
namespace {

int defaultRank(YearPart part)
{
    return int(defaultYearPartOrder().indexOf(part));
}

// Where a part the stored order lacks goes: after the last part the default order puts before it, so a closing
// note added after the import still ends the post and goals placed first stay first.
qsizetype insertionPoint(const QList<ReportSlot> &placed, YearPart part)
{
    const int rank = defaultRank(part);
    for (qsizetype i = placed.size(); i > 0; --i) {
        if (defaultRank(placed[i - 1].part) < rank)
            return i;
    }
    return 0;
}

} // namespace

QList<ReportSlot> orderedParts(const YearData &data)
{
    const QList<YearPart> order = data.partOrder.isEmpty() ? defaultYearPartOrder() : data.partOrder;
    QList<ReportSlot> placed;
    QList<YearPart> seen;
    qsizetype nextSection = 0;
    for (const YearPart part : order) {
        if (part == YearPart::Section) {
            if (nextSection < data.sections.size())
                placed.append({part, nextSection++});
        } else if (!seen.contains(part)) {
            seen << part;
            placed.append({part, -1});
        }
    }
    for (const YearPart part : defaultYearPartOrder()) {
        if (part != YearPart::Section && !seen.contains(part))
            placed.insert(insertionPoint(placed, part), {part, -1});
    }
    if (nextSection < data.sections.size()) {
        qsizetype at = -1;
        for (qsizetype i = 0; i < placed.size(); ++i) {
            if (placed[i].part == YearPart::Section)
                at = i + 1;
        }
        if (at < 0)
            at = insertionPoint(placed, YearPart::Section);
        while (nextSection < data.sections.size())
            placed.insert(at++, {YearPart::Section, nextSection++});
    }
    return placed;
}

QList<YearPart> effectiveOrder(const YearData &data)
{
    QList<YearPart> parts;
    for (const ReportSlot &slot : orderedParts(data))
        parts << slot.part;
    return parts;
}

QString defaultPartHeading(YearPart part, int yearNumber, i18n::Language language)
{
    switch (part) {
    case YearPart::Events:
        return reportwords::eventsHeading(language);
    case YearPart::Outputs:
        return reportwords::outputsHeading(language);
    case YearPart::Themes:
        return reportwords::themesHeading(language);
    case YearPart::Questions:
        return reportwords::questionsHeading(language);
    case YearPart::Lessons:
        return reportwords::lessonsHeading(language);
    case YearPart::Unfinished:
        return reportwords::unfinishedHeading(language);
    case YearPart::Goals:
        return reportwords::goalsOfYearHeading(yearNumber, language);
    case YearPart::NextYearGoals:
        return reportwords::nextYearGoalsHeading(yearNumber + 1, language);
    case YearPart::ClosingNote:
        return reportwords::closingHeading(language);
    case YearPart::Section:
        break;
    }
    return {};
}

QString partHeading(YearPart part, const YearReport &report, const ReportOptions &options)
{
    const QString renamed = options.headings.value(part).simplified();
    return renamed.isEmpty() ? defaultPartHeading(part, report.data.year.number, options.language) : renamed;
}

} // namespace hoego
