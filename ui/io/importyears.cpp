// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "importyears.h"

#include <QCoreApplication>

namespace hoego {
namespace {

// Names the context of this file's strings for tr() and for lupdate alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hoego::ImportYears)
};

} // namespace

QStringList yearResults(const ImportBatch &batch)
{
    QStringList lines;
    for (const YearData &year : batch.years) {
        QStringList parts;
        const auto count = [&parts](qsizetype n, const char *text) {
            if (n > 0)
                parts << Tr::tr(text).arg(n);
        };
        count(year.events.size(), "events %1");
        count(year.sections.size(), "sections %1");
        count(year.lessons.size(), "lessons %1");
        count(year.unfinished.size(), "unfinished items %1");
        if (!year.goals.isEmpty()) {
            const auto done = std::count_if(year.goals.cbegin(), year.goals.cend(),
                                            [](const Goal &goal) { return goal.status == GoalStatus::Done; });
            parts << Tr::tr("goals %1 (%2 done)").arg(year.goals.size()).arg(done);
        }
        count(year.themes.size(), "themes %1");
        count(year.questions.size(), "questions %1");
        count(year.outputs.size(), "outputs %1");
        if (!year.year.summary.isEmpty())
            parts << Tr::tr("one-line summary");
        if (!year.year.closingNote.isEmpty())
            parts << Tr::tr("closing note");
        if (parts.isEmpty())
            parts << Tr::tr("nothing");
        lines << Tr::tr("%1: %2").arg(year.year.number).arg(parts.join(QStringLiteral(" · ")));
    }
    return lines;
}

} // namespace hoego
