// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "i18n/particles.h"
#include "jsonformat.h"

#include "validation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

#include <cmath>
#include <limits>
#include <tuple>

namespace hoego::jsonformat {
namespace {

// Names the context of this file's strings for tr() and for lupdate alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hoego::jsonformat)
};

int lineAt(const QByteArray &data, qsizetype offset)
{
    return int(data.left(qBound<qsizetype>(0, offset, data.size())).count('\n')) + 1;
}

// JSON numbers are doubles. A whole one is converted only when it fits in 64 bits: converting a larger double
// is undefined behaviour. The negated range test also refuses NaN.
bool wholeNumber(double number, qint64 *out)
{
    if (!(number >= -0x1p63 && number < 0x1p63) || std::trunc(number) != number)
        return false;
    *out = qint64(number);
    return true;
}

QString shortest(double number)
{
    return QString::number(number, 'g', QLocale::FloatingPointShortest);
}

// Reads the document into an ImportBatch, checking every type; errors name the JSON path.
class Reader
{
public:
    explicit Reader(QString fileName)
        : m_fileName(std::move(fileName))
    { }

    Result<ImportBatch> read(const QJsonObject &root)
    {
        if (root.value(QStringLiteral("format")).toString() != QLatin1String("hoego"))
            return fail(QString(), Tr::tr("this is not a Hoego export (\"format\" is not \"hoego\")."));
        const QJsonValue version = root.value(QStringLiteral("version"));
        if (!version.isDouble())
            return fail(QStringLiteral("version"), Tr::tr("the format version is missing."));
        qint64 versionNumber = 0;
        if (!wholeNumber(version.toDouble(), &versionNumber) || versionNumber < 1)
            return fail(
                    QStringLiteral("version"),
                    Tr::tr("%1 is not a format version (a whole number from 1).").arg(shortest(version.toDouble())));
        if (versionNumber > kVersion)
            return fail(QStringLiteral("version"),
                        Tr::tr("the file uses format version %1; this Hoego reads up to version %2. Use a newer Hoego.")
                                .arg(versionNumber)
                                .arg(kVersion));
        m_batch.fileName = m_fileName;
        m_batch.wholeDatabase = root.value(QStringLiteral("scope")).toString() == QLatin1String("database");
        QJsonArray areas;
        if (!array(root, QStringLiteral("areas"), QString(), &areas, false))
            return m_error;
        for (qsizetype i = 0; i < areas.size(); ++i) {
            const QString path = QStringLiteral("areas[%1]").arg(i);
            QJsonObject object;
            Area area;
            if (!objectAt(areas, i, path, &object) || !text(object, QStringLiteral("name"), path, &area.name, true))
                return m_error;
            QString color;
            if (!text(object, QStringLiteral("color"), path, &color, false))
                return m_error;
            area.color = QColor::fromString(color);
            if (!privateMark(object, path, &area.isPrivate))
                return m_error;
            const Id id = addArea(area.name, area.color);
            if (area.isPrivate)
                m_batch.areas[id - 1].isPrivate = true;
        }
        if (!readDescriptions(root))
            return m_error;
        QJsonArray years;
        if (!array(root, QStringLiteral("years"), QString(), &years, true))
            return m_error;
        QSet<int> numbers;
        for (qsizetype i = 0; i < years.size(); ++i) {
            const QString path = QStringLiteral("years[%1]").arg(i);
            QJsonObject object;
            if (!objectAt(years, i, path, &object))
                return m_error;
            YearData year;
            if (!readYear(object, path, &year))
                return m_error;
            if (numbers.contains(year.year.number))
                return fail(path, Tr::tr("the year %1 appears twice.").arg(year.year.number));
            numbers.insert(year.year.number);
            m_batch.years << year;
        }
        if (!checkLinks())
            return m_error;
        return m_batch;
    }

private:
    Error fail(const QString &path, const QString &reason)
    {
        m_error = importError(m_fileName, 0, path.isEmpty() ? reason : QStringLiteral("%1: %2").arg(path, reason));
        return m_error;
    }

