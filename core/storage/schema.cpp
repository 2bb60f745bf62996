// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "schema.h"

#include "search/bigrams.h"

#include <algorithm>
#include <iterator>

namespace hoego::schema {
namespace {

// Timestamps are UTC ISO-8601 with milliseconds, written by SQLite itself so every path agrees.
#define HOEGO_NOW "(strftime('%Y-%m-%dT%H:%M:%fZ','now'))"
#define HOEGO_TIMESTAMPS "created_at TEXT NOT NULL DEFAULT " HOEGO_NOW ", updated_at TEXT NOT NULL DEFAULT " HOEGO_NOW

QString touchTrigger(const char *table)
{
    return QStringLiteral("CREATE TRIGGER %1_touch AFTER UPDATE ON %1 WHEN NEW.updated_at IS OLD.updated_at "
                          "BEGIN UPDATE %1 SET updated_at = " HOEGO_NOW " WHERE id = NEW.id; END")
            .arg(QLatin1String(table));
}

// The tables whose rows carry a version (schema version 9): those with an id and a touch trigger.
constexpr const char *kVersionedTables[]
        = {"area",      "year",   "event",      "section",       "goal",          "milestone",
           "goal_link", "lesson", "unfinished", "theme",         "theme_year",    "theme_link",
           "question",  "answer", "output",     "goal_evidence", "export_profile"};

QStringList version1()
{
    QStringList statements = {
            QStringLiteral("CREATE TABLE area ("
                           "id INTEGER PRIMARY KEY,"
                           "name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),"
                           "color TEXT NOT NULL DEFAULT '#808080' CHECK (color GLOB "
                           "'#[0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f]'),"
                           "position INTEGER NOT NULL DEFAULT 0," HOEGO_TIMESTAMPS ")"),
            QStringLiteral("CREATE TABLE year ("
                           "id INTEGER PRIMARY KEY,"
                           "number INTEGER NOT NULL UNIQUE CHECK (number BETWEEN 1900 AND 2200),"
                           "title TEXT NOT NULL DEFAULT '',"
                           "summary TEXT NOT NULL DEFAULT '',"
                           "closing_note TEXT NOT NULL DEFAULT ''," HOEGO_TIMESTAMPS ")"),
            QStringLiteral("CREATE TABLE event ("
                           "id INTEGER PRIMARY KEY,"
                           "year_id INTEGER NOT NULL REFERENCES year(id) ON DELETE CASCADE,"
                           "title TEXT NOT NULL CHECK (length(trim(title)) > 0),"
                           "precision TEXT NOT NULL CHECK (precision IN ('year', 'month', 'day')),"
                           "month INTEGER CHECK (month BETWEEN 1 AND 12),"
                           "day INTEGER CHECK (day BETWEEN 1 AND 31),"
                           "area_id INTEGER REFERENCES area(id) ON DELETE SET NULL,"
                           "notes TEXT NOT NULL DEFAULT '',"
                           "position INTEGER NOT NULL DEFAULT 0," HOEGO_TIMESTAMPS ","
                           "CHECK ((precision = 'year' AND month IS NULL AND day IS NULL)"
                           " OR (precision = 'month' AND month IS NOT NULL AND day IS NULL)"
                           " OR (precision = 'day' AND month IS NOT NULL AND day IS NOT NULL)))"),
            QStringLiteral("CREATE INDEX event_by_year ON event (year_id, month, day, position)"),
            QStringLiteral("CREATE TABLE event_tag ("
                           "event_id INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,"
                           "tag TEXT NOT NULL CHECK (length(trim(tag)) > 0),"
                           "PRIMARY KEY (event_id, tag)) WITHOUT ROWID"),
            QStringLiteral("CREATE INDEX event_tag_by_tag ON event_tag (tag)"),
            QStringLiteral("CREATE TABLE section ("
                           "id INTEGER PRIMARY KEY,"
                           "year_id INTEGER NOT NULL REFERENCES year(id) ON DELETE CASCADE,"
                           "heading TEXT NOT NULL CHECK (length(trim(heading)) > 0),"
                           "body TEXT NOT NULL DEFAULT '',"
                           "position INTEGER NOT NULL DEFAULT 0," HOEGO_TIMESTAMPS ")"),
            QStringLiteral("CREATE INDEX section_by_year ON section (year_id, position)"),
            QStringLiteral(
                    "CREATE TABLE goal ("
                    "id INTEGER PRIMARY KEY,"
                    "year_id INTEGER NOT NULL REFERENCES year(id) ON DELETE CASCADE,"
                    "title TEXT NOT NULL CHECK (length(trim(title)) > 0),"
                    "area_id INTEGER REFERENCES area(id) ON DELETE SET NULL,"
                    "notes TEXT NOT NULL DEFAULT '',"
                    "kind TEXT NOT NULL DEFAULT 'check' CHECK (kind IN ('check', 'count', 'milestones')),"
                    "target INTEGER CHECK (target IS NULL OR target > 0),"
                    "current INTEGER NOT NULL DEFAULT 0 CHECK (current >= 0),"
                    "status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped', 'carried')),"
                    "done_on TEXT CHECK (done_on IS NULL OR date(done_on, '+0 days') = done_on),"
                    "drop_reason TEXT NOT NULL DEFAULT '',"
                    "carried_from_id INTEGER REFERENCES goal(id) ON DELETE SET NULL,"
                    "position INTEGER NOT NULL DEFAULT 0," HOEGO_TIMESTAMPS ","
                    "CHECK ((status = 'done') = (done_on IS NOT NULL)),"
                    "CHECK (kind <> 'count' OR target IS NOT NULL),"
                    "CHECK (carried_from_id IS NULL OR carried_from_id <> id))"),
            QStringLiteral("CREATE INDEX goal_by_year ON goal (year_id, position)"),
            QStringLiteral("CREATE INDEX goal_by_origin ON goal (carried_from_id)"),
            QStringLiteral("CREATE TABLE milestone ("
                           "id INTEGER PRIMARY KEY,"
                           "goal_id INTEGER NOT NULL REFERENCES goal(id) ON DELETE CASCADE,"
                           "title TEXT NOT NULL CHECK (length(trim(title)) > 0),"
                           "done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),"
                           "done_on TEXT CHECK (done_on IS NULL OR date(done_on, '+0 days') = done_on),"
                           "position INTEGER NOT NULL DEFAULT 0," HOEGO_TIMESTAMPS ","
                           "CHECK ((done = 1) = (done_on IS NOT NULL)))"),
            QStringLiteral("CREATE INDEX milestone_by_goal ON milestone (goal_id, position)"),
            QStringLiteral("CREATE TABLE goal_link ("
                           "id INTEGER PRIMARY KEY,"
                           "goal_id INTEGER NOT NULL REFERENCES goal(id) ON DELETE CASCADE,"
                           "label TEXT NOT NULL DEFAULT '',"
                           "url TEXT NOT NULL CHECK (url GLOB 'http://*' OR url GLOB 'https://*' OR url GLOB 'mailto:*'"
                           " OR url GLOB 'file:*'),"
                           "position INTEGER NOT NULL DEFAULT 0," HOEGO_TIMESTAMPS ")"),
            QStringLiteral("CREATE INDEX goal_link_by_goal ON goal_link (goal_id, position)"),
            QStringLiteral("CREATE TABLE lesson ("
                           "id INTEGER PRIMARY KEY,"
                           "year_id INTEGER NOT NULL REFERENCES year(id) ON DELETE CASCADE,"
                           "text TEXT NOT NULL CHECK (length(trim(text)) > 0),"
                           "event_id INTEGER REFERENCES event(id) ON DELETE SET NULL,"
                           "section_id INTEGER REFERENCES section(id) ON DELETE SET NULL,"
                           "position INTEGER NOT NULL DEFAULT 0," HOEGO_TIMESTAMPS ")"),
            QStringLiteral("CREATE INDEX lesson_by_year ON lesson (year_id, position)"),
            QStringLiteral("CREATE TABLE unfinished ("
                           "id INTEGER PRIMARY KEY,"
                           "year_id INTEGER NOT NULL REFERENCES year(id) ON DELETE CASCADE,"
                           "text TEXT NOT NULL CHECK (length(trim(text)) > 0),"
                           "goal_id INTEGER REFERENCES goal(id) ON DELETE SET NULL,"
                           "position INTEGER NOT NULL DEFAULT 0," HOEGO_TIMESTAMPS ")"),
            QStringLiteral("CREATE INDEX unfinished_by_year ON unfinished (year_id, position)"),
            QStringLiteral("INSERT INTO area (name, color, position) VALUES "
                           "('Life', '#E07A5F', 0), ('Work', '#3D5A80', 1), ('Study', '#81B29A', 2),"
                           "('Tech', '#6D597A', 3), ('Health', '#F2CC8F', 4), ('People', '#E56B6F', 5)"),
    };
    for (const char *table :
         {"area", "year", "event", "section", "goal", "milestone", "goal_link", "lesson", "unfinished"})
        statements << touchTrigger(table);
    return statements;
}

// Version 2 adds full-text search. The index is a trigram FTS5 table so Korean words are found inside longer
// words (particles stay attached to Korean words, so token-based search would miss them). The rowid packs the
// kind and the row id so triggers update one index row by key instead of scanning.
// `title` and `body` are SQL expressions over the indexed row, which `%1` names ("''" for no body).
struct Indexed
{
    const char *table;
    int kindCode;
    const char *kind;
    const char *title;
    const char *body;
    const char *watched;
};

// The tables indexed since version 2. Released migration steps read only these: a table added later has its
// own list, so an old step never names a table that did not exist yet.
constexpr Indexed kIndexedSince2[] = {
        {"event", 1, "event", "%1.title", "%1.notes", "title, notes"},
        {"section", 2, "section", "%1.heading", "%1.body", "heading, body"},
        {"lesson", 3, "lesson", "%1.text", "''", "text"},
        {"unfinished", 4, "unfinished", "%1.text", "''", "text"},
        {"goal", 5, "goal", "%1.title", "%1.notes", "title, notes"},
};

// Version 5: a theme's year is found by the theme's name, its notes and the year's note; a question's answer by
// the question and the answer. The names live in the parent rows, so the parents re-index their children when
// they change (see parentTriggersFor).
constexpr Indexed kIndexedSince5[] = {
        {"theme_year", 6, "theme", "(SELECT name FROM theme WHERE id = %1.theme_id)",
         "(%1.note || char(10) || (SELECT notes FROM theme WHERE id = %1.theme_id))", "note"},
        {"answer", 7, "answer", "(SELECT text FROM question WHERE id = %1.question_id)", "%1.body", "body"},
};

// Version 6: an output is found by its title, its venue and its notes.
constexpr Indexed kIndexedSince6[] = {
        {"output", 8, "output", "%1.title", "(%1.venue || char(10) || %1.notes)", "title, venue, notes"},
};

// Every table the current version indexes.
QList<Indexed> allIndexed()
{
    QList<Indexed> entries(std::begin(kIndexedSince2), std::end(kIndexedSince2));
    entries.append(QList<Indexed>(std::begin(kIndexedSince5), std::end(kIndexedSince5)));
    entries.append(QList<Indexed>(std::begin(kIndexedSince6), std::end(kIndexedSince6)));
    return entries;
}

bool hasBody(const Indexed &entry)
{
    return qstrcmp(entry.body, "''") != 0;
}

QString titleOf(const Indexed &entry, const QString &row)
{
    return QString(QLatin1String(entry.title)).arg(row);
}

QString bodyOf(const Indexed &entry, const QString &row)
{
    return hasBody(entry) ? QString(QLatin1String(entry.body)).arg(row) : QStringLiteral("''");
}

QString indexedValues(const Indexed &entry, const QString &row)
{
    const auto column = [&](const char *expression) {
        return qstrcmp(expression, "''") == 0 ? QStringLiteral("''") : QString(QLatin1String(expression)).arg(row);
    };
    return QStringLiteral("%1.id * 8 + %2, '%3', %1.id, %1.year_id, %4, %5")
            .arg(row)
            .arg(entry.kindCode)
            .arg(QLatin1String(entry.kind), column(entry.title), column(entry.body));
}

QStringList version2()
{
    QStringList statements = {
            QStringLiteral("CREATE VIRTUAL TABLE search_index USING fts5("
                           "kind UNINDEXED, ref_id UNINDEXED, year_id UNINDEXED, title, body, tokenize = 'trigram')"),
    };
    const QString insertInto = QStringLiteral("INSERT INTO search_index (rowid, kind, ref_id, year_id, title, body) ");
    for (const auto &entry : kIndexedSince2) {
        const QString table = QLatin1String(entry.table);
        const QString insertRow = insertInto + QStringLiteral("VALUES (") + indexedValues(entry, QStringLiteral("NEW"))
                + QLatin1Char(')');
        const QString deleteRow
                = QStringLiteral("DELETE FROM search_index WHERE rowid = OLD.id * 8 + %1").arg(entry.kindCode);
        statements << QStringLiteral("CREATE TRIGGER %1_search_insert AFTER INSERT ON %1 BEGIN %2; END")
                              .arg(table, insertRow)
                   << QStringLiteral("CREATE TRIGGER %1_search_update AFTER UPDATE OF %2 ON %1 BEGIN %3; %4; END")
                              .arg(table, QLatin1String(entry.watched), deleteRow, insertRow)
                   << QStringLiteral("CREATE TRIGGER %1_search_delete AFTER DELETE ON %1 BEGIN %2; END")
                              .arg(table, deleteRow)
                   // Rows written before search existed are indexed once here.
                   << insertInto + QStringLiteral("SELECT ") + indexedValues(entry, QStringLiteral("t"))
                        + QStringLiteral(" FROM %1 AS t").arg(table);
    }
    return statements;
}

// Version 3 makes search fast on decades of data (issue 7):
// - The rowid of both search indexes orders the results: year_id << 40 | rank << 36 | id, where rank puts
//   events first, then sections, lessons, unfinished items and goals. Search walks the years newest first and
//   reads each year's rowid range in descending order, so it stops after the first page of hits instead of
//   reading and sorting every match. (Version 2 packed id * 8 + kind and had to sort all matches.)
// - A second index, search_bigram, holds every pair of neighbouring letters as a token (see bigrams.h): two-
//   character words, which the trigram index cannot answer, become one token lookup instead of a scan of all
//   text. It is contentless (the trigram table keeps the text) and stores no positions: a term is one token.
// - goal_by_year_status lets the year overviews count done and dropped goals from the index alone.
constexpr qint64 kYearShift = 40;
constexpr qint64 kRankShift = 36;

QString rankedRowid(const Indexed &entry, const QString &row)
{
    return QStringLiteral("((%1.year_id << %2) | (%3 << %4) | %1.id)")
            .arg(row)
            .arg(kYearShift)
            .arg(8 - entry.kindCode)
            .arg(kRankShift);
}

QString bigramText(const Indexed &entry, const QString &row)
{
    const QString function = QLatin1String(bigrams::kSqlFunction);
    const QString title = QStringLiteral("%1(%2)").arg(function, titleOf(entry, row));
    if (!hasBody(entry))
        return title;
    return QStringLiteral("%1 || ' ' || %2(%3)").arg(title, function, bodyOf(entry, row));
}

// The triggers that keep both search indexes in step with one table (schema version 3 onwards).
QStringList searchTriggersFor(const Indexed &entry)
{
    const QString table = QLatin1String(entry.table);
    const auto insertRows = [&](const QString &row) {
        return QStringLiteral("INSERT INTO search_index (rowid, kind, ref_id, year_id, title, body) "
                              "VALUES (%1, '%2', %3.id, %3.year_id, %4, %5); "
                              "INSERT INTO search_bigram (rowid, tokens) VALUES (%1, %6)")
                .arg(rankedRowid(entry, row), QLatin1String(entry.kind), row, titleOf(entry, row), bodyOf(entry, row),
                     bigramText(entry, row));
    };
    // A contentless index forgets the text: deleting a row repeats the tokens it was given.
    const QString deleteRows
            = QStringLiteral("DELETE FROM search_index WHERE rowid = %1; "
                             "INSERT INTO search_bigram (search_bigram, rowid, tokens) VALUES ('delete', %1, %2)")
                      .arg(rankedRowid(entry, QStringLiteral("OLD")), bigramText(entry, QStringLiteral("OLD")));
    const QString newRow = QStringLiteral("NEW");
    return {QStringLiteral("CREATE TRIGGER %1_search_insert AFTER INSERT ON %1 BEGIN %2; END")
                    .arg(table, insertRows(newRow)),
            QStringLiteral("CREATE TRIGGER %1_search_update AFTER UPDATE OF %2, year_id ON %1 BEGIN %3; %4; END")
                    .arg(table, QLatin1String(entry.watched), deleteRows, insertRows(newRow)),
            QStringLiteral("CREATE TRIGGER %1_search_delete AFTER DELETE ON %1 BEGIN %2; END").arg(table, deleteRows)};
}

QStringList dropSearchTriggersFor(const Indexed &entry)
{
    QStringList statements;
    for (const char *event : {"insert", "update", "delete"})
        statements << QStringLiteral("DROP TRIGGER %1_search_%2").arg(QLatin1String(entry.table), QLatin1String(event));
    return statements;
}

// Indexes, in two set-wise statements, the rows of one table whose id is above `afterId`.
QStringList fillSearchFor(const Indexed &entry, qint64 afterId)
{
    const QString table = QLatin1String(entry.table);
    const QString where = afterId > 0 ? QStringLiteral(" WHERE t.id > %1").arg(afterId) : QString();
    const QString row = QStringLiteral("t");
    return {QStringLiteral("INSERT INTO search_index (rowid, kind, ref_id, year_id, title, body) "
                           "SELECT %1, '%2', t.id, t.year_id, %3, %4 FROM %5 AS t%6")
                    .arg(rankedRowid(entry, row), QLatin1String(entry.kind), titleOf(entry, row), bodyOf(entry, row),
                         table, where),
            QStringLiteral("INSERT INTO search_bigram (rowid, tokens) SELECT %1, %2 FROM %3 AS t%4")
                    .arg(rankedRowid(entry, row), bigramText(entry, row), table, where)};
}

QStringList version3()
{
    QStringList statements;
    for (const auto &entry : kIndexedSince2)
        statements << dropSearchTriggersFor(entry);
    statements << QStringLiteral("DROP TABLE search_index")
               << QStringLiteral(
                          "CREATE VIRTUAL TABLE search_index USING fts5("
                          "kind UNINDEXED, ref_id UNINDEXED, year_id UNINDEXED, title, body, tokenize = 'trigram')")
               << QStringLiteral("CREATE VIRTUAL TABLE search_bigram USING fts5("
                                 "tokens, content = '', columnsize = 0, detail = none, "
                                 "tokenize = 'unicode61 remove_diacritics 0')");
    for (const auto &entry : kIndexedSince2)
        statements << searchTriggersFor(entry) << fillSearchFor(entry, 0);
    statements << QStringLiteral("CREATE INDEX goal_by_year_status ON goal (year_id, status)");
    return statements;
}

// Version 4: adding an event reads the year's highest position. event_by_year is ordered by date first, so
// that read walked every event of the year (an import of 30 full years spent 0.4 s on it); this index answers
// it with one seek.
QStringList version4()
{
    return {QStringLiteral("CREATE INDEX event_by_year_position ON event (year_id, position)")};
}

// A parent row (a theme, a question) whose own text is part of its children's index rows. The contentless
// bigram index can only forget a row given the very tokens it indexed, so the children are re-indexed around
// every change of that text, and deleted before the parent (a cascade would run after the parent is gone).
struct IndexedParent
{
    const char *table;
    const char *watched;
    const Indexed &child;
    const char *childKey;
};

const IndexedParent kIndexedParents[] = {
        {"theme", "name, notes", kIndexedSince5[0], "theme_id"},
        {"question", "text", kIndexedSince5[1], "question_id"},
};

QStringList parentTriggersFor(const IndexedParent &parent)
{
    const Indexed &child = parent.child;
    const QString table = QLatin1String(parent.table);
    const QString childTable = QLatin1String(child.table);
    const QString key = QLatin1String(parent.childKey);
    const QString row = QStringLiteral("c");
    const QString children = QStringLiteral(" FROM %1 AS c WHERE c.%2 = %3.id").arg(childTable, key);
    const QString forget
            = QStringLiteral("DELETE FROM search_index WHERE rowid IN (SELECT %1%2); "
                             "INSERT INTO search_bigram (search_bigram, rowid, tokens) SELECT 'delete', %1, %3%2")
                      .arg(rankedRowid(child, row), children.arg(QStringLiteral("OLD")), bigramText(child, row));
    const QString index = QStringLiteral("INSERT INTO search_index (rowid, kind, ref_id, year_id, title, body) "
                                         "SELECT %1, '%2', c.id, c.year_id, %3, %4%5; "
                                         "INSERT INTO search_bigram (rowid, tokens) SELECT %1, %6%5")
                                  .arg(rankedRowid(child, row), QLatin1String(child.kind), titleOf(child, row),
                                       bodyOf(child, row), children.arg(QStringLiteral("NEW")), bigramText(child, row));
    return {QStringLiteral("CREATE TRIGGER %1_search_before_update BEFORE UPDATE OF %2 ON %1 BEGIN %3; END")
                    .arg(table, QLatin1String(parent.watched), forget),
            QStringLiteral("CREATE TRIGGER %1_search_after_update AFTER UPDATE OF %2 ON %1 BEGIN %3; END")
                    .arg(table, QLatin1String(parent.watched), index)};
}

// Version 5 (issue 12): themes followed across years with a radar state per year, their links to goals, events
// and sections, and questions asked across years with one answer per year.
QStringList version5()
{
    QStringList statements = {
            QStringLiteral("CREATE TABLE theme ("
                           "id INTEGER PRIMARY KEY,"
                           "name TEXT NOT NULL CHECK (length(trim(name)) > 0),"
                           "area_id INTEGER REFERENCES area(id) ON DELETE SET NULL,"
                           "notes TEXT NOT NULL DEFAULT ''," HOEGO_TIMESTAMPS ")"),
            QStringLiteral("CREATE UNIQUE INDEX theme_by_name ON theme (name COLLATE NOCASE)"),
            QStringLiteral("CREATE TABLE theme_year ("
                           "id INTEGER PRIMARY KEY,"
                           "theme_id INTEGER NOT NULL REFERENCES theme(id) ON DELETE CASCADE,"
                           "year_id INTEGER NOT NULL REFERENCES year(id) ON DELETE CASCADE,"
                           "state TEXT NOT NULL DEFAULT 'assess' CHECK (state IN ('assess', 'trial', 'adopt', 'hold')),"
                           "note TEXT NOT NULL DEFAULT '',"
                           "position INTEGER NOT NULL DEFAULT 0," HOEGO_TIMESTAMPS ","
                           "UNIQUE (year_id, theme_id))"),
            QStringLiteral("CREATE INDEX theme_year_by_theme ON theme_year (theme_id)"),
            QStringLiteral("CREATE INDEX theme_year_by_position ON theme_year (year_id, position)"),
            QStringLiteral("CREATE TABLE theme_link ("
                           "id INTEGER PRIMARY KEY,"
                           "theme_id INTEGER NOT NULL REFERENCES theme(id) ON DELETE CASCADE,"
                           "goal_id INTEGER REFERENCES goal(id) ON DELETE CASCADE,"
                           "event_id INTEGER REFERENCES event(id) ON DELETE CASCADE,"
                           "section_id INTEGER REFERENCES section(id) ON DELETE CASCADE," HOEGO_TIMESTAMPS ","
                           "CHECK ((goal_id IS NOT NULL) + (event_id IS NOT NULL) + (section_id IS NOT NULL) = 1))"),
            QStringLiteral(
                    "CREATE UNIQUE INDEX theme_link_goal ON theme_link (goal_id, theme_id) WHERE goal_id IS NOT NULL"),
            QStringLiteral("CREATE UNIQUE INDEX theme_link_event ON theme_link (event_id, theme_id) "
                           "WHERE event_id IS NOT NULL"),
            QStringLiteral("CREATE UNIQUE INDEX theme_link_section ON theme_link (section_id, theme_id) "
                           "WHERE section_id IS NOT NULL"),
            QStringLiteral("CREATE INDEX theme_link_by_theme ON theme_link (theme_id)"),
            QStringLiteral("CREATE TABLE question ("
                           "id INTEGER PRIMARY KEY,"
                           "text TEXT NOT NULL CHECK (length(trim(text)) > 0),"
                           "builtin TEXT UNIQUE," HOEGO_TIMESTAMPS ")"),
            QStringLiteral("CREATE UNIQUE INDEX question_by_text ON question (text COLLATE NOCASE)"),
            QStringLiteral("CREATE TABLE answer ("
                           "id INTEGER PRIMARY KEY,"
                           "question_id INTEGER NOT NULL REFERENCES question(id) ON DELETE CASCADE,"
                           "year_id INTEGER NOT NULL REFERENCES year(id) ON DELETE CASCADE,"
                           "body TEXT NOT NULL DEFAULT '',"
                           "position INTEGER NOT NULL DEFAULT 0," HOEGO_TIMESTAMPS ","
                           "UNIQUE (year_id, question_id))"),
            QStringLiteral("CREATE INDEX answer_by_question ON answer (question_id)"),
            QStringLiteral("CREATE INDEX answer_by_position ON answer (year_id, position)"),
    };
    for (const char *table : {"theme", "theme_year", "theme_link", "question", "answer"})
        statements << touchTrigger(table);
    for (const auto &parent : kIndexedParents) {
        // Children go first, while the parent's text is still there for their index rows.
        statements << QStringLiteral("CREATE TRIGGER %1_delete_children BEFORE DELETE ON %1 BEGIN "
                                     "DELETE FROM %2 WHERE %3 = OLD.id; END")
                              .arg(QLatin1String(parent.table), QLatin1String(parent.child.table),
                                   QLatin1String(parent.childKey))
                   << parentTriggersFor(parent);
    }
    for (const auto &entry : kIndexedSince5)
        statements << searchTriggersFor(entry);
    return statements;
}

// The day a goal that counts its evidence is completed on: today, but never after its year's last day (as
// GoalRepository::check does when no day is given). `goal` names the goal's row.
#define HOEGO_GOAL_DONE_DAY                                                                                            \
    "min(date('now', 'localtime'), printf('%04d-12-31', (SELECT y.number FROM year AS y WHERE y.id = goal.year_id)))"

// Version 6 (issue 13): outputs (what the user made or gave in a year) and evidence, the outputs and events
// linked to a goal. A goal that counts its evidence has the number of its evidence rows as its count. Triggers
// keep that count, so linking, unlinking and every delete that cascades (an output, an event, a year) agree:
// reaching the target completes the goal, and the unlink that takes it below the target reopens it.
QStringList version6()
{
    QStringList statements = {
            QStringLiteral("CREATE TABLE output ("
                           "id INTEGER PRIMARY KEY,"
                           "year_id INTEGER NOT NULL REFERENCES year(id) ON DELETE CASCADE,"
                           "kind TEXT NOT NULL CHECK (length(trim(kind)) > 0),"
                           "title TEXT NOT NULL CHECK (length(trim(title)) > 0),"
                           "precision TEXT NOT NULL CHECK (precision IN ('year', 'month', 'day')),"
                           "month INTEGER CHECK (month BETWEEN 1 AND 12),"
                           "day INTEGER CHECK (day BETWEEN 1 AND 31),"
                           "link TEXT NOT NULL DEFAULT '' CHECK (link = '' OR link GLOB 'http://*' OR "
                           "link GLOB 'https://*' OR link GLOB 'mailto:*' OR link GLOB 'file:*'),"
                           "venue TEXT NOT NULL DEFAULT '',"
                           "area_id INTEGER REFERENCES area(id) ON DELETE SET NULL,"
                           "notes TEXT NOT NULL DEFAULT '',"
                           "position INTEGER NOT NULL DEFAULT 0," HOEGO_TIMESTAMPS ","
                           "CHECK ((precision = 'year' AND month IS NULL AND day IS NULL)"
                           " OR (precision = 'month' AND month IS NOT NULL AND day IS NULL)"
                           " OR (precision = 'day' AND month IS NOT NULL AND day IS NOT NULL)))"),
            QStringLiteral("CREATE INDEX output_by_year ON output (year_id, position)"),
            QStringLiteral("CREATE TABLE goal_evidence ("
                           "id INTEGER PRIMARY KEY,"
                           "goal_id INTEGER NOT NULL REFERENCES goal(id) ON DELETE CASCADE,"
                           "output_id INTEGER REFERENCES output(id) ON DELETE CASCADE,"
                           "event_id INTEGER REFERENCES event(id) ON DELETE CASCADE," HOEGO_TIMESTAMPS ","
                           "CHECK ((output_id IS NOT NULL) + (event_id IS NOT NULL) = 1))"),
            QStringLiteral("CREATE UNIQUE INDEX goal_evidence_output ON goal_evidence (goal_id, output_id) "
                           "WHERE output_id IS NOT NULL"),
            QStringLiteral("CREATE UNIQUE INDEX goal_evidence_event ON goal_evidence (goal_id, event_id) "
                           "WHERE event_id IS NOT NULL"),
            QStringLiteral("CREATE INDEX goal_evidence_by_output ON goal_evidence (output_id)"),
            QStringLiteral("CREATE INDEX goal_evidence_by_event ON goal_evidence (event_id)"),
            QStringLiteral("ALTER TABLE goal ADD COLUMN counts_evidence INTEGER NOT NULL DEFAULT 0 "
                           "CHECK (counts_evidence IN (0, 1))"),
            // A link adds one: the goal completes when it reaches its target.
            QStringLiteral("CREATE TRIGGER goal_evidence_counted AFTER INSERT ON goal_evidence BEGIN "
                           "UPDATE goal SET current = (SELECT count(*) FROM goal_evidence WHERE goal_id = goal.id) "
                           "WHERE id = NEW.goal_id AND counts_evidence = 1 AND kind = 'count'; "
                           "UPDATE goal SET status = 'done', done_on = " HOEGO_GOAL_DONE_DAY " "
                           "WHERE id = NEW.goal_id AND counts_evidence = 1 AND kind = 'count' AND status = 'open' "
                           "AND current >= target; END"),
            // An unlink takes one away: only the one that goes below the target reopens the goal, so a goal
            // checked off by hand before it had all its evidence stays done.
            QStringLiteral("CREATE TRIGGER goal_evidence_uncounted AFTER DELETE ON goal_evidence BEGIN "
                           "UPDATE goal SET current = (SELECT count(*) FROM goal_evidence WHERE goal_id = goal.id) "
                           "WHERE id = OLD.goal_id AND counts_evidence = 1 AND kind = 'count'; "
                           "UPDATE goal SET status = 'open', done_on = NULL "
                           "WHERE id = OLD.goal_id AND counts_evidence = 1 AND kind = 'count' AND status = 'done' "
                           "AND current = target - 1; END"),
            // Turning counting on, or changing the target, brings count and status in line at once.
            QStringLiteral("CREATE TRIGGER goal_counts_evidence AFTER UPDATE OF counts_evidence, target ON goal "
                           "WHEN NEW.counts_evidence = 1 AND NEW.kind = 'count' "
                           "AND (OLD.counts_evidence = 0 OR OLD.target IS NOT NEW.target) BEGIN "
                           "UPDATE goal SET current = (SELECT count(*) FROM goal_evidence WHERE goal_id = goal.id) "
                           "WHERE id = NEW.id; "
                           "UPDATE goal SET status = 'done', done_on = " HOEGO_GOAL_DONE_DAY " "
                           "WHERE id = NEW.id AND status = 'open' AND current >= target; "
                           "UPDATE goal SET status = 'open', done_on = NULL "
                           "WHERE id = NEW.id AND status = 'done' AND current < target; END"),
    };
    for (const char *table : {"output", "goal_evidence"})
        statements << touchTrigger(table);
    for (const auto &entry : kIndexedSince6)
        statements << searchTriggersFor(entry);
    return statements;
}

// Version 7 (issue 14): items and areas marked private stay out of a public export. A flag on each row, so a
// backup, a move and undo keep it with the item.
QStringList version7()
{
    QStringList statements;
    for (const char *table :
         {"event", "section", "lesson", "unfinished", "goal", "theme_year", "answer", "output", "area"})
        statements << QStringLiteral("ALTER TABLE %1 ADD COLUMN private INTEGER NOT NULL DEFAULT 0 "
                                     "CHECK (private IN (0, 1))")
                              .arg(QLatin1String(table));
    return statements;
}

// Version 8 (issues 14, 15 and 20): each year's order of its exported parts (as a post had them or as the user
// arranged them; no rows: the default order), export profiles that rename the parts' headings, and settings of
// the database itself such as its language. All in the file, so they travel with backups. Rowid tables, so the
// change feed (an update hook) sees their writes.
QStringList version8()
{
    const QString parts = QStringLiteral("'events', 'outputs', 'themes', 'section', 'questions', 'lessons', "
                                         "'unfinished', 'goals', 'next-goals', 'closing-note'");
    return {
            QStringLiteral("CREATE TABLE year_part ("
                           "year_id INTEGER NOT NULL REFERENCES year(id) ON DELETE CASCADE,"
                           "position INTEGER NOT NULL CHECK (position >= 0),"
                           "part TEXT NOT NULL CHECK (part IN (%1)),"
                           "PRIMARY KEY (year_id, position))")
                    .arg(parts),
            QStringLiteral("CREATE TABLE export_profile ("
                           "id INTEGER PRIMARY KEY,"
                           "name TEXT NOT NULL CHECK (length(trim(name)) > 0)," HOEGO_TIMESTAMPS ")"),
            QStringLiteral("CREATE UNIQUE INDEX export_profile_by_name ON export_profile (name COLLATE NOCASE)"),
            touchTrigger("export_profile"),
            QStringLiteral("CREATE TABLE export_heading ("
                           "profile_id INTEGER NOT NULL REFERENCES export_profile(id) ON DELETE CASCADE,"
                           "part TEXT NOT NULL CHECK (part IN (%1) AND part <> 'section'),"
                           "heading TEXT NOT NULL CHECK (length(trim(heading)) > 0),"
                           "PRIMARY KEY (profile_id, part))")
                    .arg(parts),
            QStringLiteral("CREATE TABLE database_setting ("
                           "key TEXT PRIMARY KEY CHECK (length(key) > 0),"
                           "value TEXT NOT NULL)"),
    };
}

// Version 9 (issue 16): a version on every row a user edits, raised by every update whatever wrote it, so a client
// of a server database can tell that a row changed since it read it. The touch triggers become one trigger per
// table that also raises the version: two triggers would each see the other's update and raise it twice. An update
// that sets the version itself (a copy putting back a row as it was) keeps it.
QStringList version9()
{
    QStringList statements;
    for (const char *table : kVersionedTables) {
        const QLatin1StringView name(table);
        statements << QStringLiteral("ALTER TABLE %1 ADD COLUMN version INTEGER NOT NULL DEFAULT 1").arg(name)
                   << QStringLiteral("DROP TRIGGER %1_touch").arg(name)
                   << QStringLiteral("CREATE TRIGGER %1_touch AFTER UPDATE ON %1 BEGIN UPDATE %1 SET updated_at = "
                                     "CASE WHEN NEW.updated_at IS OLD.updated_at THEN " HOEGO_NOW
                                     " ELSE NEW.updated_at END, version = CASE WHEN NEW.version IS OLD.version THEN "
                                     "OLD.version + 1 ELSE NEW.version END WHERE id = NEW.id; END")
                              .arg(name);
    }
    return statements;
}

} // namespace

bool isVersioned(const QString &table)
{
    return std::any_of(std::begin(kVersionedTables), std::end(kVersionedTables),
                       [&](const char *name) { return table == QLatin1String(name); });
}

QStringList searchedTables()
{
    QStringList tables;
    for (const auto &entry : allIndexed())
        tables << QLatin1String(entry.table);
    return tables;
}

QStringList dropSearchTriggers()
{
    QStringList statements;
    for (const auto &entry : allIndexed())
        statements << dropSearchTriggersFor(entry);
    return statements;
}

QStringList restoreSearchIndexing(const QHash<QString, qint64> &lastIdBefore)
{
    // FTS5 writes a new segment whenever its pending terms pass 'hashsize' (1 MiB by default). Indexing
    // decades of text in 1 MiB pieces and merging them took twice as long as in 128 MiB pieces; the setting is
    // stored in the index, so the default is put back before the transaction ends.
    constexpr int kBulkHashSize = 128 * 1024 * 1024;
    constexpr int kDefaultHashSize = 1024 * 1024;
    const auto hashSize = [](int bytes) {
        QStringList statements;
        for (const char *index : {"search_index", "search_bigram"})
            statements << QStringLiteral("INSERT INTO %1 (%1, rank) VALUES ('hashsize', %2)")
                                  .arg(QLatin1String(index))
                                  .arg(bytes);
        return statements;
    };
    QStringList statements = hashSize(kBulkHashSize);
    for (const auto &entry : allIndexed())
        statements << searchTriggersFor(entry) << fillSearchFor(entry, lastIdBefore.value(QLatin1String(entry.table)));
    return statements << hashSize(kDefaultHashSize);
}

QStringList coreTables()
{
    return {QStringLiteral("area"), QStringLiteral("year"),   QStringLiteral("event"),     QStringLiteral("section"),
            QStringLiteral("goal"), QStringLiteral("lesson"), QStringLiteral("unfinished")};
}

QStringList migrationStep(int toVersion)
{
    switch (toVersion) {
    case 1:
        return version1();
    case 2:
        return version2();
    case 3:
        return version3();
    case 4:
        return version4();
    case 5:
        return version5();
    case 6:
        return version6();
    case 7:
        return version7();
    case 8:
        return version8();
    case 9:
        return version9();
    default:
        return {};
    }
}

} // namespace hoego::schema
