// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "iotestsupport.h"

#include "io/exporter.h"
#include "io/importbatch.h"
#include "io/json/jsonformat.h"
#include "io/publicview.h"
#include "storage/privacy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace hoego;

namespace {

// Every kind of item that can be private, each once private (PRIV-...) and once public (PUB-...), and a private
// area (PrivArea) whose items are public themselves (AREA-...).
struct Fixture
{
    Id yearId = 0;
    Id privateArea = 0;
    Id countedGoal = 0;
};

template<typename T>
T ok(Result<T> result)
{
    if (!result.ok())
        qFatal("%s", qPrintable(result.error().message));
    return std::move(result).value();
}

void mark(const QString &connection, PrivateKind kind, Id id)
{
    if (Status marked = privacy::setPrivate(connection, kind, id, true); !marked.ok())
        qFatal("%s", qPrintable(marked.error().message));
}

Fixture buildYear(test::TempDatabase &db)
{
    Repositories &r = db.repos();
    const QString c = db.connection();
    Fixture f;
    f.yearId = ok(r.years.create(2023, QStringLiteral("Year title"), QStringLiteral("Year summary")));
    const Id work = ok(r.areas.create(QStringLiteral("WorkArea"), QColor(0x33, 0x66, 0x99)));
    f.privateArea = ok(r.areas.create(QStringLiteral("PrivArea"), QColor(0x99, 0x33, 0x33)));
    mark(c, PrivateKind::Area, f.privateArea);

    const auto event = [&](const QString &title, Id area, const QStringList &tags = {}) {
        Event e;
        e.yearId = f.yearId;
        e.title = title;
        e.date = PartialDate::ofMonth(2023, 3);
        e.areaId = area;
        e.tags = tags;
        return ok(r.events.create(e));
    };
    event(QStringLiteral("PUB-EVENT"), work, {QStringLiteral("pubtag")});
    const Id privateEvent = event(QStringLiteral("PRIV-EVENT"), work, {QStringLiteral("privtag")});
    mark(c, PrivateKind::Event, privateEvent);
    const Id areaEvent = event(QStringLiteral("AREA-EVENT"), f.privateArea);

    ok(r.sections.create(f.yearId, QStringLiteral("PUB-SECTION"), QStringLiteral("public body")));
    mark(c, PrivateKind::Section,
         ok(r.sections.create(f.yearId, QStringLiteral("PRIV-SECTION"), QStringLiteral("PRIV-SECTION-BODY"))));

    Lesson lesson;
    lesson.yearId = f.yearId;
    lesson.text = QStringLiteral("PUB-LESSON");
    ok(r.lessons.create(lesson));
    lesson.text = QStringLiteral("PRIV-LESSON");
    mark(c, PrivateKind::Lesson, ok(r.lessons.create(lesson)));
    // Public lessons about a private event and about an event in the private area stay home with them.
    lesson.text = QStringLiteral("ABOUT-PRIV-LESSON");
    lesson.eventId = privateEvent;
    ok(r.lessons.create(lesson));
    lesson.text = QStringLiteral("ABOUT-AREA-LESSON");
    lesson.eventId = areaEvent;
    ok(r.lessons.create(lesson));

    UnfinishedItem item;
    item.yearId = f.yearId;
    item.text = QStringLiteral("PUB-UNFINISHED");
    ok(r.unfinished.create(item));
    item.text = QStringLiteral("PRIV-UNFINISHED");
    mark(c, PrivateKind::Unfinished, ok(r.unfinished.create(item)));

    // Goals: of the four, two are done; in public only one of the two public goals is.
    const auto goal = [&](const QString &title, Id area, bool done) {
        Goal g;
        g.yearId = f.yearId;
        g.title = title;
        g.areaId = area;
        if (done) {
            g.status = GoalStatus::Done;
            g.doneOn = QDate(2023, 6, 1);
        }
        return ok(r.goals.create(g));
    };
    goal(QStringLiteral("PUB-GOAL-DONE"), work, true);
    goal(QStringLiteral("PUB-GOAL-OPEN"), work, false);
    const Id privateGoal = goal(QStringLiteral("PRIV-GOAL"), work, true);
    mark(c, PrivateKind::Goal, privateGoal);
    goal(QStringLiteral("AREA-GOAL"), f.privateArea, false);
    item.text = QStringLiteral("ABOUT-PRIV-UNFINISHED");
    item.goalId = privateGoal;
    ok(r.unfinished.create(item));

    ok(r.themes.addToYearByName(QStringLiteral("PUB-THEME"), work, f.yearId, ThemeState::Trial, QString()));
    ok(r.themes.addToYearByName(QStringLiteral("AREA-THEME"), f.privateArea, f.yearId, ThemeState::Trial, QString()));
    mark(c, PrivateKind::Theme,
         ok(r.themes.addToYearByName(QStringLiteral("PRIV-THEME"), work, f.yearId, ThemeState::Adopt, QString()))
                 .entryId);

    ok(r.questions.addToYear(Question{0, QStringLiteral("PUB-QUESTION?"), {}}, f.yearId,
                             QStringLiteral("public answer")));
    mark(c, PrivateKind::Answer,
         ok(r.questions.addToYear(Question{0, QStringLiteral("PRIV-QUESTION?"), {}}, f.yearId,
                                  QStringLiteral("PRIV-ANSWER")))
                 .answerId);

    const auto output = [&](const QString &title, Id area) {
        Output o;
        o.yearId = f.yearId;
        o.kind = QStringLiteral("post");
        o.title = title;
        o.date = PartialDate::ofMonth(2023, 4);
        o.areaId = area;
        return ok(r.outputs.create(o));
    };
    const Id publicOutput = output(QStringLiteral("PUB-OUTPUT"), work);
    const Id privateOutput = output(QStringLiteral("PRIV-OUTPUT"), work);
    mark(c, PrivateKind::Output, privateOutput);
    const Id areaOutput = output(QStringLiteral("AREA-OUTPUT"), f.privateArea);

    // A goal that counts its evidence, reached with one public, one private and one area-private post.
    Goal counted;
    counted.yearId = f.yearId;
    counted.title = QStringLiteral("PUB-COUNTED");
    counted.areaId = work;
    counted.kind = GoalKind::Count;
    counted.target = 3;
    counted.countsEvidence = true;
    f.countedGoal = ok(r.goals.create(counted));

    // Next year's plans: a private one stays out of the "Goals for 2024" of the public export.
    const Id nextYear = ok(r.years.create(2024));
    Goal plan;
    plan.yearId = nextYear;
    plan.title = QStringLiteral("PUB-NEXT-GOAL");
    ok(r.goals.create(plan));
    plan.title = QStringLiteral("PRIV-NEXT-GOAL");
    mark(c, PrivateKind::Goal, ok(r.goals.create(plan)));
    for (const Id post : {publicOutput, privateOutput, areaOutput})
        ok(r.evidence.link(f.countedGoal, EvidenceSource::Output, post));
    return f;
}

const QStringList kPrivateMarkers{
        QStringLiteral("PRIV-EVENT"),
        QStringLiteral("privtag"),
        QStringLiteral("AREA-EVENT"),
        QStringLiteral("PRIV-SECTION"),
        QStringLiteral("PRIV-LESSON"),
        QStringLiteral("PRIV-UNFINISHED"),
        QStringLiteral("PRIV-GOAL"),
        QStringLiteral("AREA-GOAL"),
        QStringLiteral("PRIV-THEME"),
        QStringLiteral("PRIV-QUESTION"),
        QStringLiteral("PRIV-ANSWER"),
        QStringLiteral("PRIV-OUTPUT"),
        QStringLiteral("AREA-OUTPUT"),
        QStringLiteral("PrivArea"),
        QStringLiteral("ABOUT-PRIV-LESSON"),
        QStringLiteral("ABOUT-AREA-LESSON"),
        QStringLiteral("ABOUT-PRIV-UNFINISHED"),
        QStringLiteral("AREA-THEME"),
        QStringLiteral("PRIV-NEXT-GOAL"),
};
const QStringList kPublicMarkers{
        QStringLiteral("PUB-EVENT"),      QStringLiteral("PUB-SECTION"),   QStringLiteral("PUB-LESSON"),
        QStringLiteral("PUB-UNFINISHED"), QStringLiteral("PUB-GOAL-DONE"), QStringLiteral("PUB-THEME"),
        QStringLiteral("PUB-QUESTION"),   QStringLiteral("PUB-OUTPUT"),    QStringLiteral("PUB-NEXT-GOAL"),
};

QString exported(test::TempDatabase &db, Id yearId, ExportFormat format, bool publicOnly)
{
    ReportOptions options;
    options.language = i18n::Language::English;
    options.publicOnly = publicOnly;
    if (format == ExportFormat::Pdf) {
        const QString path = db.folder() + (publicOnly ? QStringLiteral("/public.pdf") : QStringLiteral("/full.pdf"));
        if (Status written = exportToFile(db.connection(), yearId, format, options, path); !written.ok())
            qFatal("%s", qPrintable(written.error().message));
        QProcess process;
        process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
        if (!process.waitForFinished(60000))
            return {};
        // pdftotext may break a long word at a line's end: the markers are short and ASCII, so they survive.
        return QString::fromUtf8(process.readAllStandardOutput());
    }
    return QString::fromUtf8(ok(exportText(db.connection(), yearId, format, options)));
}

} // namespace

