// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "goalshapes.h"

#include "markdownexport.h"
#include "postshapes.h"
#include "validation.h"

#include <QRegularExpression>

namespace hoego::goalshapes {
namespace {

using markdownblocks::Item;
using markdownblocks::Task;

const QRegularExpression kLinkOnly(QStringLiteral("^\\[([^\\]]*)\\]\\(([^)\\s]+)\\)$"));
const QRegularExpression kIsoDate(QStringLiteral("(\\d{4}-\\d{2}-\\d{2})"));

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

QString stripEmphasis(QString text)
{
    text = text.trimmed();
    for (const QString &mark : {QStringLiteral("**"), QStringLiteral("__")}) {
        if (text.size() > 4 && text.startsWith(mark) && text.endsWith(mark))
            text = text.mid(2, text.size() - 4).trimmed();
    }
    return text;
}

// Where a count that ends a goal line (" — 3/12" or "(3/12)", up to six digits each) starts; -1 if none.
qsizetype trailingRatio(const QString &text, int *current, int *target)
{
    const auto digitsBefore = [&text](qsizetype pos) {
        qsizetype start = pos;
        while (start > 0 && pos - start <= 6 && isAsciiDigit(text[start - 1]))
            --start;
        return start;
    };
    qsizetype end = text.size();
    while (end > 0 && text[end - 1].isSpace())
        --end;
    const bool inParens = end > 0 && text[end - 1] == QLatin1Char(')');
    if (inParens)
        --end;
    const qsizetype targetStart = digitsBefore(end);
    if (targetStart == end || end - targetStart > 6 || targetStart == 0 || text[targetStart - 1] != QLatin1Char('/'))
        return -1;
    const qsizetype slash = targetStart - 1;
    qsizetype start = digitsBefore(slash);
    if (start == slash || slash - start > 6 || start == 0)
        return -1;
    *current = text.mid(start, slash - start).toInt();
    *target = text.mid(targetStart, end - targetStart).toInt();
    if (inParens) {
        if (text[start - 1] != QLatin1Char('('))
            return -1;
        --start;
    } else {
        // " — " between the title and the count: spaces, a dash, spaces
        const qsizetype afterDash = start;
        while (start > 0 && text[start - 1].isSpace())
            --start;
        if (start == afterDash || start == 0 || !QStringLiteral("—–-").contains(text[start - 1]))
            return -1;
        const qsizetype dash = --start;
        while (start > 0 && text[start - 1].isSpace())
            --start;
        if (start == dash)
            return -1;
        return start;
    }
    while (start > 0 && text[start - 1].isSpace())
        --start;
    return start;
}

// Parses "(완료 2026-04-05)", "(dropped: reason)", "(이월)" suffixes off a goal line.
void takeGoalSuffixes(QString *title, Goal *goal)
{
    while (true) {
        QString inside;
        const qsizetype start = trailingParens(*title, &inside);
        if (start < 0)
            return;
        inside = inside.trimmed();
        const auto startsWithWord = [&inside](const QStringList &options) {
            for (const QString &option : options) {
                if (inside.startsWith(option, Qt::CaseInsensitive))
                    return int(option.size());
            }
            return -1;
        };
        if (int n = startsWithWord(postshapes::doneWords()); n >= 0) {
            goal->status = GoalStatus::Done;
            if (const auto date = kIsoDate.match(inside.mid(n)); date.hasMatch())
                goal->doneOn = QDate::fromString(date.captured(1), Qt::ISODate);
        } else if (int d = startsWithWord(postshapes::droppedWords()); d >= 0) {
            goal->status = GoalStatus::Dropped;
            QString reason = inside.mid(d).trimmed();
            if (reason.startsWith(QLatin1Char(':')))
                reason = reason.mid(1).trimmed();
            goal->dropReason = reason;
        } else if (startsWithWord(postshapes::carriedWords()) >= 0) {
            goal->status = GoalStatus::CarriedOver;
        } else {
            return;
        }
        title->truncate(start);
    }
}

QDate defaultDoneDate(int year)
{
    const QDate endOfYear(year, 12, 31);
    return endOfYear < QDate::currentDate() ? endOfYear : QDate::currentDate();
}

// The title line of a goal: state, suffixes, count and wording.
void readTitle(const Item &item, int year, Goal *goal, int *current, int *target, bool *plain, QString *previous)
{
    QString text = markdownblocks::withoutTaskBox(item);
    takeGoalSuffixes(&text, goal);
    if (const qsizetype ratio = trailingRatio(text, current, target); ratio >= 0)
        text.truncate(ratio);
    text = text.trimmed();
    *plain = text.endsWith(postshapes::plainGoalMarker());
    if (*plain)
        text = text.chopped(postshapes::plainGoalMarker().size()).trimmed();
    // A reworded goal keeps its new wording; the old one opens its notes, struck through as the author wrote it.
    if (const auto reworded = postshapes::readRewording(text)) {
        text = reworded->title;
        *previous = QStringLiteral("~~") + reworded->previous + QStringLiteral("~~");
    }
    if (text.size() > 4 && text.startsWith(QLatin1String("~~")) && text.endsWith(QLatin1String("~~"))) {
        text = text.mid(2, text.size() - 4);
        if (goal->status == GoalStatus::Open)
            goal->status = GoalStatus::Dropped;
    }
    if (item.task == Task::Done && goal->status == GoalStatus::Open)
        goal->status = GoalStatus::Done;
    if (goal->status == GoalStatus::Done && !goal->doneOn.isValid())
        goal->doneOn = defaultDoneDate(year);
    goal->title = stripEmphasis(text).simplified();
}

Milestone milestoneFrom(const Item &item)
{
    Milestone milestone;
    QString title = markdownblocks::withoutTaskBox(item);
    milestone.done = item.task == Task::Done;
    QString inside;
    if (const qsizetype at = trailingParens(title, &inside); at >= 0) {
        if (const auto date = kIsoDate.match(inside); date.hasMatch()) {
            milestone.doneOn = QDate::fromString(date.captured(1), Qt::ISODate);
            title.truncate(at);
        }
    }
    milestone.title = title.simplified();
    return milestone;
}

// The line the writer names when it refuses the goal: the goal's, or that of the milestone or link at fault.
int faultLineOf(const Goal &goal, int goalLine, const QList<int> &milestoneLines, const QList<int> &linkLines)
{
    if (!validation::title(goal.title, {}).ok() || !validation::line(goal.dropReason, {}).ok()
        || !validation::body(goal.notes, {}).ok())
        return goalLine;
    for (qsizetype m = 0; m < goal.milestones.size(); ++m) {
        if (!validation::title(goal.milestones[m].title, {}).ok())
            return milestoneLines[m];
    }
    for (qsizetype l = 0; l < goal.links.size(); ++l) {
        if (!validation::line(goal.links[l].label, {}).ok() || !validation::url(goal.links[l].url.toString()).ok())
            return linkLines[l];
    }
    return goalLine;
}

} // namespace

qsizetype trailingParens(const QString &text, QString *inside)
{
    qsizetype end = text.size();
    while (end > 0 && text[end - 1].isSpace())
        --end;
    if (end == 0 || text[end - 1] != QLatin1Char(')'))
        return -1;
    qsizetype open = end - 1;
    while (open > 0 && text[open - 1] != QLatin1Char('(') && text[open - 1] != QLatin1Char(')'))
        --open;
    if (open == 0 || text[open - 1] != QLatin1Char('('))
        return -1;
    *inside = text.mid(open, end - 1 - open);
    qsizetype start = open - 1;
    while (start > 0 && text[start - 1].isSpace())
        --start;
    return start;
}

GoalItem goalFromItem(const Item &item, int year, int partLevel)
{
    Goal goal;
    int current = -1;
    int target = -1;
    bool plain = false;
    QString previousWording;
    readTitle(item, year, &goal, &current, &target, &plain, &previousWording);

    // The lines under the goal, as cmark reads them: its own task items are milestones, its link-only items
    // evidence, and everything else stays in the notes where it was.
    const markdownblocks::Blocks under = markdownblocks::readBlocks(item.children.join(QLatin1Char('\n')), 0);
    QList<int> milestoneLines;
    QList<int> linkLines;
    QStringList notes;
    qsizetype next = 0; // the first child line not yet placed
    const auto keepUntil = [&](qsizetype end) {
        for (; next < end; ++next)
            notes << item.children[next];
    };
    for (const Item &child : under.items) {
        const auto link = child.task == Task::None ? kLinkOnly.match(child.text) : QRegularExpressionMatch();
        if (child.task == Task::None && !link.hasMatch())
            continue;
        keepUntil(child.first);
        while (!notes.isEmpty() && notes.last().trimmed().isEmpty())
            notes.removeLast(); // the blank lines before a milestone only set it apart
        QString owner;
        const int line = item.childLines.value(child.first, item.line);
        if (link.hasMatch()) {
            EvidenceLink evidence;
            evidence.label = link.captured(1).simplified();
            evidence.url = QUrl(link.captured(2));
            goal.links << evidence;
            linkLines << line;
            owner = evidence.label.isEmpty() ? link.captured(2) : evidence.label;
        } else {
            goal.milestones << milestoneFrom(child);
            milestoneLines << line;
            owner = goal.milestones.last().title;
        }
        // Lines nested under it go to the notes below a line that names it.
        QStringList owned;
        for (qsizetype k = child.first + 1; k <= child.last; ++k) {
            const QString &nested = item.children[k];
            owned << (nested.trimmed().isEmpty() || markdownblocks::indentOf(nested) >= 2
                              ? nested
                              : QStringLiteral("  ") + nested);
        }
        while (!owned.isEmpty() && owned.first().trimmed().isEmpty())
            owned.removeFirst();
        if (!owned.isEmpty())
            notes << QStringLiteral("- ") + owner << owned;
        next = child.last + 1;
    }
    keepUntil(item.children.size());
    if (!previousWording.isEmpty())
        notes.prepend(previousWording);
    goal.notes = shiftHeadings(notes.join(QLatin1Char('\n')), -partLevel).trimmed();
    if (!goal.milestones.isEmpty()) {
        goal.kind = GoalKind::Milestones;
    } else if (target > 0) {
        goal.kind = GoalKind::Count;
        goal.target = target;
        goal.current = current;
    } else if (const auto counted = plain ? std::nullopt : postshapes::countedTarget(goal.title)) {
        // "기술 블로그 24편": counted towards 24, all of it when the goal is checked off.
        goal.kind = GoalKind::Count;
        goal.target = *counted;
        goal.current = goal.status == GoalStatus::Done ? *counted : 0;
    }
    return {goal, faultLineOf(goal, item.line, milestoneLines, linkLines)};
}

} // namespace hoego::goalshapes
