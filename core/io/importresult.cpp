// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "importresult.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace hoego {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hoego::ImportResult", text);
}

} // namespace

QStringList ImportResult::countLines() const
{
    QStringList lines;
    const auto add = [&lines](const QString &label, qsizetype count) {
        if (count > 0)
            lines << QStringLiteral("%1: %2").arg(label).arg(count);
    };
    add(tr("years created"), yearsCreated.size());
    add(tr("years merged"), yearsMerged.size());
    add(tr("areas"), areas);
    add(tr("events"), events);
    add(tr("sections"), sections);
    add(tr("lessons"), lessons);
    add(tr("unfinished"), unfinished);
    add(tr("goals"), goals);
    add(tr("milestones"), milestones);
    add(tr("links"), links);
    add(tr("themes"), themes);
    add(tr("questions"), questions);
    add(tr("theme links"), themeLinks);
    add(tr("outputs"), outputs);
    add(tr("evidence links"), evidence);
    add(tr("already there"), alreadyThere);
    return lines;
}

Error importError(const QString &file, int line, const QString &reason)
{
    const QString name = file.isEmpty() ? tr("(input)") : file;
    const QString where = line > 0 ? QStringLiteral("%1:%2").arg(name).arg(line) : name;
    return Error::invalid(QStringLiteral("%1: %2").arg(where, reason));
}

} // namespace hoego