class TestPublicExport : public QObject
{
    Q_OBJECT

private slots:
    void everyPrivateKindIsLeftOutOfEveryPublicFormat_data()
    {
        QTest::addColumn<ExportFormat>("format");
        QTest::newRow("md") << ExportFormat::Markdown;
        QTest::newRow("html") << ExportFormat::Html;
        QTest::newRow("pdf") << ExportFormat::Pdf;
        QTest::newRow("json") << ExportFormat::Json;
    }

    void everyPrivateKindIsLeftOutOfEveryPublicFormat()
    {
        QFETCH(ExportFormat, format);
        // Given a year with a private and a public item of every kind, and a private area with items in it
        test::TempDatabase db;
        const Fixture f = buildYear(db);
        // When it is exported in full and in public
        const QString full = exported(db, f.yearId, format, false);
        const QString open = exported(db, f.yearId, format, true);
        QVERIFY(!full.isEmpty());
        QVERIFY(!open.isEmpty());
        // Then the full export has everything and the public one nothing private (a year's JSON holds that year
        // alone, without next year's plans)
        const auto applies = [format](const QString &marker) {
            return format != ExportFormat::Json || !marker.contains(QLatin1String("NEXT"));
        };
        for (const QString &marker : kPrivateMarkers) {
            if (!applies(marker))
                continue;
            QVERIFY2(full.contains(marker), qPrintable(QStringLiteral("full export lacks ") + marker));
            QVERIFY2(!open.contains(marker), qPrintable(QStringLiteral("public export shows ") + marker));
        }
        for (const QString &marker : kPublicMarkers) {
            if (applies(marker))
                QVERIFY2(open.contains(marker), qPrintable(QStringLiteral("public export lacks ") + marker));
        }
    }

