// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "importbatch.h"

#include "storage/deferredsearchindexing.h"
#include "storage/privacy.h"
#include "storage/repositories.h"
#include "storage/sql.h"

#include <QCoreApplication>

#include <QSet>

#include <algorithm>

namespace hoego {
namespace {

// Names the context of this file's strings for tr() and for lupdate alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hoego::ImportBatch)
};

constexpr qint64 kProgressEvery = 250;

// What makes two items of one year the same item, so importing a file again adds nothing twice.
QString sameKey(const QString &text)
{
    return text.simplified().toCaseFolded();
}
QString eventKey(const Event &event)
{
    return sameKey(event.title) + QLatin1Char('|') + event.date.toIsoString();
}
QString sectionKey(const Section &section)
{
    return sameKey(section.heading) + QLatin1Char('|') + sameKey(section.body);
}
QString outputKey(const Output &output)
{
    return sameKey(output.title) + QLatin1Char('|') + output.date.toIsoString();
}

// The items a merged year already had, by their sameness keys.
struct ExistingItems
{
    QHash<QString, Id> events, sections, goals, lessons, unfinished, outputs;
};

// Writes one batch; lives only for the duration of writeImportBatch, inside its transaction.
class BatchWriter
{
public:
    BatchWriter(const QString &connection, const ImportBatch &batch, const ImportOptions &options)
        : m_connection(connection)
        , m_repos(connection)
        , m_batch(batch)
        , m_options(options)
    { }

    Result<ImportResult> run()
    {
        for (const YearData &year : m_batch.years)
            m_total += year.events.size() + year.sections.size() + year.lessons.size() + year.unfinished.size()
                    + year.goals.size() + year.themes.size() + year.questions.size() + year.outputs.size();
        QList<const YearData *> years;
        for (const YearData &year : m_batch.years)
            years << &year;
        std::sort(years.begin(), years.end(),
                  [](const YearData *a, const YearData *b) { return a->year.number < b->year.number; });

        auto hadYears = m_repos.years.overviews();
        if (!hadYears.ok())
            return hadYears.error();
        if (Status areas = mapAreas(hadYears->isEmpty()); !areas.ok())
            return areas.error();
        for (const YearData *year : years) {
            if (Status written = writeYear(*year); !written.ok())
                return written.error();
        }
        for (const YearData *year : years) {
            if (Status written = writeMainItems(*year); !written.ok())
                return written.error();
        }
        // Lessons and unfinished items link to events, sections and goals of any year: written last.
        for (const YearData *year : years) {
            if (Status written = writeLinkedItems(*year); !written.ok())
                return written.error();
        }
        for (const YearData *year : years) {
            if (Status written = writeEvidence(*year); !written.ok())
                return written.error();
        }
        if (Status described = describeThemesAndQuestions(); !described.ok())
            return described.error();
        for (const YearData *year : years) {
            if (Status written = writeThemesAndQuestions(*year); !written.ok())
                return written.error();
        }
        if (Status carried = resolveCarriedGoals(); !carried.ok())
            return carried.error();
        if (m_options.progress && !m_options.progress(m_total, m_total))
            return cancelled();
        return m_result;
    }

private:
    Error cancelled() const { return Error::invalid(Tr::tr("The import was cancelled; nothing was written.")); }

    Error located(ImportBatch::Kind kind, Id localId, const Error &error) const
    {
        // Origins are "file:line" or "file: JSON path", set by the reader.
        QString where = m_batch.origin(kind, localId);
        if (where.isEmpty())
            where = m_batch.fileName;
        if (where.isEmpty())
            return error;
        return Error{error.code, QStringLiteral("%1: %2").arg(where, error.message)};
    }

    Status step()
    {
        ++m_done;
        if (m_options.progress && m_done % kProgressEvery == 0 && !m_options.progress(m_done, m_total))
            return cancelled();
        return {};
    }

