// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "tempdatabase.h"

#include "model/builtinquestions.h"
#include "search/searchservice.h"

#include <QTest>

using namespace hoego;

namespace {

template<typename T>
const T &valueOf(const Result<T> &result)
{
    if (!result.ok())
        qFatal("%s", qPrintable(result.error().message));
    return result.value();
}

QStringList hitKinds(const QString &connection, const QString &text)
{
    QStringList kinds;
    const auto hits = SearchService(connection).search(text);
    for (const SearchHit &hit : valueOf(hits))
        kinds << hit.kind + QLatin1Char(':') + hit.title;
    return kinds;
}

// Whether the search indexes agree with the rows (the contentless bigram index included).
bool indexIsConsistent(test::TempDatabase &db)
{
    if (test::TempDatabase::onServer())
        return true; // a server database searches its tables themselves: there is no index to fall out of step
    return db.rawExec(QStringLiteral("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)"))
                   .ok()
            && db.rawExec(QStringLiteral("INSERT INTO search_bigram (search_bigram) VALUES ('integrity-check')")).ok();
}

// Rows of the contentless bigram index holding a two-letter token: a forgotten row would keep it.
int bigramRows(test::TempDatabase &db, const QString &token)
{
    if (test::TempDatabase::onServer()) // no index: the rows of the text search reads that hold the token
        return db
                .scalar(QStringLiteral("SELECT count(*) FROM search_text WHERE title LIKE '%%1%' OR body LIKE '%%1%'")
                                .arg(token))
                .toInt();
    return db.scalar(QStringLiteral("SELECT count(*) FROM search_bigram WHERE search_bigram MATCH '\"%1\"'").arg(token))
            .toInt();
}

} // namespace

class TestThemes : public QObject
{
    Q_OBJECT

private slots:
    void aThemeKeepsAStateAndANotePerYear()
    {
        // given a theme followed in 2023 (assess), 2024 (trial) and 2025 (adopt)
        test::TempDatabase db;
        auto &themes = db.repos().themes;
        const Id y2023 = *db.repos().years.create(2023);
        const Id y2024 = *db.repos().years.create(2024);
        const Id y2025 = *db.repos().years.create(2025);
        const ThemeAdded added = valueOf(themes.addToYearByName(QStringLiteral("Vector DB"), 0, y2023,
                                                                ThemeState::Assess, QStringLiteral("떠오르는 중")));
        QVERIFY(added.createdTheme);
        // the same name in another case is the same theme
        const ThemeAdded again = valueOf(themes.addToYearByName(
                QStringLiteral("vector db"), 0, y2024, ThemeState::Trial, QStringLiteral("사내 검색에 붙여봤다")));
        QVERIFY(!again.createdTheme);
        QCOMPARE(again.themeId, added.themeId);
        QVERIFY(themes.addToYear({0, added.themeId, y2025, ThemeState::Adopt, {}, 0}).ok());

        // then each year reads its own state and note, after reopening
        QVERIFY(db.reopen());
        const auto in2024 = valueOf(db.repos().themes.forYear(y2024));
        QCOMPARE(in2024.size(), 1);
        QCOMPARE(in2024.first().theme.name, QStringLiteral("Vector DB"));
        QCOMPARE(in2024.first().entry.state, ThemeState::Trial);
        QCOMPARE(in2024.first().entry.note, QStringLiteral("사내 검색에 붙여봤다"));
        QCOMPARE(valueOf(db.repos().themes.allYears()).size(), 3);

        // and a theme is in a year once only
        const auto twice = db.repos().themes.addToYear({0, added.themeId, y2025, ThemeState::Hold, {}, 0});
        QVERIFY(!twice.ok());
        QCOMPARE(twice.error().code, Error::Code::Conflict);
    }

    void namesAreValidatedAndUnique()
    {
        test::TempDatabase db;
        auto &themes = db.repos().themes;
        QCOMPARE(themes.create({0, QStringLiteral("   "), 0, {}}).error().code, Error::Code::InvalidInput);
        QVERIFY(themes.create({0, QStringLiteral("RAG"), 0, {}}).ok());
        const auto duplicate = themes.create({0, QStringLiteral("rag"), 0, {}});
        QCOMPARE(duplicate.error().code, Error::Code::Conflict);
        QVERIFY(duplicate.error().message.contains(QStringLiteral("rag")));
    }