    void progressFiguresAreThoseOfThePublicGoals_data()
    {
        QTest::addColumn<ExportFormat>("format");
        QTest::newRow("md") << ExportFormat::Markdown;
        QTest::newRow("html") << ExportFormat::Html;
        QTest::newRow("pdf") << ExportFormat::Pdf;
    }

    void progressFiguresAreThoseOfThePublicGoals()
    {
        QFETCH(ExportFormat, format);
        // Given five goals, three done, of which one done goal is private and one open goal in a private area
        test::TempDatabase db;
        const Fixture f = buildYear(db);
        // When exported
        const QString full = exported(db, f.yearId, format, false).simplified();
        const QString open = exported(db, f.yearId, format, true).simplified();
        // Then the full export counts 3 of 5 and the public one 2 of 3
        QVERIFY2(full.contains(QStringLiteral("3 of 5 done (60%)")), qPrintable(full.left(3000)));
        QVERIFY2(open.contains(QStringLiteral("2 of 3 done (67%)")), qPrintable(open.left(3000)));
        QVERIFY(!open.contains(QStringLiteral("of 5 done")));
    }

    void aGoalThatCountsItsEvidenceCountsOnlyThePublicEvidence_data()
    {
        QTest::addColumn<ExportFormat>("format");
        QTest::newRow("md") << ExportFormat::Markdown;
        QTest::newRow("html") << ExportFormat::Html;
        QTest::newRow("pdf") << ExportFormat::Pdf;
    }

