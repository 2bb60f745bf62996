// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "yearreport.h"

namespace hoego {

// One part of an exported year in its place: for a section, which of the year's sections.
struct ReportSlot
{
    YearPart part = YearPart::Events;
    qsizetype section = -1; // index into YearData::sections, for YearPart::Section only
};

// The parts of the year in the order the Markdown, HTML and PDF exports write them: the year's own order (as a
// post had it or as the user arranged it), or the default order when it has none. Each section takes the next
// Section slot; a part the stored order leaves out (a closing note written after the import) goes where the
// default order puts it among the others, and sections beyond the slots follow the last one. Parts with no
// content are listed too: each writer leaves out what is empty as it always has.
QList<ReportSlot> orderedParts(const YearData &data);

// The same order as a list of parts with one Section per section, complete: what the export dialog arranges and
// stores back.
QList<YearPart> effectiveOrder(const YearData &data);

// The heading a part gets in an export: the profile's rename when it has one, else the Korean or English
// default ("올해 있었던 일" / "What happened"). Not for sections, whose headings are the user's.
QString partHeading(YearPart part, const YearReport &report, const ReportOptions &options);
// The default heading alone, for the dialog that renames it.
QString defaultPartHeading(YearPart part, int yearNumber, i18n::Language language);

} // namespace hoego