    Status mapAreas(bool emptyDatabase)
    {
        auto existing = m_repos.areas.all();
        if (!existing.ok())
            return existing.error();
        QHash<QString, Id> byName;
        for (const Area &area : existing.value())
            byName.insert(area.name.trimmed().toCaseFolded(), area.id);
        for (const Area &area : m_batch.areas) {
            const QString key = area.name.trimmed().toCaseFolded();
            Id id = byName.value(key);
            if (const QString alias = m_options.areaAliases.value(area.name.trimmed()); id == 0 && !alias.isEmpty())
                id = byName.value(alias.trimmed().toCaseFolded());
            if (id == 0) {
                auto created
                        = m_repos.areas.create(area.name, area.color.isValid() ? area.color : QColor(0x80, 0x80, 0x80));
                if (!created.ok())
                    return Error{created.error().code,
                                 QStringLiteral("%1: %2").arg(m_batch.fileName, created.error().message)};
                id = *created;
                byName.insert(key, id);
                ++m_result.areas;
            }
            m_areaIds.insert(area.id, id);
            // A private mark in the file is kept; an import never makes an area public.
            if (area.isPrivate) {
                if (Status marked = privacy::setPrivate(m_connection, PrivateKind::Area, id, true); !marked.ok())
                    return marked;
            }
        }
        // A backup restored into a new database looks like the original: its areas first, with their colours.
        if (m_batch.wholeDatabase && emptyDatabase) {
            for (qsizetype i = 0; i < m_batch.areas.size(); ++i) {
                const Id id = m_areaIds.value(m_batch.areas[i].id);
                if (m_batch.areas[i].color.isValid()) {
                    if (Status colored = m_repos.areas.setColor(id, m_batch.areas[i].color); !colored.ok())
                        return colored;
                }
                if (Status moved = m_repos.areas.move(id, int(i)); !moved.ok())
                    return moved;
            }
        }
        return {};
    }

    Status writeYear(const YearData &data)
    {
        const Year &year = data.year;
        auto existing = m_repos.years.byNumber(year.number);
        if (existing.ok()) {
            if (!m_options.mergeIntoExisting)
                return located(ImportBatch::Kind::Year, year.id,
                               Error{Error::Code::Conflict,
                                     Tr::tr("The year %1 already exists in the database. Choose to merge into it, or "
                                            "remove it first.")
                                             .arg(year.number)});
            const Year &old = existing.value();
            m_yearIds.insert(year.number, old.id);
            m_result.yearsMerged << year.number;
            if (Status loaded = loadExisting(year.number, old.id); !loaded.ok())
                return loaded;
            // Merging keeps what the user wrote; only empty fields are filled in.
            if (old.title.isEmpty() && !year.title.isEmpty()) {
                if (Status set = m_repos.years.setTitle(old.id, year.title); !set.ok())
                    return located(ImportBatch::Kind::Year, year.id, set.error());
            }
            if (old.summary.isEmpty() && !year.summary.isEmpty()) {
                if (Status set = m_repos.years.setSummary(old.id, year.summary); !set.ok())
                    return located(ImportBatch::Kind::Year, year.id, set.error());
            }
            if (old.closingNote.isEmpty() && !year.closingNote.isEmpty()) {
                if (Status set = m_repos.years.setClosingNote(old.id, year.closingNote); !set.ok())
                    return located(ImportBatch::Kind::Year, year.id, set.error());
            }
            // Likewise the order of the year's parts: the file's only when the year had none of its own.
            auto order = m_repos.parts.order(old.id);
            if (!order.ok())
                return order.error();
            if (order->isEmpty() && !data.partOrder.isEmpty()) {
                if (Status set = m_repos.parts.setOrder(old.id, data.partOrder); !set.ok())
                    return located(ImportBatch::Kind::Year, year.id, set.error());
            }
            return {};
        }
        if (existing.error().code != Error::Code::NotFound)
            return existing.error();
        auto created = m_repos.years.create(year.number, year.title, year.summary);
        if (!created.ok())
            return located(ImportBatch::Kind::Year, year.id, created.error());
        if (!year.closingNote.isEmpty()) {
            if (Status set = m_repos.years.setClosingNote(*created, year.closingNote); !set.ok())
                return located(ImportBatch::Kind::Year, year.id, set.error());
        }
        if (!data.partOrder.isEmpty()) {
            if (Status set = m_repos.parts.setOrder(*created, data.partOrder); !set.ok())
                return located(ImportBatch::Kind::Year, year.id, set.error());
        }
        m_yearIds.insert(year.number, *created);
        m_result.yearsCreated << year.number;
        return {};
    }