    void aGoalThatCountsItsEvidenceCountsOnlyThePublicEvidence()
    {
        QFETCH(ExportFormat, format);
        // Given a goal of three posts reached with a public, a private and an area-private post
        test::TempDatabase db;
        const Fixture f = buildYear(db);
        QCOMPARE(db.repos().goals.get(f.countedGoal)->current, 3);
        // When exported
        const QString full = exported(db, f.yearId, format, false);
        const QString open = exported(db, f.yearId, format, true);
        // Then the public figure is the one post it lists, the full one all three
        QVERIFY2(full.contains(QStringLiteral("3/3")), qPrintable(full.left(3000)));
        QVERIFY2(open.contains(QStringLiteral("1/3")), qPrintable(open.left(3000)));
        QVERIFY(!open.contains(QStringLiteral("3/3")));
    }

    void aPublicJsonCountsOnlyThePublicEvidence()
    {
        test::TempDatabase db;
        const Fixture f = buildYear(db);
        const QJsonObject root
                = QJsonDocument::fromJson(exported(db, f.yearId, ExportFormat::Json, true).toUtf8()).object();
        bool found = false;
        for (const QJsonValue &year : root.value(QStringLiteral("years")).toArray()) {
            for (const QJsonValue &goal : year.toObject().value(QStringLiteral("goals")).toArray()) {
                if (goal.toObject().value(QStringLiteral("title")).toString() == QLatin1String("PUB-COUNTED")) {
                    QCOMPARE(goal.toObject().value(QStringLiteral("current")).toInt(), 1);
                    found = true;
                }
            }
        }
        QVERIFY(found);
    }

    void aCarriedPrivateGoalOrThemeStaysPrivate()
    {
        // Given a private goal and a private theme in 2023
        test::TempDatabase db;
        const Fixture f = buildYear(db);
        Repositories &r = db.repos();
        Id privateGoal = 0;
        for (const Goal &goal : *r.goals.forYear(f.yearId)) {
            if (goal.title == QLatin1String("PRIV-GOAL"))
                privateGoal = goal.id;
        }
        QVERIFY(r.goals.uncheck(privateGoal).ok());
        // When both are carried into 2024
        const auto carried = r.goals.carryOver(privateGoal, 2024);
        QVERIFY(carried.ok());
        QVERIFY(r.themes.carry(f.yearId, carried->yearId).ok());
        // Then they stay out of 2024's public export
        QVERIFY(r.goals.get(carried->goalId)->isPrivate);
        bool themeCarried = false;
        for (const YearTheme &theme : *r.themes.forYear(carried->yearId)) {
            if (theme.theme.name == QLatin1String("PRIV-THEME")) {
                QVERIFY(theme.entry.isPrivate);
                themeCarried = true;
            } else {
                QVERIFY(!theme.entry.isPrivate);
            }
        }
        QVERIFY(themeCarried);
    }

    void thePublicReportListsWhatItLeavesOut()
    {
        test::TempDatabase db;
        const Fixture f = buildYear(db);
        QList<LeftOutItem> leftOut;
        const YearReport report = publicReport(*loadYearReport(db.repos(), f.yearId), &leftOut);
        QStringList titles;
        for (const LeftOutItem &item : std::as_const(leftOut))
            titles << item.title;
        for (const QString &title :
             {QStringLiteral("PRIV-EVENT"), QStringLiteral("AREA-EVENT"), QStringLiteral("PRIV-SECTION"),
              QStringLiteral("PRIV-GOAL"), QStringLiteral("PRIV-QUESTION?"), QStringLiteral("PrivArea")})
            QVERIFY2(titles.contains(title), qPrintable(titles.join(QLatin1Char('|'))));
        // The area's own items name it as the reason
        for (const LeftOutItem &item : std::as_const(leftOut)) {
            if (item.title == QLatin1String("AREA-GOAL") || item.title == QLatin1String("ABOUT-AREA-LESSON"))
                QCOMPARE(item.areaName, QStringLiteral("PrivArea"));
        }
        QCOMPARE(report.data.goals.size(), 3);
        QCOMPARE(report.areas.size() + 1, db.repos().areas.all()->size());
    }

