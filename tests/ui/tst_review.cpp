// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "review/inlinemessage.h"
#include "review/reviewpage.h"
#include "review/sectionsmodel.h"
#include "tempdatabase.h"

#include <QAbstractItemModelTester>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QUndoStack>

#include <memory>

using namespace hoego;

namespace {

// Types like a user: ASCII through key presses, Korean through an input method (a syllable is composed,
// then committed), which is how Hangul reaches a widget.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar ch : text) {
        if (ch == QLatin1Char('\n')) {
            QTest::keyClick(widget, Qt::Key_Return);
        } else if (ch.unicode() < 0x80) {
            QTest::keyClicks(widget, QString(ch));
        } else {
            QInputMethodEvent compose(QString(ch), {});
            QCoreApplication::sendEvent(widget, &compose);
            QInputMethodEvent commit;
            commit.setCommitString(QString(ch));
            QCoreApplication::sendEvent(widget, &commit);
        }
    }
}

QStringList storedHeadings(test::TempDatabase &db, Id yearId)
{
    QStringList headings;
    const auto sections = db.repos().sections.forYear(yearId);
    for (const Section &section : sections.value())
        headings << section.heading;
    return headings;
}

QStringList shownHeadings(const QAbstractItemModel *model)
{
    QStringList headings;
    for (int row = 0; row < model->rowCount(); ++row)
        headings << model->index(row, 0).data().toString();
    return headings;
}

// A page over a fresh database with one year, shown in a window.
struct Fixture
{
    test::TempDatabase db;
    Id yearId = 0;
    QUndoStack undo;
    std::unique_ptr<ReviewPage> page;
    std::unique_ptr<QAbstractItemModelTester> tester;

    explicit Fixture(const QList<QPair<QString, QString>> &sections)
    {
        yearId = db.repos().years.create(2023).value();
        for (const auto &[heading, body] : sections)
            (void)db.repos().sections.create(yearId, heading, body).value();
        page = std::make_unique<ReviewPage>(db.journal(), &undo);
        tester = std::make_unique<QAbstractItemModelTester>(page->model(),
                                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        page->setYear(yearId);
        page->resize(1000, 700);
        page->show();
        page->activateWindow();
    }

    template<typename T>
    T *child(const char *name) const
    {
        return page->findChild<T *>(QLatin1String(name));
    }
    QPlainTextEdit *editor() const { return child<QPlainTextEdit>("sectionBodyEdit"); }
    QTextBrowser *preview() const { return child<QTextBrowser>("sectionPreview"); }
    QListView *list() const { return child<QListView>("sectionList"); }
    Id sectionIdAt(int row) const { return page->model()->index(row, 0).data(SectionsModel::IdRole).toLongLong(); }
    void select(int row) const
    {
        list()->setFocus();
        list()->setCurrentIndex(page->model()->index(row, 0));
    }
};

} // namespace

class TestReview : public QObject
{
    Q_OBJECT

private slots:
    void typedMarkdownIsPreviewedAndStoredAfterReopen()
    {
        // Given a year with one empty section shown in the review page
        Fixture f({{QStringLiteral("올해의 큰 일"), QString()}});
        QVERIFY(QTest::qWaitForWindowActive(f.page.get()));
        const Id sectionId = f.sectionIdAt(0);
        QTRY_COMPARE(f.editor()->isVisible(), true);

        // When the user types a Markdown heading and a bold word
        f.editor()->setFocus();
        QTest::keyClicks(f.editor(), QStringLiteral("# "));
        typeText(f.editor(), QStringLiteral("대학원 졸업\n"));
        QTest::keyClicks(f.editor(), QStringLiteral("**"));
        typeText(f.editor(), QStringLiteral("논문"));
        QTest::keyClicks(f.editor(), QStringLiteral("** done"));
        const QString expected = QStringLiteral("# 대학원 졸업\n**논문** done");
        QCOMPARE(f.editor()->toPlainText(), expected);

        // Then the preview renders it as the exports do (the heading below their own h1 and h2, no Markdown
        // marks) once typing pauses
        QTextDocument *rendered = f.preview()->document();
        QTRY_VERIFY(rendered->toPlainText().contains(QStringLiteral("대학원 졸업")));
        QVERIFY(!rendered->toPlainText().contains(QLatin1Char('#')));
        QVERIFY(!rendered->toPlainText().contains(QStringLiteral("**")));
        QCOMPARE(rendered->firstBlock().blockFormat().headingLevel(), 3);
        QVERIFY(rendered->toPlainText().contains(QStringLiteral("논문 done")));

        // And the body is saved by itself, as one undo step
        QTRY_COMPARE(f.db.repos().sections.get(sectionId)->body, expected);
        QCOMPARE(f.undo.count(), 1);
        f.page.reset();
        QVERIFY(f.db.reopen());
        QCOMPARE(f.db.repos().sections.get(sectionId)->body, expected);
    }