    void carryingAddsLastYearsThemesWithTheirStates()
    {
        test::TempDatabase db;
        auto &themes = db.repos().themes;
        const Id y2024 = *db.repos().years.create(2024);
        const Id y2025 = *db.repos().years.create(2025);
        QVERIFY(themes.addToYearByName(QStringLiteral("LLM"), 0, y2024, ThemeState::Trial, QStringLiteral("a")).ok());
        QVERIFY(themes.addToYearByName(QStringLiteral("GNN"), 0, y2024, ThemeState::Hold, QStringLiteral("b")).ok());
        QVERIFY(themes.addToYearByName(QStringLiteral("LLM"), 0, y2025, ThemeState::Adopt, {}).ok());

        const auto carried = valueOf(themes.carry(y2024, y2025));

        // only GNN was missing; LLM keeps the state 2025 already gave it
        QCOMPARE(carried.size(), 1);
        const auto in2025 = valueOf(themes.forYear(y2025));
        QCOMPARE(in2025.size(), 2);
        QCOMPARE(in2025[0].entry.state, ThemeState::Adopt);
        QCOMPARE(in2025[1].theme.name, QStringLiteral("GNN"));
        QCOMPARE(in2025[1].entry.state, ThemeState::Hold);
        QVERIFY(in2025[1].entry.note.isEmpty());
    }

    void linksShowOnBothSidesAndADeletedThemeComesBackWhole()
    {
        // given a theme linked to a goal, an event and a section of two years
        test::TempDatabase db;
        auto &themes = db.repos().themes;
        const Id y2023 = *db.repos().years.create(2023);
        const Id y2024 = *db.repos().years.create(2024);
        Goal goal;
        goal.yearId = y2024;
        goal.title = QStringLiteral("Vector DB 공부하기");
        const Id goalId = *db.repos().goals.create(goal);
        Event event;
        event.yearId = y2023;
        event.title = QStringLiteral("RAG 발표");
        event.date = PartialDate::ofYear(2023);
        const Id eventId = *db.repos().events.create(event);
        const Id sectionId = *db.repos().sections.create(y2023, QStringLiteral("기술"), QStringLiteral("본문"));
        const ThemeAdded theme
                = valueOf(themes.addToYearByName(QStringLiteral("Vector DB"), 0, y2023, ThemeState::Assess, {}));
        QVERIFY(themes.addToYear({0, theme.themeId, y2024, ThemeState::Trial, {}, 0}).ok());
        for (const auto &[target, id] :
             {std::pair{ThemeLinkTarget::Goal, goalId}, std::pair{ThemeLinkTarget::Event, eventId},
              std::pair{ThemeLinkTarget::Section, sectionId}})
            QVERIFY(themes.link({0, theme.themeId, target, id}).ok());
        QCOMPARE(themes.link({0, theme.themeId, ThemeLinkTarget::Goal, goalId}).error().code, Error::Code::Conflict);
        QCOMPARE(valueOf(themes.linksTo(ThemeLinkTarget::Goal, goalId)).size(), 1);
        QCOMPARE(valueOf(themes.linksOf(theme.themeId)).size(), 3);

        // when the theme is deleted and restored from its snapshot
        const ThemeSnapshot snapshot = valueOf(themes.snapshot(theme.themeId));
        QVERIFY(themes.remove(theme.themeId).ok());
        QVERIFY(valueOf(themes.forYear(y2024)).isEmpty());
        QVERIFY(valueOf(themes.linksTo(ThemeLinkTarget::Goal, goalId)).isEmpty());
        QVERIFY(themes.restore(snapshot).ok());

        // then its years and links are back with their ids, and the search index still agrees
        QVERIFY(db.reopen());
        const ThemeSnapshot back = valueOf(db.repos().themes.snapshot(theme.themeId));
        QCOMPARE(back.years.size(), 2);
        QCOMPARE(back.links.size(), 3);
        QCOMPARE(back.links.first().id, snapshot.links.first().id);
        QCOMPARE(valueOf(db.repos().themes.linksTo(ThemeLinkTarget::Event, eventId)).first().themeId, theme.themeId);
        QVERIFY(indexIsConsistent(db));

        // and deleting the goal removes only that link
        QVERIFY(db.repos().goals.remove(goalId).ok());
        QCOMPARE(valueOf(db.repos().themes.linksOf(theme.themeId)).size(), 2);
    }