    void privateMarksSurviveAJsonRoundTrip()
    {
        // Given a year with private items and a private area, exported in full as JSON
        test::TempDatabase db;
        buildYear(db);
        const QByteArray json = ok(jsonformat::exportJson(db.repos()));
        const QJsonObject root = QJsonDocument::fromJson(json).object();
        QCOMPARE(root.value(QStringLiteral("version")).toInt(), 4);
        // "private" is written only where it is true
        const QJsonArray events = root.value(QStringLiteral("years"))
                                          .toArray()
                                          .at(0)
                                          .toObject()
                                          .value(QStringLiteral("events"))
                                          .toArray();
        int marked = 0;
        for (const QJsonValue &event : events) {
            const QJsonObject object = event.toObject();
            if (object.contains(QStringLiteral("private"))) {
                QCOMPARE(object.value(QStringLiteral("title")).toString(), QStringLiteral("PRIV-EVENT"));
                QCOMPARE(object.value(QStringLiteral("private")).toBool(), true);
                ++marked;
            }
        }
        QCOMPARE(marked, 1);
        // When it is imported into a new database
        test::TempDatabase other;
        auto batch = jsonformat::parseJson(json, QStringLiteral("backup.json"));
        QVERIFY2(batch.ok(), qPrintable(batch.ok() ? QString() : batch.error().message));
        QVERIFY(writeImportBatch(other.connection(), *batch).ok());
        // Then the same items are private, and the public exports of both agree
        const Id year = other.repos().years.byNumber(2023)->id;
        for (ExportFormat format : {ExportFormat::Markdown, ExportFormat::Html}) {
            const QString open = exported(other, year, format, true);
            const QString full = exported(other, year, format, false);
            for (const QString &marker : kPrivateMarkers) {
                QVERIFY2(!open.contains(marker), qPrintable(marker));
                QVERIFY2(full.contains(marker), qPrintable(marker));
            }
        }
        QCOMPARE(test::contentFingerprint(other.repos()), test::contentFingerprint(db.repos()));
    }

    void aVersion3FileImportsWithEverythingPublic()
    {
        test::TempDatabase db;
        const QByteArray file
                = R"({"format": "hoego", "version": 3, "areas": [{"name": "Health"}], "years": [{"number": 2023,
            "events": [{"title": "Marathon", "date": "2023-04", "area": "Health"}],
            "goals": [{"title": "Run", "status": "done", "done_on": "2023-05-01"}]}]})";
        auto batch = jsonformat::parseJson(file, QStringLiteral("old.json"));
        QVERIFY(batch.ok());
        QVERIFY(writeImportBatch(db.connection(), *batch).ok());
        const Id year = db.repos().years.byNumber(2023)->id;
        QVERIFY(!db.repos().events.forYear(year)->first().isPrivate);
        QVERIFY(!db.repos().goals.forYear(year)->first().isPrivate);
        for (const Area &area : *db.repos().areas.all())
            QVERIFY(!area.isPrivate);
        QVERIFY(exported(db, year, ExportFormat::Markdown, true).contains(QStringLiteral("Marathon")));
    }

    void aPrivateMarkThatIsNotTrueOrFalseIsRefusedWithItsPath()
    {
        const QByteArray file
                = R"({"format": "hoego", "version": 4, "years": [{"number": 2023, "events": [{"title": "A", "private": "yes"}]}]})";
        auto batch = jsonformat::parseJson(file, QStringLiteral("bad.json"));
        QVERIFY(!batch.ok());
        QVERIFY2(batch.error().message.contains(QStringLiteral("years[0].events[0].private")),
                 qPrintable(batch.error().message));
    }

    void aPublicJsonOfTheWholeDatabaseHasNoPrivateAreaOrTheme()
    {
        test::TempDatabase db;
        buildYear(db);
        ReportOptions options;
        options.publicOnly = true;
        const QString json
                = QString::fromUtf8(ok(exportText(db.connection(), std::nullopt, ExportFormat::Json, options)));
        for (const QString &marker : kPrivateMarkers)
            QVERIFY2(!json.contains(marker), qPrintable(marker));
        QVERIFY(!json.contains(QStringLiteral("\"private\"")));
        QVERIFY(json.contains(QStringLiteral("PUB-THEME")));
    }
};

QTEST_MAIN(TestPublicExport)
#include "tst_publicexport.moc"