    void undoPutsBackThePreviousBodyInTheDatabaseAndTheEditor()
    {
        Fixture f({{QStringLiteral("회고"), QStringLiteral("처음 쓴 글")}});
        QVERIFY(QTest::qWaitForWindowActive(f.page.get()));
        const Id sectionId = f.sectionIdAt(0);
        QTRY_COMPARE(f.editor()->toPlainText(), QStringLiteral("처음 쓴 글"));

        // Two bursts of typing in the same section, each saved after its pause
        f.editor()->setFocus();
        f.editor()->moveCursor(QTextCursor::End);
        typeText(f.editor(), QStringLiteral(" 더"));
        QTRY_COMPARE(f.db.repos().sections.get(sectionId)->body, QStringLiteral("처음 쓴 글 더"));
        QTest::keyClicks(f.editor(), QStringLiteral("!"));
        QTRY_COMPARE(f.db.repos().sections.get(sectionId)->body, QStringLiteral("처음 쓴 글 더!"));
        QCOMPARE(f.undo.count(), 1); // merged into one step

        // Undo (Ctrl+Z in the editor) restores the body before the typing, in the database and on screen
        QTest::keyClick(f.editor(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(f.db.repos().sections.get(sectionId)->body, QStringLiteral("처음 쓴 글"));
        QTRY_COMPARE(f.editor()->toPlainText(), QStringLiteral("처음 쓴 글"));
        QTRY_VERIFY(!f.preview()->document()->toPlainText().contains(QStringLiteral("더")));

        f.undo.redo();
        QCOMPARE(f.db.repos().sections.get(sectionId)->body, QStringLiteral("처음 쓴 글 더!"));
        QTRY_COMPARE(f.editor()->toPlainText(), QStringLiteral("처음 쓴 글 더!"));
    }

    void switchingSectionsSavesPendingTyping()
    {
        Fixture f({{QStringLiteral("하나"), QString()}, {QStringLiteral("둘"), QString()}});
        QVERIFY(QTest::qWaitForWindowActive(f.page.get()));
        const Id first = f.sectionIdAt(0);
        f.editor()->setFocus();
        typeText(f.editor(), QStringLiteral("빠르게"));
        // Switching right away, before the pause
        f.select(1);
        QTRY_COMPARE(f.child<QLineEdit>("sectionHeadingEdit")->text(), QStringLiteral("둘"));
        QCOMPARE(f.db.repos().sections.get(first)->body, QStringLiteral("빠르게"));
        QCOMPARE(f.editor()->toPlainText(), QString());
    }

    void altUpMovesASectionAndUndoMovesItBack()
    {
        Fixture f(
                {{QStringLiteral("A"), QString()}, {QStringLiteral("B"), QString()}, {QStringLiteral("C"), QString()}});
        QVERIFY(QTest::qWaitForWindowActive(f.page.get()));
        f.select(2);

        QTest::keyClick(f.list(), Qt::Key_Up, Qt::AltModifier);

        const QStringList moved{QStringLiteral("A"), QStringLiteral("C"), QStringLiteral("B")};
        QCOMPARE(storedHeadings(f.db, f.yearId), moved);
        QCOMPARE(shownHeadings(f.page->model()), moved);
        QCOMPARE(f.list()->currentIndex().data().toString(), QStringLiteral("C")); // the moved one stays selected
        QCOMPARE(f.undo.undoText(), QStringLiteral("Move Section"));

        QTest::keyClick(f.list(), Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(storedHeadings(f.db, f.yearId),
                 (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
        f.undo.undo();
        f.undo.undo();
        QCOMPARE(storedHeadings(f.db, f.yearId),
                 (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
        QTRY_COMPARE(shownHeadings(f.page->model()), storedHeadings(f.db, f.yearId));
    }

    void movingRowsLikeADropReordersTheDatabase()
    {
        Fixture f(
                {{QStringLiteral("A"), QString()}, {QStringLiteral("B"), QString()}, {QStringLiteral("C"), QString()}});
        // QListView's internal drag ends in moveRow(source, destination-before-row)
        QVERIFY(f.page->model()->moveRow({}, 0, {}, 3));
        QCOMPARE(storedHeadings(f.db, f.yearId),
                 (QStringList{QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("A")}));
        QCOMPARE(shownHeadings(f.page->model()), storedHeadings(f.db, f.yearId));
        f.undo.undo();
        QCOMPARE(storedHeadings(f.db, f.yearId),
                 (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
    }

    void addRenameInPlaceAndDeleteAreStoredAndUndoable()
    {
        Fixture f({{QStringLiteral("기존"), QStringLiteral("본문")}});
        QVERIFY(QTest::qWaitForWindowActive(f.page.get()));
        f.select(0);

        // Ctrl+Shift+S adds a section and opens its name for editing
        QTest::keyClick(f.list(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(f.db.repos().sections.forYear(f.yearId)->size(), 2);
        auto *nameEditor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(nameEditor);
        nameEditor->selectAll();
        typeText(nameEditor, QStringLiteral("배운 것"));
        QTest::keyClick(nameEditor, Qt::Key_Return);
        QTRY_COMPARE(storedHeadings(f.db, f.yearId), (QStringList{QStringLiteral("기존"), QStringLiteral("배운 것")}));
        QCOMPARE(f.undo.undoText(), QStringLiteral("Rename Section “배운 것”"));

        // Delete removes the section; undo brings it back under the same id with its text
        f.select(0);
        const Id removedId = f.sectionIdAt(0);
        QTest::keyClick(f.list(), Qt::Key_Delete);
        QCOMPARE(storedHeadings(f.db, f.yearId), QStringList{QStringLiteral("배운 것")});
        QTRY_COMPARE(f.child<QLineEdit>("sectionHeadingEdit")->text(), QStringLiteral("배운 것"));
        f.undo.undo();
        QCOMPARE(storedHeadings(f.db, f.yearId), (QStringList{QStringLiteral("기존"), QStringLiteral("배운 것")}));
        QCOMPARE(f.db.repos().sections.get(removedId)->body, QStringLiteral("본문"));
        QTRY_COMPARE(shownHeadings(f.page->model()), storedHeadings(f.db, f.yearId));
    }

    void undoingADeleteLinksTheSectionsLessonsAgain()
    {
        Fixture f({{QStringLiteral("일"), QStringLiteral("본문")}});
        const Id sectionId = f.sectionIdAt(0);
        Lesson lesson;
        lesson.yearId = f.yearId;
        lesson.text = QStringLiteral("작게 나눠서 배포하자");
        lesson.sectionId = sectionId;
        const Id lessonId = f.db.repos().lessons.create(lesson).value();
        QVERIFY(QTest::qWaitForWindowActive(f.page.get()));
        f.select(0);

        QTest::keyClick(f.list(), Qt::Key_Delete);
        QCOMPARE(f.db.repos().lessons.get(lessonId)->sectionId, 0); // the schema unlinks it

        f.undo.undo();
        QCOMPARE(f.db.repos().sections.get(sectionId)->heading, QStringLiteral("일"));
        QCOMPARE(f.db.repos().lessons.get(lessonId)->sectionId, sectionId);
    }

    void anEmptyHeadingIsRefusedWithAMessage()
    {
        Fixture f({{QStringLiteral("제목"), QString()}});
        QVERIFY(QTest::qWaitForWindowActive(f.page.get()));
        auto *heading = f.child<QLineEdit>("sectionHeadingEdit");
        heading->setFocus();
        heading->selectAll();
        QTest::keyClick(heading, Qt::Key_Backspace);
        QTest::keyClick(heading, Qt::Key_Return);

        QCOMPARE(storedHeadings(f.db, f.yearId), QStringList{QStringLiteral("제목")});
        QCOMPARE(heading->text(), QStringLiteral("제목")); // the stored name is put back
        auto *message = f.child<InlineMessage>("reviewMessage");
        QVERIFY(message->isVisible());
        QVERIFY(!message->text().isEmpty());
        QCOMPARE(f.undo.count(), 0); // a refused edit leaves nothing to undo
    }

    void showItemSelectsTheSectionAndReadOnlyRefusesEdits()
    {
        Fixture f({{QStringLiteral("A"), QStringLiteral("a")}, {QStringLiteral("B"), QStringLiteral("b")}});
        QVERIFY(f.page->showItem(QStringLiteral("section"), f.sectionIdAt(1)));
        QCOMPARE(f.editor()->toPlainText(), QStringLiteral("b"));
        QVERIFY(!f.page->showItem(QStringLiteral("section"), 9999));
        QVERIFY(!f.page->showItem(QStringLiteral("lesson"), f.sectionIdAt(0)));

        f.page->setReadOnly(true);
        QVERIFY(f.editor()->isReadOnly());
        QVERIFY(!(f.page->model()->flags(f.page->model()->index(0, 0)) & Qt::ItemIsEditable));
        f.select(1);
        QTest::keyClick(f.list(), Qt::Key_Delete);
        QCOMPARE(f.db.repos().sections.forYear(f.yearId)->size(), 2);
    }

    void anotherYearShowsItsOwnSections()
    {
        Fixture f({{QStringLiteral("2023년 이야기"), QString()}});
        const Id other = f.db.repos().years.create(2024).value();
        (void)f.db.repos().sections.create(other, QStringLiteral("2024년 이야기")).value();
        f.page->setYear(other);
        QCOMPARE(shownHeadings(f.page->model()), QStringList{QStringLiteral("2024년 이야기")});
        QTRY_COMPARE(f.child<QLineEdit>("sectionHeadingEdit")->text(), QStringLiteral("2024년 이야기"));
    }
};

QTEST_MAIN(TestReview)
#include "tst_review.moc"