    bool array(const QJsonObject &object, const QString &key, const QString &parent, QJsonArray *out, bool required)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() && !required)
            return true;
        if (!value.isArray()) {
            fail(join(parent, key), Tr::tr("expected a list."));
            return false;
        }
        *out = value.toArray();
        return true;
    }

    bool objectAt(const QJsonArray &array, qsizetype index, const QString &path, QJsonObject *out)
    {
        if (!array.at(index).isObject()) {
            fail(path, Tr::tr("expected an object."));
            return false;
        }
        *out = array.at(index).toObject();
        return true;
    }

    bool text(const QJsonObject &object, const QString &key, const QString &parent, QString *out, bool required)
    {
        const QJsonValue value = object.value(key);
        if ((value.isUndefined() || value.isNull()) && !required)
            return true;
        if (!value.isString()) {
            fail(join(parent, key), required ? Tr::tr("expected a text (required).") : Tr::tr("expected a text."));
            return false;
        }
        *out = value.toString();
        return true;
    }

    // Version 4 (issue 14): "private": true on an item or an area; absent means public, as in older files.
    bool privateMark(const QJsonObject &object, const QString &parent, bool *out)
    {
        const QJsonValue value = object.value(QStringLiteral("private"));
        if (value.isUndefined() || value.isNull())
            return true;
        if (!value.isBool()) {
            fail(join(parent, QStringLiteral("private")), Tr::tr("expected true or false."));
            return false;
        }
        *out = value.toBool();
        return true;
    }

    bool integer(const QJsonObject &object, const QString &key, const QString &parent, qint64 *out, bool required)
    {
        const QJsonValue value = object.value(key);
        if ((value.isUndefined() || value.isNull()) && !required)
            return true;
        const double number = value.toDouble();
        if (!value.isDouble() || std::trunc(number) != number) {
            fail(join(parent, key), Tr::tr("expected a whole number."));
            return false;
        }
        if (!wholeNumber(number, out)) {
            fail(join(parent, key), Tr::tr("the number %1 is out of range.").arg(shortest(number)));
            return false;
        }
        return true;
    }

    // Narrows a number of the file to int; a larger one is refused, never wrapped into a plausible value
    // (4294969315 would become 2019).
    bool narrow(qint64 value, const QString &path, int *out)
    {
        if (value < std::numeric_limits<int>::min() || value > std::numeric_limits<int>::max()) {
            fail(path, Tr::tr("the number %1 is out of range.").arg(value));
            return false;
        }
        *out = int(value);
        return true;
    }

    bool date(const QJsonObject &object, const QString &key, const QString &parent, QDate *out)
    {
        QString value;
        if (!text(object, key, parent, &value, false))
            return false;
        if (value.isEmpty())
            return true;
        *out = QDate::fromString(value, Qt::ISODate);
        if (!out->isValid()) {
            fail(join(parent, key), i18n::fillWords(Tr::tr("\"%1\" is not a date (YYYY-MM-DD)."), value));
            return false;
        }
        return true;
    }

    // The local id of an item; items without one get a fresh key no file id can collide with.
    bool localId(const QJsonObject &object, const QString &path, QSet<Id> *seen, Id *out)
    {
        qint64 id = 0;
        if (!integer(object, QStringLiteral("id"), path, &id, false))
            return false;
        if (id == 0) {
            *out = --m_syntheticId;
            return true;
        }
        if (id < 0 || seen->contains(id)) {
            fail(join(path, QStringLiteral("id")),
                 i18n::fillWords(Tr::tr("the id %1 is used twice or is negative."), id));
            return false;
        }
        seen->insert(id);
        *out = id;
        return true;
    }

    bool area(const QJsonObject &object, const QString &path, Id *out)
    {
        QString name;
        if (!text(object, QStringLiteral("area"), path, &name, false))
            return false;
        *out = name.trimmed().isEmpty() ? 0 : addArea(name, QColor());
        return true;
    }

    Id addArea(const QString &name, const QColor &color)
    {
        const QString key = name.trimmed().toCaseFolded();
        if (m_areaIds.contains(key))
            return m_areaIds.value(key);
        Area area;
        area.id = m_areaIds.size() + 1;
        area.name = name.trimmed();
        area.color = color;
        m_areaIds.insert(key, area.id);
        m_batch.areas << area;
        return area.id;
    }

    bool readYear(const QJsonObject &object, const QString &path, YearData *year)
    {
        qint64 number = 0;
        int narrowed = 0;
        const QString numberPath = join(path, QStringLiteral("number"));
        if (!integer(object, QStringLiteral("number"), path, &number, true) || !narrow(number, numberPath, &narrowed))
            return false;
        // Checked here, not only when written: events default to this year and carried goals are checked by it.
        if (auto checked = validation::yearNumber(narrowed); !checked.ok()) {
            fail(numberPath, checked.error().message);
            return false;
        }
        year->year.id = number;
        year->year.number = narrowed;
        m_batch.setOrigin(ImportBatch::Kind::Year, number, located(path));
        if (!text(object, QStringLiteral("title"), path, &year->year.title, false)
            || !text(object, QStringLiteral("summary"), path, &year->year.summary, false)
            || !text(object, QStringLiteral("closing_note"), path, &year->year.closingNote, false))
            return false;
        return readEvents(object, path, year) && readSections(object, path, year) && readGoals(object, path, year)
                && readLessons(object, path, year) && readUnfinished(object, path, year)
                && readYearThemes(object, path, year) && readYearQuestions(object, path, year)
                && readThemeLinks(object, path, year) && readOutputs(object, path, year)
                && readPartOrder(object, path, year);
    }

    // The year's order of its exported parts (issues 14 and 20); optional, so older files keep the default.
    bool readPartOrder(const QJsonObject &parent, const QString &parentPath, YearData *year)
    {
        QJsonArray items;
        if (!array(parent, QStringLiteral("parts"), parentPath, &items, false))
            return false;
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString path = QStringLiteral("%1.parts[%2]").arg(parentPath).arg(i);
            const auto part = items.at(i).isString() ? yearPartFromKey(items.at(i).toString()) : std::nullopt;
            if (!part) {
                fail(path,
                     Tr::tr("expected a part: events, outputs, themes, section, questions, lessons, unfinished, "
                            "goals, next-goals or closing-note."));
                return false;
            }
            year->partOrder << *part;
        }
        return true;
    }

    // Version 3: what the year produced.
    bool readOutputs(const QJsonObject &parent, const QString &parentPath, YearData *year)
    {
        QJsonArray items;
        if (!array(parent, QStringLiteral("outputs"), parentPath, &items, false))
            return false;
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString path = QStringLiteral("%1.outputs[%2]").arg(parentPath).arg(i);
            QJsonObject object;
            Output output;
            QString dateText;
            QString link;
            if (!objectAt(items, i, path, &object) || !localId(object, path, &m_outputIds, &output.id)
                || !text(object, QStringLiteral("kind"), path, &output.kind, true)
                || !text(object, QStringLiteral("title"), path, &output.title, true)
                || !text(object, QStringLiteral("date"), path, &dateText, false)
                || !text(object, QStringLiteral("link"), path, &link, false)
                || !text(object, QStringLiteral("venue"), path, &output.venue, false)
                || !area(object, path, &output.areaId)
                || !text(object, QStringLiteral("notes"), path, &output.notes, false)
                || !privateMark(object, path, &output.isPrivate))
                return false;
            output.date = dateText.isEmpty() ? PartialDate::ofYear(year->year.number)
                                             : PartialDate::fromIsoString(dateText);
            if (!output.date.isValid()) {
                fail(path + QStringLiteral(".date"),
                     i18n::fillWords(Tr::tr("\"%1\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)."), dateText));
                return false;
            }
            if (!link.isEmpty())
                output.link = QUrl(link);
            m_batch.setOrigin(ImportBatch::Kind::Output, output.id, located(path));
            year->outputs << output;
        }
        return true;
    }

    // A goal's evidence (version 3): each entry names one output or one event of the file.
    bool readEvidence(const QJsonObject &parent, const QString &parentPath, Id goalId, YearData *year)
    {
        QJsonArray items;
        if (!array(parent, QStringLiteral("evidence"), parentPath, &items, false))
            return false;
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString path = QStringLiteral("%1.evidence[%2]").arg(parentPath).arg(i);
            QJsonObject object;
            if (!objectAt(items, i, path, &object))
                return false;
            GoalEvidence evidence;
            evidence.goalId = goalId;
            int sources = 0;
            for (const auto &[key, source, known] :
                 {std::tuple{QStringLiteral("output"), EvidenceSource::Output, &m_outputIds},
                  std::tuple{QStringLiteral("event"), EvidenceSource::Event, &m_eventIds}}) {
                qint64 id = 0;
                if (!integer(object, key, path, &id, false))
                    return false;
                if (id == 0)
                    continue;
                ++sources;
                evidence.source = source;
                evidence.sourceId = id;
                m_links << PendingLink{join(path, key), id, known};
            }
            if (sources != 1) {
                fail(path, Tr::tr("evidence needs exactly one of \"output\" or \"event\"."));
                return false;
            }
            year->evidence << EvidenceItem{evidence, {}, {}, {}, {}};
        }
        return true;
    }

    bool readThemeState(const QJsonObject &object, const QString &path, ThemeState *state)
    {
        QString key = QStringLiteral("assess");
        if (!text(object, QStringLiteral("state"), path, &key, false))
            return false;
        if (!themeStateFromKey(key, state)) {
            fail(path + QStringLiteral(".state"),
                 Tr::tr("unknown theme state \"%1\" (assess, trial, adopt or hold).").arg(key));
            return false;
        }
        return true;
    }

    // The file-wide descriptions of themes and questions (version 2).
    bool readDescriptions(const QJsonObject &root)
    {
        QJsonArray themes;
        if (!array(root, QStringLiteral("themes"), QString(), &themes, false))
            return false;
        for (qsizetype i = 0; i < themes.size(); ++i) {
            const QString path = QStringLiteral("themes[%1]").arg(i);
            QJsonObject object;
            Theme theme;
            theme.id = --m_syntheticId;
            if (!objectAt(themes, i, path, &object) || !text(object, QStringLiteral("name"), path, &theme.name, true)
                || !area(object, path, &theme.areaId)
                || !text(object, QStringLiteral("notes"), path, &theme.notes, false))
                return false;
            m_batch.setOrigin(ImportBatch::Kind::Theme, theme.id, located(path));
            m_batch.themes << theme;
        }
        QJsonArray questions;
        if (!array(root, QStringLiteral("questions"), QString(), &questions, false))
            return false;
        for (qsizetype i = 0; i < questions.size(); ++i) {
            const QString path = QStringLiteral("questions[%1]").arg(i);
            QJsonObject object;
            Question question;
            question.id = --m_syntheticId;
            if (!objectAt(questions, i, path, &object)
                || !text(object, QStringLiteral("text"), path, &question.text, true)
                || !text(object, QStringLiteral("builtin"), path, &question.builtinKey, false))
                return false;
            m_batch.setOrigin(ImportBatch::Kind::Question, question.id, located(path));
            m_batch.questions << question;
        }
        return true;
    }

    bool readYearThemes(const QJsonObject &parent, const QString &parentPath, YearData *year)
    {
        QJsonArray items;
        if (!array(parent, QStringLiteral("themes"), parentPath, &items, false))
            return false;
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString path = QStringLiteral("%1.themes[%2]").arg(parentPath).arg(i);
            QJsonObject object;
            YearTheme theme;
            theme.entry.id = --m_syntheticId;
            if (!objectAt(items, i, path, &object)
                || !text(object, QStringLiteral("name"), path, &theme.theme.name, true)
                || !readThemeState(object, path, &theme.entry.state)
                || !text(object, QStringLiteral("note"), path, &theme.entry.note, false)
                || !privateMark(object, path, &theme.entry.isPrivate))
                return false;
            m_batch.setOrigin(ImportBatch::Kind::Theme, theme.entry.id, located(path));
            year->themes << theme;
        }
        return true;
    }

    bool readYearQuestions(const QJsonObject &parent, const QString &parentPath, YearData *year)
    {
        QJsonArray items;
        if (!array(parent, QStringLiteral("questions"), parentPath, &items, false))
            return false;
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString path = QStringLiteral("%1.questions[%2]").arg(parentPath).arg(i);
            QJsonObject object;
            YearQuestion question;
            question.answer.id = --m_syntheticId;
            if (!objectAt(items, i, path, &object)
                || !text(object, QStringLiteral("text"), path, &question.question.text, true)
                || !text(object, QStringLiteral("builtin"), path, &question.question.builtinKey, false)
                || !text(object, QStringLiteral("answer"), path, &question.answer.body, false)
                || !privateMark(object, path, &question.answer.isPrivate))
                return false;
            m_batch.setOrigin(ImportBatch::Kind::Question, question.answer.id, located(path));
            year->questions << question;
        }
        return true;
    }

    bool readThemeLinks(const QJsonObject &parent, const QString &parentPath, YearData *year)
    {
        QJsonArray items;
        if (!array(parent, QStringLiteral("theme_links"), parentPath, &items, false))
            return false;
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString path = QStringLiteral("%1.theme_links[%2]").arg(parentPath).arg(i);
            QJsonObject object;
            YearThemeLink link;
            if (!objectAt(items, i, path, &object)
                || !text(object, QStringLiteral("theme"), path, &link.themeName, true))
                return false;
            // Exactly one target: a goal, an event or a section of the file.
            int targets = 0;
            for (const auto &[key, target, known] :
                 {std::tuple{QStringLiteral("goal"), ThemeLinkTarget::Goal, &m_goalIds},
                  std::tuple{QStringLiteral("event"), ThemeLinkTarget::Event, &m_eventIds},
                  std::tuple{QStringLiteral("section"), ThemeLinkTarget::Section, &m_sectionIds}}) {
                qint64 id = 0;
                if (!integer(object, key, path, &id, false))
                    return false;
                if (id == 0)
                    continue;
                ++targets;
                link.target = target;
                link.targetId = id;
                m_links << PendingLink{join(path, key), id, known};
            }
            if (targets != 1) {
                fail(path, Tr::tr("a theme link needs exactly one of \"goal\", \"event\" or \"section\"."));
                return false;
            }
            year->themeLinks << link;
        }
        return true;
    }

    bool readEvents(const QJsonObject &parent, const QString &parentPath, YearData *year)
    {
        QJsonArray items;
        if (!array(parent, QStringLiteral("events"), parentPath, &items, false))
            return false;
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString path = QStringLiteral("%1.events[%2]").arg(parentPath).arg(i);
            QJsonObject object;
            Event event;
            QString dateText;
            if (!objectAt(items, i, path, &object) || !localId(object, path, &m_eventIds, &event.id)
                || !text(object, QStringLiteral("title"), path, &event.title, true)
                || !text(object, QStringLiteral("date"), path, &dateText, false) || !area(object, path, &event.areaId)
                || !text(object, QStringLiteral("notes"), path, &event.notes, false)
                || !privateMark(object, path, &event.isPrivate))
                return false;
            event.date = dateText.isEmpty() ? PartialDate::ofYear(year->year.number)
                                            : PartialDate::fromIsoString(dateText);
            if (!event.date.isValid()) {
                fail(path + QStringLiteral(".date"),
                     i18n::fillWords(Tr::tr("\"%1\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)."), dateText));
                return false;
            }
            QJsonArray tags;
            if (!array(object, QStringLiteral("tags"), path, &tags, false))
                return false;
            for (qsizetype t = 0; t < tags.size(); ++t) {
                if (!tags.at(t).isString()) {
                    fail(QStringLiteral("%1.tags[%2]").arg(path).arg(t), Tr::tr("expected a text."));
                    return false;
                }
                event.tags << tags.at(t).toString();
            }
            m_batch.setOrigin(ImportBatch::Kind::Event, event.id, located(path));
            year->events << event;
        }
        return true;
    }

    bool readSections(const QJsonObject &parent, const QString &parentPath, YearData *year)
    {
        QJsonArray items;
        if (!array(parent, QStringLiteral("sections"), parentPath, &items, false))
            return false;
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString path = QStringLiteral("%1.sections[%2]").arg(parentPath).arg(i);
            QJsonObject object;
            Section section;
            if (!objectAt(items, i, path, &object) || !localId(object, path, &m_sectionIds, &section.id)
                || !text(object, QStringLiteral("heading"), path, &section.heading, true)
                || !text(object, QStringLiteral("body"), path, &section.body, false)
                || !privateMark(object, path, &section.isPrivate))
                return false;
            m_batch.setOrigin(ImportBatch::Kind::Section, section.id, located(path));
            year->sections << section;
        }
        return true;
    }

    bool readGoals(const QJsonObject &parent, const QString &parentPath, YearData *year)
    {
        QJsonArray items;
        if (!array(parent, QStringLiteral("goals"), parentPath, &items, false))
            return false;
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString path = QStringLiteral("%1.goals[%2]").arg(parentPath).arg(i);
            QJsonObject object;
            Goal goal;
            QString kind = QStringLiteral("check");
            QString status = QStringLiteral("open");
            qint64 target = 0;
            qint64 current = 0;
            qint64 carried = 0;
            if (!objectAt(items, i, path, &object) || !localId(object, path, &m_goalIds, &goal.id)
                || !text(object, QStringLiteral("title"), path, &goal.title, true) || !area(object, path, &goal.areaId)
                || !text(object, QStringLiteral("notes"), path, &goal.notes, false)
                || !text(object, QStringLiteral("kind"), path, &kind, false)
                || !text(object, QStringLiteral("status"), path, &status, false)
                || !integer(object, QStringLiteral("target"), path, &target, false)
                || !integer(object, QStringLiteral("current"), path, &current, false)
                || !date(object, QStringLiteral("done_on"), path, &goal.doneOn)
                || !text(object, QStringLiteral("drop_reason"), path, &goal.dropReason, false)
                || !integer(object, QStringLiteral("carried_from"), path, &carried, false)
                || !privateMark(object, path, &goal.isPrivate))
                return false;
            if (!goalKindFromKey(kind, &goal.kind)) {
                fail(path + QStringLiteral(".kind"), Tr::tr("unknown goal kind \"%1\".").arg(kind));
                return false;
            }
            if (!goalStatusFromKey(status, &goal.status)) {
                fail(path + QStringLiteral(".status"), Tr::tr("unknown goal status \"%1\".").arg(status));
                return false;
            }
            if (target > 1'000'000 || current > 1'000'000 || target < 0 || current < 0) {
                fail(path, Tr::tr("the count or target is out of range."));
                return false;
            }
            goal.target = int(target);
            goal.current = int(current);
            goal.carriedFromId = carried;
            const QJsonValue counts = object.value(QStringLiteral("counts_evidence"));
            if (!counts.isUndefined() && !counts.isBool()) {
                fail(path + QStringLiteral(".counts_evidence"), Tr::tr("expected true or false."));
                return false;
            }
            goal.countsEvidence = counts.toBool() && goal.kind == GoalKind::Count;
            if (!readMilestones(object, path, &goal) || !readLinks(object, path, &goal)
                || !readEvidence(object, path, goal.id, year))
                return false;
            m_batch.setOrigin(ImportBatch::Kind::Goal, goal.id, located(path));
            m_goals.insert(goal.id, GoalPlace{path, year->year.number, goal.carriedFromId});
            year->goals << goal;
        }
        return true;
    }

    bool readMilestones(const QJsonObject &parent, const QString &parentPath, Goal *goal)
    {
        QJsonArray items;
        if (!array(parent, QStringLiteral("milestones"), parentPath, &items, false))
            return false;
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString path = QStringLiteral("%1.milestones[%2]").arg(parentPath).arg(i);
            QJsonObject object;
            Milestone milestone;
            if (!objectAt(items, i, path, &object)
                || !text(object, QStringLiteral("title"), path, &milestone.title, true)
                || !date(object, QStringLiteral("done_on"), path, &milestone.doneOn))
                return false;
            const QJsonValue done = object.value(QStringLiteral("done"));
            if (!done.isUndefined() && !done.isBool()) {
                fail(path + QStringLiteral(".done"), Tr::tr("expected true or false."));
                return false;
            }
            milestone.done = done.toBool();
            goal->milestones << milestone;
        }
        return true;
    }

    bool readLinks(const QJsonObject &parent, const QString &parentPath, Goal *goal)
    {
        QJsonArray items;
        if (!array(parent, QStringLiteral("links"), parentPath, &items, false))
            return false;
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString path = QStringLiteral("%1.links[%2]").arg(parentPath).arg(i);
            QJsonObject object;
            EvidenceLink link;
            QString url;
            if (!objectAt(items, i, path, &object) || !text(object, QStringLiteral("label"), path, &link.label, false)
                || !text(object, QStringLiteral("url"), path, &url, true))
                return false;
            link.url = QUrl(url);
            goal->links << link;
        }
        return true;
    }

    bool readLessons(const QJsonObject &parent, const QString &parentPath, YearData *year)
    {
        QJsonArray items;
        if (!array(parent, QStringLiteral("lessons"), parentPath, &items, false))
            return false;
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString path = QStringLiteral("%1.lessons[%2]").arg(parentPath).arg(i);
            QJsonObject object;
            Lesson lesson;
            lesson.id = --m_syntheticId;
            if (!objectAt(items, i, path, &object) || !text(object, QStringLiteral("text"), path, &lesson.text, true)
                || !integer(object, QStringLiteral("event"), path, &lesson.eventId, false)
                || !integer(object, QStringLiteral("section"), path, &lesson.sectionId, false)
                || !privateMark(object, path, &lesson.isPrivate))
                return false;
            m_batch.setOrigin(ImportBatch::Kind::Lesson, lesson.id, located(path));
            m_links << PendingLink{path + QStringLiteral(".event"), lesson.eventId, &m_eventIds};
            m_links << PendingLink{path + QStringLiteral(".section"), lesson.sectionId, &m_sectionIds};
            year->lessons << lesson;
        }
        return true;
    }

    bool readUnfinished(const QJsonObject &parent, const QString &parentPath, YearData *year)
    {
        QJsonArray items;
        if (!array(parent, QStringLiteral("unfinished"), parentPath, &items, false))
            return false;
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString path = QStringLiteral("%1.unfinished[%2]").arg(parentPath).arg(i);
            QJsonObject object;
            UnfinishedItem item;
            item.id = --m_syntheticId;
            if (!objectAt(items, i, path, &object) || !text(object, QStringLiteral("text"), path, &item.text, true)
                || !integer(object, QStringLiteral("goal"), path, &item.goalId, false)
                || !privateMark(object, path, &item.isPrivate))
                return false;
            m_batch.setOrigin(ImportBatch::Kind::Unfinished, item.id, located(path));
            m_links << PendingLink{path + QStringLiteral(".goal"), item.goalId, &m_goalIds};
            year->unfinished << item;
        }
        return true;
    }

    // Links are checked once every item is read, since they may point forward in the file.
    bool checkLinks()
    {
        for (const PendingLink &link : std::as_const(m_links)) {
            if (link.target != 0 && !link.known->contains(link.target)) {
                fail(link.path, i18n::fillWords(Tr::tr("refers to id %1, which is not in the file."), link.target));
                return false;
            }
        }
        for (const YearData &year : std::as_const(m_batch.years)) {
            for (const Goal &goal : year.goals) {
                if (goal.carriedFromId != 0 && !m_goalIds.contains(goal.carriedFromId)) {
                    fail(carriedPath(goal.id),
                         i18n::fillWords(Tr::tr("refers to id %1, which is not in the file."), goal.carriedFromId));
                    return false;
                }
            }
        }
        return checkCarriedLoops() && checkCarriedYears();
    }

    // A loop of carried_from links would make "carried N years" count forever. Each goal has at most one
    // origin, so one walk per chain, never revisiting a goal, finds every loop.
    bool checkCarriedLoops()
    {
        QSet<Id> finished;
        for (const YearData &year : std::as_const(m_batch.years)) {
            for (const Goal &start : year.goals) {
                QList<Id> walk;
                QSet<Id> onWalk;
                for (Id id = start.id; id != 0 && !finished.contains(id); id = m_goals.value(id).carriedFrom) {
                    if (onWalk.contains(id)) {
                        if (m_goals.value(id).carriedFrom == id) {
                            fail(carriedPath(id), Tr::tr("a goal cannot be carried from itself."));
                            return false;
                        }
                        QStringList ids;
                        for (qsizetype i = walk.indexOf(id); i < walk.size(); ++i)
                            ids << QString::number(walk[i]);
                        ids << QString::number(id);
                        fail(carriedPath(id),
                             Tr::tr("the goals are carried from each other in a loop (ids %1).")
                                     .arg(ids.join(QStringLiteral(" → "))));
                        return false;
                    }
                    walk << id;
                    onWalk.insert(id);
                }
                for (const Id id : std::as_const(walk))
                    finished.insert(id);
            }
        }
        return true;
    }

    // Carrying continues a goal in a later year (GoalRepository::carryOver does the same).
    bool checkCarriedYears()
    {
        for (const YearData &year : std::as_const(m_batch.years)) {
            for (const Goal &goal : year.goals) {
                if (goal.carriedFromId == 0)
                    continue;
                const int originYear = m_goals.value(goal.carriedFromId).year;
                if (originYear >= year.year.number) {
                    fail(carriedPath(goal.id),
                         Tr::tr("a goal can only be carried from a goal of an earlier year; goal %1 is in %2.")
                                 .arg(goal.carriedFromId)
                                 .arg(originYear));
                    return false;
                }
            }
        }
        return true;
    }

    QString carriedPath(Id goalId) const { return m_goals.value(goalId).path + QStringLiteral(".carried_from"); }

    QString located(const QString &path) const { return QStringLiteral("%1: %2").arg(m_fileName, path); }

    static QString join(const QString &parent, const QString &key)
    {
        return parent.isEmpty() ? key : parent + QLatin1Char('.') + key;
    }

    // What the carried_from checks need of a goal, by its local id.
    struct GoalPlace
    {
        QString path;
        int year = 0;
        Id carriedFrom = 0;
    };

    struct PendingLink
    {
        QString path;
        Id target;
        const QSet<Id> *known;
    };

    QString m_fileName;
    ImportBatch m_batch;
    Error m_error;
    QHash<QString, Id> m_areaIds;
    QSet<Id> m_eventIds, m_sectionIds, m_goalIds, m_outputIds;
    QHash<Id, GoalPlace> m_goals;
    QList<PendingLink> m_links;
    Id m_syntheticId = 0;
};

} // namespace

Result<ImportBatch> parseJson(const QByteArray &data, const QString &fileName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return importError(fileName, lineAt(data, parseError.offset),
                           Tr::tr("not valid JSON: %1.").arg(parseError.errorString()));
    if (!document.isObject())
        return importError(fileName, 1, Tr::tr("expected a JSON object at the top."));
    return Reader(fileName).read(document.object());
}

} // namespace hoego::jsonformat
