// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "importresult.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace hoego {
namespace {

// Names the context of this file's strings for tr() and for lupdate alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hoego::ImportResult)
};

} // namespace

QStringList ImportResult::countLines() const
{
    QStringList lines;
    const auto add = [&lines](const QString &label, qsizetype count) {
        if (count > 0)
            lines << QStringLiteral("%1: %2").arg(label).arg(count);
    };
    add(Tr::tr("years created"), yearsCreated.size());
    add(Tr::tr("years merged"), yearsMerged.size());
    add(Tr::tr("areas"), areas);
    add(Tr::tr("events"), events);
    add(Tr::tr("sections"), sections);
    add(Tr::tr("lessons"), lessons);
    add(Tr::tr("unfinished"), unfinished);
    add(Tr::tr("goals"), goals);
    add(Tr::tr("milestones"), milestones);
    add(Tr::tr("links"), links);
    add(Tr::tr("themes"), themes);
    add(Tr::tr("questions"), questions);
    add(Tr::tr("theme links"), themeLinks);
    add(Tr::tr("outputs"), outputs);
    add(Tr::tr("evidence links"), evidence);
    add(Tr::tr("already there"), alreadyThere);
    return lines;
}

Error importError(const QString &file, int line, const QString &reason)
{
    const QString name = file.isEmpty() ? Tr::tr("(input)") : file;
    const QString where = line > 0 ? QStringLiteral("%1:%2").arg(name).arg(line) : name;
    return Error::invalid(QStringLiteral("%1: %2").arg(where, reason));
}

} // namespace hoego
