// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "hoegoprocess.h"
#include "tempdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace hoego;

namespace {

test::HoegoRun runHoego(const QStringList &arguments)
{
    return test::runHoegoAt(QStringLiteral(HOEGO_EXECUTABLE), arguments);
}

// A theme's path over three years, one theme only in 2024, and a question answered in two years.
void fill(test::TempDatabase &db)
{
    const Id y2023 = *db.repos().years.create(2023);
    const Id y2024 = *db.repos().years.create(2024);
    const Id y2025 = *db.repos().years.create(2025);
    auto &themes = db.repos().themes;
    const ThemeAdded vector = *themes.addToYearByName(QStringLiteral("Vector DB"), 0, y2023, ThemeState::Assess,
                                                      QStringLiteral("떠오르는 중"));
    QVERIFY(themes.addToYear({0, vector.themeId, y2024, ThemeState::Trial, QStringLiteral("사내 검색"), 0}).ok());
    QVERIFY(themes.addToYear({0, vector.themeId, y2025, ThemeState::Adopt, {}, 0}).ok());
    QVERIFY(themes.addToYearByName(QStringLiteral("GNN"), 0, y2024, ThemeState::Hold, {}).ok());
    Goal goal;
    goal.yearId = y2024;
    goal.title = QStringLiteral("Vector DB 공부하기");
    QVERIFY(themes.link({0, vector.themeId, ThemeLinkTarget::Goal, *db.repos().goals.create(goal)}).ok());
    auto &questions = db.repos().questions;
    const Question learn{0, QStringLiteral("무엇을 배워야 할까?"), {}};
    QVERIFY(questions.addToYear(learn, y2023, QStringLiteral("LLM")).ok());
    QVERIFY(questions.addToYear(learn, y2025, QStringLiteral("추천 시스템")).ok());
}

} // namespace

class TestCliThemes : public QObject
{
    Q_OBJECT

private slots:
    void themesListsEachThemesPathAcrossYears()
    {
        test::TempDatabase db;
        fill(db);
        const QString path = db.path();
        db.close();
        const auto run = runHoego({QStringLiteral("--db"), path, QStringLiteral("themes")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("GNN\t2024 hold\nVector DB\t2023 assess, 2024 trial, 2025 adopt\n"));

        const auto year = runHoego({QStringLiteral("--db"), path, QStringLiteral("themes"), QStringLiteral("--year"),
                                    QStringLiteral("2024")});
        QCOMPARE(year.exitCode, 0);
        QCOMPARE(year.out, QStringLiteral("hold\tGNN\t\ntrial\tVector DB\t사내 검색\n"));
    }

    void themesAsJsonCarryStatesAndLinks()
    {
        test::TempDatabase db;
        fill(db);
        const QString path = db.path();
        db.close();
        const auto run = runHoego({QStringLiteral("--db"), path, QStringLiteral("themes"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray themes
                = QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("themes")).toArray();
        QCOMPARE(themes.size(), 2);
        const QJsonObject vector = themes.at(1).toObject();
        QCOMPARE(vector.value(QStringLiteral("name")).toString(), QStringLiteral("Vector DB"));
        const QJsonArray years = vector.value(QStringLiteral("years")).toArray();
        QCOMPARE(years.size(), 3);
        QCOMPARE(years.at(1).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("trial"));
        QCOMPARE(years.at(1).toObject().value(QStringLiteral("year")).toInt(), 2024);
        QCOMPARE(vector.value(QStringLiteral("links")).toArray().size(), 1);
        QVERIFY(vector.value(QStringLiteral("links")).toArray().at(0).toObject().contains(QStringLiteral("goal")));
    }

    void questionsListEveryYearsAnswer()
    {
        test::TempDatabase db;
        fill(db);
        const QString path = db.path();
        db.close();
        const auto run = runHoego({QStringLiteral("--db"), path, QStringLiteral("questions")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("무엇을 배워야 할까?\n\t2023\tLLM\n\t2025\t추천 시스템\n"));
        const auto json = runHoego({QStringLiteral("--db"), path, QStringLiteral("questions"), QStringLiteral("--year"),
                                    QStringLiteral("2025"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray questions
                = QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("questions")).toArray();
        QCOMPARE(questions.size(), 1);
        const QJsonArray answers = questions.at(0).toObject().value(QStringLiteral("answers")).toArray();
        QCOMPARE(answers.size(), 1);
        QCOMPARE(answers.at(0).toObject().value(QStringLiteral("answer")).toString(), QStringLiteral("추천 시스템"));
    }

    void anUnknownYearOrArgumentIsAClearError()
    {
        test::TempDatabase db;
        fill(db);
        const QString path = db.path();
        db.close();
        const auto missing = runHoego({QStringLiteral("--db"), path, QStringLiteral("themes"), QStringLiteral("--year"),
                                       QStringLiteral("2030")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(QStringLiteral("2030")), qPrintable(missing.err));
        const auto extra = runHoego({QStringLiteral("--db"), path, QStringLiteral("questions"), QStringLiteral("x")});
        QCOMPARE(extra.exitCode, 1);
        QVERIFY(extra.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliThemes)
#include "tst_cli_themes.moc"
