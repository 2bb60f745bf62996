// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "iotestsupport.h"

#include "io/yeardata.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace hoego::test {

QString contentFingerprint(const Repositories &repos)
{
    QStringList lines;
    const auto areas = loadAreasById(repos);
    const auto areaName = [&](Id id) { return areas.ok() ? areas->value(id).name : QString(); };
    const QList<Area> areaList = repos.areas.all().value();
    for (const Area &area : areaList)
        lines << QStringLiteral("area|%1|%2").arg(area.name, area.color.name());
    const QList<YearData> years = loadAllYears(repos).value();
    QHash<Id, QString> eventNames, sectionNames, goalNames;
    for (const YearData &y : years) {
        for (const Event &e : y.events)
            eventNames.insert(e.id, QStringLiteral("%1/%2").arg(y.year.number).arg(e.title));
        for (const Section &s : y.sections)
            sectionNames.insert(s.id, QStringLiteral("%1/%2").arg(y.year.number).arg(s.heading));
        for (const Goal &g : y.goals)
            goalNames.insert(g.id, QStringLiteral("%1/%2").arg(y.year.number).arg(g.title));
    }
    for (const YearData &y : years) {
        lines << QStringLiteral("year|%1|%2|%3|%4")
                         .arg(y.year.number)
                         .arg(y.year.title, y.year.summary, y.year.closingNote);
        for (const Event &e : y.events)
            lines << QStringLiteral("event|%1|%2|%3|%4|%5")
                             .arg(e.title, e.date.toIsoString(), areaName(e.areaId), e.notes,
                                  e.tags.join(QLatin1Char(',')));
        for (const Section &s : y.sections)
            lines << QStringLiteral("section|%1|%2").arg(s.heading, s.body);
        for (const Lesson &l : y.lessons)
            lines << QStringLiteral("lesson|%1|%2|%3")
                             .arg(l.text, eventNames.value(l.eventId), sectionNames.value(l.sectionId));
        for (const UnfinishedItem &u : y.unfinished)
            lines << QStringLiteral("unfinished|%1|%2").arg(u.text, goalNames.value(u.goalId));
        for (const Goal &g : y.goals) {
            lines << QStringLiteral("goal|%1|%2|%3|%4|%5/%6|%7|%8|%9")
                                    .arg(g.title, areaName(g.areaId), g.notes, goalKindKey(g.kind))
                                    .arg(g.current)
                                    .arg(g.target)
                                    .arg(goalStatusKey(g.status), g.doneOn.toString(Qt::ISODate), g.dropReason)
                            + QStringLiteral("|from ") + goalNames.value(g.carriedFromId);
            for (const Milestone &m : g.milestones)
                lines << QStringLiteral("  milestone|%1|%2|%3")
                                 .arg(m.title)
                                 .arg(m.done)
                                 .arg(m.doneOn.toString(Qt::ISODate));
            for (const EvidenceLink &link : g.links)
                lines << QStringLiteral("  link|%1|%2").arg(link.label, link.url.toString());
            lines << QStringLiteral("  counts evidence|%1").arg(g.countsEvidence);
            for (const EvidenceItem &item : y.evidence) {
                if (item.link.goalId == g.id)
                    lines << QStringLiteral("  evidence|%1|%2|%3").arg(item.title, item.date.toIsoString(), item.kind);
            }
        }
        for (const Output &o : y.outputs)
            lines << QStringLiteral("output|%1|%2|%3|%4|%5|%6|%7")
                             .arg(o.kind, o.title, o.date.toIsoString(), o.link.toString(), o.venue, areaName(o.areaId),
                                  o.notes);
        for (const YearTheme &t : y.themes)
            lines << QStringLiteral("theme|%1|%2|%3|%4|%5")
                             .arg(t.theme.name, areaName(t.theme.areaId), t.theme.notes, themeStateKey(t.entry.state),
                                  t.entry.note);
        for (const YearQuestion &q : y.questions)
            lines << QStringLiteral("question|%1|%2|%3").arg(q.question.text, q.question.builtinKey, q.answer.body);
        for (const YearThemeLink &l : y.themeLinks) {
            const QString target = l.target == ThemeLinkTarget::Goal ? goalNames.value(l.targetId)
                    : l.target == ThemeLinkTarget::Event             ? eventNames.value(l.targetId)
                                                                     : sectionNames.value(l.targetId);
            lines << QStringLiteral("theme link|%1|%2").arg(l.themeName, target);
        }
    }
    for (const Theme &theme : repos.themes.all().value())
        lines << QStringLiteral("theme definition|%1|%2|%3").arg(theme.name, areaName(theme.areaId), theme.notes);
    for (const Question &question : repos.questions.all().value())
        lines << QStringLiteral("question definition|%1|%2").arg(question.text, question.builtinKey);
    return lines.join(QLatin1Char('\n'));
}

QByteArray databaseFileHash(TempDatabase &db)
{
    (void)db.rawExec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return QCryptographicHash::hash(readFile(db.path()), QCryptographicHash::Sha256);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace hoego::test