    Status loadExisting(int number, Id yearId)
    {
        ExistingItems items;
        auto events = m_repos.events.forYear(yearId);
        auto sections = m_repos.sections.forYear(yearId);
        auto goals = m_repos.goals.forYear(yearId);
        auto lessons = m_repos.lessons.forYear(yearId);
        auto unfinished = m_repos.unfinished.forYear(yearId);
        auto outputs = m_repos.outputs.forYear(yearId);
        if (!events.ok() || !sections.ok() || !goals.ok() || !lessons.ok() || !unfinished.ok() || !outputs.ok())
            return Error::storage(Tr::tr("The year %1 could not be read to merge into it.").arg(number));
        for (const Event &event : events.value())
            items.events.insert(eventKey(event), event.id);
        for (const Section &section : sections.value())
            items.sections.insert(sectionKey(section), section.id);
        for (const Goal &goal : goals.value())
            items.goals.insert(sameKey(goal.title), goal.id);
        for (const Lesson &lesson : lessons.value())
            items.lessons.insert(sameKey(lesson.text), lesson.id);
        for (const UnfinishedItem &item : unfinished.value())
            items.unfinished.insert(sameKey(item.text), item.id);
        for (const Output &output : outputs.value())
            items.outputs.insert(outputKey(output), output.id);
        m_existing.insert(number, items);
        return {};
    }

    // The stored item the file's item repeats, or 0.
    Id alreadyThere(int number, QHash<QString, Id> ExistingItems::*list, const QString &key)
    {
        const auto found = m_existing.constFind(number);
        return found == m_existing.constEnd() ? 0 : ((*found).*list).value(key);
    }

    Status skipped()
    {
        ++m_result.alreadyThere;
        return step();
    }

    Status writeMainItems(const YearData &data)
    {
        const Id yearId = m_yearIds.value(data.year.number);
        const int number = data.year.number;
        for (const Event &source : data.events) {
            if (const Id same = alreadyThere(number, &ExistingItems::events, eventKey(source)); same != 0) {
                m_eventIds.insert(source.id, same);
                if (Status stepped = skipped(); !stepped.ok())
                    return stepped;
                continue;
            }
            Event event = source;
            event.id = 0;
            event.yearId = yearId;
            event.areaId = m_areaIds.value(source.areaId);
            auto created = m_repos.events.create(event);
            if (!created.ok())
                return located(ImportBatch::Kind::Event, source.id, created.error());
            m_eventIds.insert(source.id, *created);
            ++m_result.events;
            if (Status stepped = step(); !stepped.ok())
                return stepped;
        }
        for (const Section &section : data.sections) {
            if (const Id same = alreadyThere(number, &ExistingItems::sections, sectionKey(section)); same != 0) {
                m_sectionIds.insert(section.id, same);
                if (Status stepped = skipped(); !stepped.ok())
                    return stepped;
                continue;
            }
            auto created = m_repos.sections.create(yearId, section.heading, section.body);
            if (!created.ok())
                return located(ImportBatch::Kind::Section, section.id, created.error());
            if (section.isPrivate) {
                if (Status marked = privacy::setPrivate(m_connection, PrivateKind::Section, *created, true);
                    !marked.ok())
                    return located(ImportBatch::Kind::Section, section.id, marked.error());
            }
            m_sectionIds.insert(section.id, *created);
            ++m_result.sections;
            if (Status stepped = step(); !stepped.ok())
                return stepped;
        }
        for (const Goal &source : data.goals) {
            if (const Id same = alreadyThere(number, &ExistingItems::goals, sameKey(source.title)); same != 0) {
                m_goalIds.insert(source.id, same);
                if (Status stepped = skipped(); !stepped.ok())
                    return stepped;
                continue;
            }
            Goal goal = source;
            goal.id = 0;
            goal.yearId = yearId;
            goal.areaId = m_areaIds.value(source.areaId);
            goal.carriedFromId = m_goalIds.value(source.carriedFromId);
            for (Milestone &milestone : goal.milestones)
                milestone.id = 0;
            for (EvidenceLink &link : goal.links)
                link.id = 0;
            auto created = m_repos.goals.create(goal);
            if (!created.ok())
                return located(ImportBatch::Kind::Goal, source.id, created.error());
            m_goalIds.insert(source.id, *created);
            if (source.carriedFromId != 0 && goal.carriedFromId == 0)
                m_pendingCarried.append({*created, source.carriedFromId});
            ++m_result.goals;
            m_result.milestones += int(goal.milestones.size());
            m_result.links += int(goal.links.size());
            if (Status stepped = step(); !stepped.ok())
                return stepped;
        }
        return writeOutputs(data);
    }

