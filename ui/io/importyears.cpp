// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "importyears.h"

#include <QCoreApplication>

#include <algorithm>

namespace hoego {
namespace {

// Names the context of this file's strings for tr() and for lupdate alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hoego::ImportYears)
};

// The content of `years` in the preview's words, counted together.
QString contentWords(const QList<YearData> &years)
{
    qsizetype events = 0, sections = 0, lessons = 0, unfinished = 0, goals = 0, done = 0, themes = 0, questions = 0,
              outputs = 0;
    bool summary = false, closingNote = false;
    for (const YearData &year : years) {
        events += year.events.size();
        sections += year.sections.size();
        lessons += year.lessons.size();
        unfinished += year.unfinished.size();
        goals += year.goals.size();
        done += std::count_if(year.goals.cbegin(), year.goals.cend(),
                              [](const Goal &goal) { return goal.status == GoalStatus::Done; });
        themes += year.themes.size();
        questions += year.questions.size();
        outputs += year.outputs.size();
        summary = summary || !year.year.summary.isEmpty();
        closingNote = closingNote || !year.year.closingNote.isEmpty();
    }
    QStringList parts;
    // The words are marked for lupdate where they are written (QT_TRANSLATE_NOOP) and translated here.
    const auto count = [&parts](qsizetype n, const char *text) {
        if (n > 0)
            parts << Tr::tr(text).arg(n);
    };
    count(events, QT_TRANSLATE_NOOP("hoego::ImportYears", "events %1"));
    count(sections, QT_TRANSLATE_NOOP("hoego::ImportYears", "sections %1"));
    count(lessons, QT_TRANSLATE_NOOP("hoego::ImportYears", "lessons %1"));
    count(unfinished, QT_TRANSLATE_NOOP("hoego::ImportYears", "unfinished items %1"));
    if (goals > 0)
        parts << Tr::tr("goals %1 (%2 done)").arg(goals).arg(done);
    count(themes, QT_TRANSLATE_NOOP("hoego::ImportYears", "themes %1"));
    count(questions, QT_TRANSLATE_NOOP("hoego::ImportYears", "questions %1"));
    count(outputs, QT_TRANSLATE_NOOP("hoego::ImportYears", "outputs %1"));
    if (summary)
        parts << Tr::tr("one-line summary");
    if (closingNote)
        parts << Tr::tr("closing note");
    if (parts.isEmpty())
        parts << Tr::tr("nothing");
    return parts.join(QStringLiteral(" · "));
}

} // namespace

QStringList yearResults(const ImportBatch &batch)
{
    QStringList lines;
    for (const YearData &year : batch.years)
        lines << Tr::tr("%1: %2").arg(year.year.number).arg(contentWords({year}));
    return lines;
}

QString partResult(const ImportBatch &partBatch)
{
    return contentWords(partBatch.years);
}

} // namespace hoego