    void questionsAreAskedAcrossYearsWithOneAnswerEach()
    {
        test::TempDatabase db;
        auto &questions = db.repos().questions;
        const Id y2023 = *db.repos().years.create(2023);
        const Id y2024 = *db.repos().years.create(2024);
        const Id y2025 = *db.repos().years.create(2025);
        const Question learn{0, QStringLiteral("무엇을 배워야 할까?"), {}};
        const QuestionAdded first = valueOf(questions.addToYear(learn, y2023, QStringLiteral("LLM을 배우자")));
        QVERIFY(first.createdQuestion);
        const QuestionAdded second = valueOf(questions.addToYear(learn, y2025));
        QVERIFY(!second.createdQuestion);
        QCOMPARE(second.questionId, first.questionId);
        QCOMPARE(questions.addToYear(learn, y2025).error().code, Error::Code::Conflict);

        // writing 2025's answer shows the latest earlier answer with text: 2023's (2024 did not ask it)
        const DatedAnswer previous = valueOf(questions.previousAnswer(first.questionId, 2025));
        QCOMPARE(previous.yearNumber, 2023);
        QCOMPARE(previous.answer.body, QStringLiteral("LLM을 배우자"));
        QCOMPARE(valueOf(questions.previousAnswer(first.questionId, 2023)).answer.id, Id(0));

        QVERIFY(questions.setAnswer(second.answerId, QStringLiteral("벡터 DB와 추천 시스템")).ok());
        QVERIFY(questions.addToYear(learn, y2024, QStringLiteral("강의 만들기")).ok());
        const auto answers = valueOf(questions.answersOf(first.questionId));
        QCOMPARE(answers.size(), 3);
        QCOMPARE(answers[0].yearNumber, 2023);
        QCOMPARE(answers[2].answer.body, QStringLiteral("벡터 DB와 추천 시스템"));
        QCOMPARE(valueOf(questions.forYear(y2025)).first().question.text, learn.text);

        // a deleted question comes back with all its answers
        const QuestionSnapshot snapshot = valueOf(questions.snapshot(first.questionId));
        QVERIFY(questions.remove(first.questionId).ok());
        QVERIFY(valueOf(questions.forYear(y2024)).isEmpty());
        QVERIFY(questions.restore(snapshot).ok());
        QCOMPARE(valueOf(questions.answersOf(first.questionId)).size(), 3);
        QVERIFY(indexIsConsistent(db));
    }

    void aBuiltInQuestionIsReusedByItsKeyInAnyLanguage()
    {
        test::TempDatabase db;
        const Id y2024 = *db.repos().years.create(2024);
        const Id y2025 = *db.repos().years.create(2025);
        const QList<BuiltinQuestion> builtins = builtinQuestions();
        QVERIFY(builtins.size() >= 10);
        const QuestionAdded english
                = valueOf(db.repos().questions.addToYear({0, builtins.first().text, builtins.first().key}, y2024));
        // the same key asked in Korean wording is still the same question
        const QuestionAdded korean = valueOf(db.repos().questions.addToYear(
                {0, QStringLiteral("올해 가장 좋았던 순간은?"), builtins.first().key}, y2025));
        QCOMPARE(korean.questionId, english.questionId);
        QVERIFY(!korean.createdQuestion);
    }