    Status writeOutputs(const YearData &data)
    {
        const Id yearId = m_yearIds.value(data.year.number);
        for (const Output &source : data.outputs) {
            if (const Id same = alreadyThere(data.year.number, &ExistingItems::outputs, outputKey(source)); same != 0) {
                m_outputIds.insert(source.id, same);
                if (Status stepped = skipped(); !stepped.ok())
                    return stepped;
                continue;
            }
            Output output = source;
            output.id = 0;
            output.yearId = yearId;
            output.areaId = m_areaIds.value(source.areaId);
            auto created = m_repos.outputs.create(output);
            if (!created.ok())
                return located(ImportBatch::Kind::Output, source.id, created.error());
            m_outputIds.insert(source.id, *created);
            ++m_result.outputs;
            if (Status stepped = step(); !stepped.ok())
                return stepped;
        }
        return {};
    }

    // Evidence names goals, outputs and events of any year of the file: linked once all are written. A link
    // the database already has (a merge) is not added twice.
    Status writeEvidence(const YearData &data)
    {
        for (const EvidenceItem &item : data.evidence) {
            const GoalEvidence &source = item.link;
            const Id goal = m_goalIds.value(source.goalId);
            const Id target
                    = (source.source == EvidenceSource::Output ? m_outputIds : m_eventIds).value(source.sourceId);
            if (goal == 0 || target == 0)
                continue;
            auto existing = m_repos.evidence.find(goal, source.source, target);
            if (!existing.ok())
                return existing.error();
            if (existing->id != 0)
                continue;
            auto linked = m_repos.evidence.link(goal, source.source, target);
            if (!linked.ok())
                return linked.error();
            ++m_result.evidence;
        }
        return {};
    }

    Status writeLinkedItems(const YearData &data)
    {
        const Id yearId = m_yearIds.value(data.year.number);
        for (const Lesson &source : data.lessons) {
            if (alreadyThere(data.year.number, &ExistingItems::lessons, sameKey(source.text)) != 0) {
                if (Status stepped = skipped(); !stepped.ok())
                    return stepped;
                continue;
            }
            Lesson lesson = source;
            lesson.id = 0;
            lesson.yearId = yearId;
            lesson.eventId = m_eventIds.value(source.eventId);
            lesson.sectionId = m_sectionIds.value(source.sectionId);
            auto created = m_repos.lessons.create(lesson);
            if (!created.ok())
                return located(ImportBatch::Kind::Lesson, source.id, created.error());
            ++m_result.lessons;
            if (Status stepped = step(); !stepped.ok())
                return stepped;
        }
        for (const UnfinishedItem &source : data.unfinished) {
            if (alreadyThere(data.year.number, &ExistingItems::unfinished, sameKey(source.text)) != 0) {
                if (Status stepped = skipped(); !stepped.ok())
                    return stepped;
                continue;
            }
            UnfinishedItem item = source;
            item.id = 0;
            item.yearId = yearId;
            item.goalId = m_goalIds.value(source.goalId);
            auto created = m_repos.unfinished.create(item);
            if (!created.ok())
                return located(ImportBatch::Kind::Unfinished, source.id, created.error());
            ++m_result.unfinished;
            if (Status stepped = step(); !stepped.ok())
                return stepped;
        }
        return {};
    }

