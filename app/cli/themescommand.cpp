// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "command.h"
#include "commandline.h"
#include "opendatabase.h"
#include "storage/repositories.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hoego::cli {
namespace {

// Names the context of this file's strings for tr() and for lupdate alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hoego::cli)
};

// What `themes` and `questions` share: their arguments, the database and the year numbers by id.
struct Listing
{
    explicit Listing(Context &context, const QString &command)
        : arguments(context, command)
    { }

    // False after printing the problem; `exitCode` is then what to return.
    bool open()
    {
        if (!arguments.parse({QCommandLineOption(QStringLiteral("year"), QString(), QStringLiteral("N")),
                              QCommandLineOption(QStringLiteral("json"))},
                             0, 0)) {
            exitCode = Failure;
            return false;
        }
        const std::optional<int> year = arguments.year();
        if (!year) {
            exitCode = Failure;
            return false;
        }
        database = openDatabase(arguments, false);
        if (!database) {
            exitCode = CannotOpenDatabase;
            return false;
        }
        repos = std::make_unique<Repositories>(database->connectionName());
        auto years = repos->years.overviews();
        if (!years.ok()) {
            exitCode = arguments.fail(years.error().message);
            return false;
        }
        for (const YearOverview &overview : years.value()) {
            numbers.insert(overview.year.id, overview.year.number);
            if (overview.year.number == *year)
                yearId = overview.year.id;
        }
        if (*year != 0 && yearId == 0) {
            exitCode = arguments.fail(Tr::tr("there is no year %1.").arg(*year));
            return false;
        }
        json = arguments.isSet(QStringLiteral("json"));
        return true;
    }

    void print(const QJsonObject &object)
    {
        arguments.context().out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        arguments.context().out.flush();
    }

    CommandArguments arguments;
    std::unique_ptr<Database> database;
    std::unique_ptr<Repositories> repos;
    QHash<Id, int> numbers; // year id -> number
    Id yearId = 0; // 0: every year
    bool json = false;
    int exitCode = Success;
};

QString linkKey(ThemeLinkTarget target)
{
    switch (target) {
    case ThemeLinkTarget::Goal:
        return QStringLiteral("goal");
    case ThemeLinkTarget::Event:
        return QStringLiteral("event");
    case ThemeLinkTarget::Section:
        return QStringLiteral("section");
    }
    return {};
}

} // namespace

int runThemes(Context &context)
{
    Listing listing(context, QStringLiteral("themes"));
    if (!listing.open())
        return listing.exitCode;
    Repositories &repos = *listing.repos;
    auto themes = repos.themes.all();
    auto entries = repos.themes.allYears();
    auto areas = repos.areas.all();
    if (!themes.ok() || !entries.ok() || !areas.ok())
        return listing.arguments.fail((!themes.ok()            ? themes.error()
                                               : !entries.ok() ? entries.error()
                                                               : areas.error())
                                              .message);
    QHash<Id, QString> areaNames;
    for (const Area &area : areas.value())
        areaNames.insert(area.id, area.name);
    QHash<Id, QList<ThemeYear>> yearsOf;
    for (const ThemeYear &entry : entries.value())
        yearsOf[entry.themeId] << entry;

    QJsonArray array;
    for (const Theme &theme : themes.value()) {
        const QList<ThemeYear> years = yearsOf.value(theme.id);
        const auto inYear = std::find_if(years.begin(), years.end(),
                                         [&](const ThemeYear &entry) { return entry.yearId == listing.yearId; });
        if (listing.yearId != 0 && inYear == years.end())
            continue;
        if (!listing.json) {
            // One line per theme: with --year its state there and that year's note, else its path across years.
            QStringList path;
            for (const ThemeYear &entry : years)
                path << QStringLiteral("%1 %2")
                                .arg(listing.numbers.value(entry.yearId))
                                .arg(themeStateKey(entry.state));
            if (listing.yearId != 0)
                context.out << themeStateKey(inYear->state) << '\t' << theme.name << '\t' << inYear->note.simplified()
                            << '\n';
            else
                context.out << theme.name << '\t' << path.join(QStringLiteral(", ")) << '\n';
            continue;
        }
        QJsonArray yearArray;
        for (const ThemeYear &entry : years)
            yearArray.append(QJsonObject{{QStringLiteral("year"), listing.numbers.value(entry.yearId)},
                                         {QStringLiteral("state"), themeStateKey(entry.state)},
                                         {QStringLiteral("note"), entry.note}});
        auto links = repos.themes.linksOf(theme.id);
        if (!links.ok())
            return listing.arguments.fail(links.error().message);
        QJsonArray linkArray;
        for (const ThemeLink &link : links.value())
            linkArray.append(QJsonObject{{linkKey(link.target), link.targetId}});
        QJsonObject object{
                {QStringLiteral("id"), theme.id},
                {QStringLiteral("name"), theme.name},
                {QStringLiteral("area"),
                 areaNames.contains(theme.areaId) ? QJsonValue(areaNames.value(theme.areaId)) : QJsonValue()},
                {QStringLiteral("notes"), theme.notes},
                {QStringLiteral("years"), yearArray},
                {QStringLiteral("links"), linkArray}};
        if (listing.yearId != 0) {
            object.insert(QStringLiteral("state"), themeStateKey(inYear->state));
            object.insert(QStringLiteral("note"), inYear->note);
        }
        array.append(object);
    }
    if (listing.json)
        listing.print(QJsonObject{{QStringLiteral("themes"), array}});
    context.out.flush();
    return Success;
}

int runQuestions(Context &context)
{
    Listing listing(context, QStringLiteral("questions"));
    if (!listing.open())
        return listing.exitCode;
    Repositories &repos = *listing.repos;
    auto questions = repos.questions.all();
    if (!questions.ok())
        return listing.arguments.fail(questions.error().message);
    QJsonArray array;
    for (const Question &question : questions.value()) {
        auto answers = repos.questions.answersOf(question.id);
        if (!answers.ok())
            return listing.arguments.fail(answers.error().message);
        QList<DatedAnswer> shown;
        for (const DatedAnswer &answer : answers.value()) {
            if (listing.yearId == 0 || answer.answer.yearId == listing.yearId)
                shown << answer;
        }
        if (listing.yearId != 0 && shown.isEmpty())
            continue;
        if (!listing.json) {
            context.out << question.text << '\n';
            for (const DatedAnswer &answer : std::as_const(shown))
                context.out << '\t' << answer.yearNumber << '\t' << answer.answer.body.simplified() << '\n';
            continue;
        }
        QJsonArray answerArray;
        for (const DatedAnswer &answer : std::as_const(shown))
            answerArray.append(QJsonObject{{QStringLiteral("year"), answer.yearNumber},
                                           {QStringLiteral("answer"), answer.answer.body}});
        QJsonObject object{{QStringLiteral("id"), question.id},
                           {QStringLiteral("text"), question.text},
                           {QStringLiteral("answers"), answerArray}};
        if (!question.builtinKey.isEmpty())
            object.insert(QStringLiteral("builtin"), question.builtinKey);
        array.append(object);
    }
    if (listing.json)
        listing.print(QJsonObject{{QStringLiteral("questions"), array}});
    context.out.flush();
    return Success;
}

} // namespace hoego::cli