    void searchFindsThemesNotesQuestionsAndAnswers()
    {
        // given a theme with notes and a year's note, and a question with an answer
        test::TempDatabase db;
        const Id y2024 = *db.repos().years.create(2024);
        const ThemeAdded theme
                = valueOf(db.repos().themes.addToYearByName(QStringLiteral("벡터 데이터베이스"), 0, y2024,
                                                            ThemeState::Trial, QStringLiteral("사내 검색에 붙여봤다")));
        QVERIFY(db.repos().themes.setNotes(theme.themeId, QStringLiteral("임베딩 저장소")).ok());
        const QuestionAdded question = valueOf(db.repos().questions.addToYear(
                {0, QStringLiteral("시간을 어떻게 나눌까?"), {}}, y2024, QStringLiteral("오전은 공부, 오후는 팀")));

        // then two-syllable and longer Korean words find each of them
        QCOMPARE(hitKinds(db.connection(), QStringLiteral("벡터")),
                 QStringList{QStringLiteral("theme:벡터 데이터베이스")});
        QCOMPARE(hitKinds(db.connection(), QStringLiteral("사내")).size(), 1);
        QCOMPARE(hitKinds(db.connection(), QStringLiteral("임베딩")).size(), 1);
        QCOMPARE(hitKinds(db.connection(), QStringLiteral("시간")),
                 QStringList{QStringLiteral("answer:시간을 어떻게 나눌까?")});
        QCOMPARE(hitKinds(db.connection(), QStringLiteral("오후")).size(), 1);

        // when the theme and the question are renamed, the old words are gone and the new ones found
        QVERIFY(db.repos().themes.rename(theme.themeId, QStringLiteral("Vector DB")).ok());
        QVERIFY(db.repos().questions.setText(question.questionId, QStringLiteral("무엇에 집중할까?")).ok());
        QVERIFY(hitKinds(db.connection(), QStringLiteral("벡터")).isEmpty());
        QVERIFY(hitKinds(db.connection(), QStringLiteral("시간")).isEmpty());
        QCOMPARE(bigramRows(db, QStringLiteral("벡터")), 0);
        QCOMPARE(bigramRows(db, QStringLiteral("시간")), 0);
        QCOMPARE(bigramRows(db, QStringLiteral("사내")), 1);
        QCOMPARE(hitKinds(db.connection(), QStringLiteral("vector")).size(), 1);
        QCOMPARE(hitKinds(db.connection(), QStringLiteral("집중")).size(), 1);
        QVERIFY(indexIsConsistent(db));

        // and deleting them leaves no hit and a consistent index
        QVERIFY(db.repos().themes.remove(theme.themeId).ok());
        QVERIFY(db.repos().questions.remove(question.questionId).ok());
        QVERIFY(hitKinds(db.connection(), QStringLiteral("임베딩")).isEmpty());
        QVERIFY(hitKinds(db.connection(), QStringLiteral("오후")).isEmpty());
        QCOMPARE(bigramRows(db, QStringLiteral("사내")), 0);
        QCOMPARE(bigramRows(db, QStringLiteral("오후")), 0);
        QVERIFY(indexIsConsistent(db));
    }

    void deletingAYearTakesItsThemeStatesAndAnswersButKeepsTheThemes()
    {
        test::TempDatabase db;
        const Id y2024 = *db.repos().years.create(2024);
        const ThemeAdded theme
                = valueOf(db.repos().themes.addToYearByName(QStringLiteral("RAG"), 0, y2024, ThemeState::Adopt, {}));
        QVERIFY(db.repos()
                        .questions.addToYear({0, QStringLiteral("무엇을 멈출까?"), {}}, y2024, QStringLiteral("야근"))
                        .ok());
        QVERIFY(db.repos().years.remove(y2024).ok());
        QCOMPARE(valueOf(db.repos().themes.get(theme.themeId)).name, QStringLiteral("RAG"));
        QVERIFY(valueOf(db.repos().themes.allYears()).isEmpty());
        QVERIFY(hitKinds(db.connection(), QStringLiteral("야근")).isEmpty());
        QCOMPARE(bigramRows(db, QStringLiteral("야근")), 0);
        QVERIFY(indexIsConsistent(db));
    }
};

QTEST_GUILESS_MAIN(TestThemes)
#include "tst_themes.moc"