    // Themes and questions the file describes: matched by name (or built-in key), made when missing. An existing
    // theme keeps its notes: importing never rewrites what the user has (and the search triggers are away).
    Status describeThemesAndQuestions()
    {
        for (const Theme &source : m_batch.themes) {
            auto id = themeId(source.name, &source);
            if (!id.ok())
                return located(ImportBatch::Kind::Theme, source.id, id.error());
        }
        for (const Question &source : m_batch.questions) {
            auto existing = m_repos.questions.findSame(source);
            if (!existing.ok())
                return located(ImportBatch::Kind::Question, source.id, existing.error());
            if (existing->id != 0)
                continue;
            auto created = m_repos.questions.create(source);
            if (!created.ok())
                return located(ImportBatch::Kind::Question, source.id, created.error());
        }
        return {};
    }

    static QString themeKey(const QString &name) { return name.simplified().toCaseFolded(); }
    static QString questionKey(const Question &question)
    {
        return question.builtinKey.isEmpty() ? question.text.simplified().toCaseFolded()
                                             : QStringLiteral("builtin:") + question.builtinKey;
    }

    Result<Id> themeId(const QString &name, const Theme *description = nullptr)
    {
        const QString key = themeKey(name);
        if (const Id known = m_themeIds.value(key); known != 0)
            return known;
        auto existing = m_repos.themes.findByName(name);
        if (!existing.ok())
            return existing.error();
        Id id = existing->id;
        if (id == 0) {
            Theme theme = description ? *description : Theme{0, name, 0, {}};
            theme.areaId = m_areaIds.value(theme.areaId);
            auto created = m_repos.themes.create(theme);
            if (!created.ok())
                return created.error();
            id = *created;
        }
        m_themeIds.insert(key, id);
        return id;
    }

    Status writeThemesAndQuestions(const YearData &data)
    {
        const Id yearId = m_yearIds.value(data.year.number);
        // Importing the same file again adds nothing twice: what the year already has is left as it is.
        auto present = m_repos.themes.forYear(yearId);
        if (!present.ok())
            return present.error();
        QSet<Id> presentThemes;
        for (const YearTheme &theme : present.value())
            presentThemes.insert(theme.theme.id);
        for (const YearTheme &source : data.themes) {
            const Theme *description = nullptr;
            for (const Theme &theme : m_batch.themes) {
                if (themeKey(theme.name) == themeKey(source.theme.name))
                    description = &theme;
            }
            Theme fallback = source.theme;
            fallback.areaId = 0;
            auto id = themeId(source.theme.name, description ? description : &fallback);
            if (!id.ok())
                return located(ImportBatch::Kind::Theme, source.entry.id, id.error());
            if (presentThemes.contains(*id))
                continue;
            ThemeYear entry = source.entry;
            entry.themeId = *id;
            entry.yearId = yearId;
            auto created = m_repos.themes.addToYear(entry);
            if (!created.ok())
                return located(ImportBatch::Kind::Theme, source.entry.id, created.error());
            presentThemes.insert(*id);
            ++m_result.themes;
            if (Status stepped = step(); !stepped.ok())
                return stepped;
        }
        auto asked = m_repos.questions.forYear(yearId);
        if (!asked.ok())
            return asked.error();
        QSet<QString> askedKeys;
        for (const YearQuestion &question : asked.value())
            askedKeys << questionKey(question.question) << question.question.text.simplified().toCaseFolded();
        for (const YearQuestion &source : data.questions) {
            if (askedKeys.contains(questionKey(source.question))
                || askedKeys.contains(source.question.text.simplified().toCaseFolded()))
                continue;
            auto added = m_repos.questions.addToYear(source.question, yearId, source.answer.body);
            if (!added.ok())
                return located(ImportBatch::Kind::Question, source.answer.id, added.error());
            if (source.answer.isPrivate) {
                if (Status marked = privacy::setPrivate(m_connection, PrivateKind::Answer, added->answerId, true);
                    !marked.ok())
                    return located(ImportBatch::Kind::Question, source.answer.id, marked.error());
            }
            askedKeys << questionKey(source.question);
            ++m_result.questions;
            if (Status stepped = step(); !stepped.ok())
                return stepped;
        }
        for (const YearThemeLink &source : data.themeLinks) {
            auto theme = themeId(source.themeName);
            if (!theme.ok())
                return Error{theme.error().code, QStringLiteral("%1: %2").arg(m_batch.fileName, theme.error().message)};
            const QHash<Id, Id> &ids = source.target == ThemeLinkTarget::Goal ? m_goalIds
                    : source.target == ThemeLinkTarget::Event                 ? m_eventIds
                                                                              : m_sectionIds;
            const Id target = ids.value(source.targetId);
            if (target == 0)
                continue;
            auto existing = m_repos.themes.linksTo(source.target, target);
            if (!existing.ok())
                return existing.error();
            if (std::any_of(existing->begin(), existing->end(),
                            [&](const ThemeLink &l) { return l.themeId == *theme; }))
                continue;
            auto linked = m_repos.themes.link({0, *theme, source.target, target});
            if (!linked.ok())
                return linked.error();
            ++m_result.themeLinks;
        }
        return {};
    }

    // A goal carried from a goal that comes later in the file (rare) gets its link once both exist. The
    // repositories have no call to change a goal's origin after creation, so it is set here.
    Status resolveCarriedGoals()
    {
        for (const auto &[goalId, localOrigin] : std::as_const(m_pendingCarried)) {
            const Id origin = m_goalIds.value(localOrigin);
            if (origin == 0 || origin == goalId)
                continue;
            auto updated = sql::exec(m_connection, QStringLiteral("UPDATE goal SET carried_from_id = ? WHERE id = ?"),
                                     {origin, goalId});
            if (!updated.ok())
                return updated.error();
        }
        return {};
    }

    QString m_connection;
    Repositories m_repos;
    const ImportBatch &m_batch;
    const ImportOptions &m_options;
    ImportResult m_result;
    QHash<Id, Id> m_areaIds;
    QHash<int, Id> m_yearIds; // by year number
    QHash<Id, Id> m_eventIds;
    QHash<Id, Id> m_sectionIds;
    QHash<Id, Id> m_goalIds;
    QHash<Id, Id> m_outputIds;
    QHash<QString, Id> m_themeIds; // by case-folded name
    QHash<int, ExistingItems> m_existing; // merged years' items, by year number
    QList<std::pair<Id, Id>> m_pendingCarried;
    qint64 m_total = 0;
    qint64 m_done = 0;
};

// Inside the import's transaction: the rows as one bulk write, then the search indexes in one pass.
Result<ImportResult> writeAllOrNothing(const QString &connection, const ImportBatch &batch,
                                       const ImportOptions &options)
{
    sql::BulkWrite bulk(connection);
    auto indexing = DeferredSearchIndexing::start(connection);
    if (!indexing.ok())
        return indexing.error();
    auto result = BatchWriter(connection, batch, options).run();
    if (!result.ok())
        return result;
    if (Status indexed = indexing->finish(); !indexed.ok())
        return indexed.error();
    return result;
}

} // namespace

Result<ImportResult> writeImportBatch(const QString &connection, const ImportBatch &batch, const ImportOptions &options)
{
    // sql::Transaction at the outermost level is a whole transaction, rolled back unless committed: a failed
    // import leaves the file byte-for-byte as it was.
    sql::Transaction transaction(connection);
    if (!transaction.started().ok())
        return transaction.started().error();
    auto result = writeAllOrNothing(connection, batch, options);
    if (!result.ok())
        return result;
    // A dry run goes through every check the real import does, then rolls back with the transaction.
    if (options.dryRun)
        return result;
    if (Status committed = transaction.commit(); !committed.ok())
        return committed.error();
    return result;
}

} // namespace hoego
