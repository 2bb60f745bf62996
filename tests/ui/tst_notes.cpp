// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "notes/lessonspage.h"
#include "notes/notelistpanel.h"
#include "notes/notesmodel.h"
#include "tempdatabase.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QListView>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace hoego;

namespace {

// ASCII through key presses, Korean through an input method (composed, then committed).
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar ch : text) {
        if (ch.unicode() < 0x80) {
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

QStringList lessonTexts(test::TempDatabase &db, Id yearId)
{
    QStringList texts;
    const auto lessons = db.repos().lessons.forYear(yearId);
    for (const Lesson &lesson : lessons.value())
        texts << lesson.text;
    return texts;
}

QStringList unfinishedTexts(test::TempDatabase &db, Id yearId)
{
    QStringList texts;
    const auto items = db.repos().unfinished.forYear(yearId);
    for (const UnfinishedItem &item : items.value())
        texts << item.text;
    return texts;
}

QStringList shownTexts(const QAbstractItemModel *model)
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(); ++row)
        texts << model->index(row, 0).data().toString();
    return texts;
}

struct Fixture
{
    test::TempDatabase db;
    Id yearId = 0;
    QUndoStack undo;
    std::unique_ptr<LessonsPage> page;
    std::unique_ptr<QAbstractItemModelTester> lessonTester;
    std::unique_ptr<QAbstractItemModelTester> unfinishedTester;

    Fixture() { yearId = db.repos().years.create(2023).value(); }

    // Shows the page for the year; false when the window never became active (keys would go nowhere).
    bool open()
    {
        page = std::make_unique<LessonsPage>(db.journal(), &undo);
        const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
        lessonTester = std::make_unique<QAbstractItemModelTester>(page->lessons()->model(), mode);
        unfinishedTester = std::make_unique<QAbstractItemModelTester>(page->unfinished()->model(), mode);
        page->setYear(yearId);
        page->resize(900, 600);
        page->show();
        page->activateWindow();
        return QTest::qWaitForWindowActive(page.get());
    }

    template<typename T>
    T *child(const char *name) const
    {
        return page->findChild<T *>(QLatin1String(name));
    }

    Id addLesson(const QString &text)
    {
        Lesson lesson;
        lesson.yearId = yearId;
        lesson.text = text;
        return db.repos().lessons.create(lesson).value();
    }

    Id addUnfinished(const QString &text, Id goalId = 0)
    {
        UnfinishedItem item;
        item.yearId = yearId;
        item.text = text;
        item.goalId = goalId;
        return db.repos().unfinished.create(item).value();
    }
};

} // namespace

class TestNotes : public QObject
{
    Q_OBJECT

private slots:
    void typingInTheEntryAndEnterAddsALessonThatIsStored()
    {
        Fixture f;
        QVERIFY(f.open());
        auto *entry = f.child<QLineEdit>("lessonEntry");
        QVERIFY(entry);
        entry->setFocus();

        typeText(entry, QStringLiteral("작게 자주 배포하자"));
        QTest::keyClick(entry, Qt::Key_Return);

        QCOMPARE(lessonTexts(f.db, f.yearId), QStringList{QStringLiteral("작게 자주 배포하자")});
        QCOMPARE(shownTexts(f.page->lessons()->model()), QStringList{QStringLiteral("작게 자주 배포하자")});
        QVERIFY(entry->text().isEmpty()); // ready for the next one
        QCOMPARE(f.undo.undoText(), QStringLiteral("Add Lesson"));

        // Enter on an empty entry adds nothing
        QTest::keyClick(entry, Qt::Key_Return);
        QCOMPARE(f.undo.count(), 1);

        f.page.reset();
        QVERIFY(f.db.reopen());
        QCOMPARE(lessonTexts(f.db, f.yearId), QStringList{QStringLiteral("작게 자주 배포하자")});
    }

    void pastingThreeBulletLinesOnTheListAddsThreeItemsUndoneInOneStep()
    {
        Fixture f;
        f.addLesson(QStringLiteral("이미 있던 교훈"));
        QVERIFY(f.open());
        auto *list = f.child<QListView>("lessonList");
        list->setFocus();
        QApplication::clipboard()->setText(QStringLiteral("- 잠을 충분히 자기\n* 문서를 먼저 쓰기\n1. 모르면 묻기\n"));

        QTest::keyClick(list, Qt::Key_V, Qt::ControlModifier);

        const QStringList expected{QStringLiteral("이미 있던 교훈"), QStringLiteral("잠을 충분히 자기"),
                                   QStringLiteral("문서를 먼저 쓰기"), QStringLiteral("모르면 묻기")};
        QCOMPARE(lessonTexts(f.db, f.yearId), expected);
        QCOMPARE(shownTexts(f.page->lessons()->model()), expected);
        QCOMPARE(f.undo.count(), 1);
        QCOMPARE(f.undo.undoText(), QStringLiteral("Paste 3 Lesson(s)"));

        f.undo.undo();
        QCOMPARE(lessonTexts(f.db, f.yearId), QStringList{QStringLiteral("이미 있던 교훈")});
        QTRY_COMPARE(shownTexts(f.page->lessons()->model()), QStringList{QStringLiteral("이미 있던 교훈")});
        f.undo.redo();
        QCOMPARE(lessonTexts(f.db, f.yearId), expected);
    }

    void pastingLinesIntoTheEntryAddsOneUnfinishedItemPerLine()
    {
        Fixture f;
        QVERIFY(f.open());
        auto *entry = f.child<QLineEdit>("unfinishedEntry");
        entry->setFocus();
        QApplication::clipboard()->setText(QStringLiteral("• 책 쓰기\n• 마라톤\n• 일본어 N2"));

        QTest::keyClick(entry, Qt::Key_V, Qt::ControlModifier);

        QCOMPARE(unfinishedTexts(f.db, f.yearId),
                 (QStringList{QStringLiteral("책 쓰기"), QStringLiteral("마라톤"), QStringLiteral("일본어 N2")}));
        QVERIFY(entry->text().isEmpty());
        QCOMPARE(f.undo.count(), 1);
        f.undo.undo();
        QVERIFY(unfinishedTexts(f.db, f.yearId).isEmpty());
    }

    void editingInPlaceStoresTheTextAndRefusesAnEmptyOne()
    {
        Fixture f;
        const Id id = f.addLesson(QStringLiteral("초안"));
        QVERIFY(f.open());
        auto *list = f.child<QListView>("lessonList");
        list->setFocus();
        list->setCurrentIndex(f.page->lessons()->model()->index(0, 0));

        QTest::keyClick(list, Qt::Key_F2);
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        editor->selectAll();
        typeText(editor, QStringLiteral("고친 교훈"));
        QTest::keyClick(editor, Qt::Key_Return); // the delegate commits on the next turn of the event loop
        QTRY_COMPARE(f.db.repos().lessons.get(id)->text, QStringLiteral("고친 교훈"));
        QCOMPARE(f.undo.undoText(), QStringLiteral("Edit Lesson"));

        QTest::keyClick(list, Qt::Key_F2);
        editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClick(editor, Qt::Key_Delete);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY(f.child<QWidget>("lessonsMessage")->isVisible());
        QCOMPARE(f.db.repos().lessons.get(id)->text, QStringLiteral("고친 교훈"));
        QCOMPARE(shownTexts(f.page->lessons()->model()), QStringList{QStringLiteral("고친 교훈")});
        QVERIFY(f.child<QWidget>("lessonsMessage")->isVisible());
        QCOMPARE(f.undo.count(), 1);

        f.undo.undo();
        QCOMPARE(f.db.repos().lessons.get(id)->text, QStringLiteral("초안"));
    }

    void altDownReordersAndDeleteIsUndoableWithItsGoalLink()
    {
        Fixture f;
        Goal goal;
        goal.yearId = f.yearId;
        goal.title = QStringLiteral("책 출간");
        const Id goalId = f.db.repos().goals.create(goal).value();
        const Id first = f.addUnfinished(QStringLiteral("원고 마무리"), goalId);
        f.addUnfinished(QStringLiteral("표지 고르기"));
        QVERIFY(f.open());
        auto *list = f.child<QListView>("unfinishedList");
        list->setFocus();
        list->setCurrentIndex(f.page->unfinished()->model()->index(0, 0));

        QTest::keyClick(list, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(unfinishedTexts(f.db, f.yearId),
                 (QStringList{QStringLiteral("표지 고르기"), QStringLiteral("원고 마무리")}));
        QCOMPARE(list->currentIndex().data().toString(), QStringLiteral("원고 마무리"));

        QTest::keyClick(list, Qt::Key_Delete);
        QCOMPARE(unfinishedTexts(f.db, f.yearId), QStringList{QStringLiteral("표지 고르기")});
        f.undo.undo();
        QCOMPARE(unfinishedTexts(f.db, f.yearId),
                 (QStringList{QStringLiteral("표지 고르기"), QStringLiteral("원고 마무리")}));
        QCOMPARE(f.db.repos().unfinished.get(first)->goalId, goalId);
        QTRY_COMPARE(shownTexts(f.page->unfinished()->model()), unfinishedTexts(f.db, f.yearId));
        f.undo.undo();
        QCOMPARE(unfinishedTexts(f.db, f.yearId),
                 (QStringList{QStringLiteral("원고 마무리"), QStringLiteral("표지 고르기")}));
    }

    void aLessonCanBeLinkedToAnEventOrSectionOfTheYear()
    {
        Fixture f;
        Event event;
        event.yearId = f.yearId;
        event.title = QStringLiteral("첫 발표");
        event.date = PartialDate::ofMonth(2023, 5);
        const Id eventId = f.db.repos().events.create(event).value();
        const Id sectionId = f.db.repos().sections.create(f.yearId, QStringLiteral("일")).value();
        const Id lessonId = f.addLesson(QStringLiteral("연습은 배신하지 않는다"));
        QVERIFY(f.open());
        auto *combo = f.child<QComboBox>("lessonLinkCombo");
        QVERIFY(combo->isEnabled());
        QCOMPARE(combo->currentIndex(), 0); // no link yet
        const int eventRow = combo->findText(QStringLiteral("Event: 첫 발표"));
        const int sectionRow = combo->findText(QStringLiteral("Section: 일"));
        QVERIFY(eventRow > 0);
        QVERIFY(sectionRow > 0);

        combo->setFocus();
        combo->setCurrentIndex(eventRow);
        emit combo->activated(eventRow);
        QCOMPARE(f.db.repos().lessons.get(lessonId)->eventId, eventId);
        QCOMPARE(f.page->lessons()->model()->index(0, 0).data(NotesModel::LinkLabelRole).toString(),
                 QStringLiteral("Event: 첫 발표"));

        combo->setCurrentIndex(sectionRow);
        emit combo->activated(sectionRow);
        QCOMPARE(f.db.repos().lessons.get(lessonId)->eventId, 0);
        QCOMPARE(f.db.repos().lessons.get(lessonId)->sectionId, sectionId);

        f.undo.undo();
        QCOMPARE(f.db.repos().lessons.get(lessonId)->eventId, eventId);
        QTRY_COMPARE(combo->currentIndex(), eventRow);
        f.undo.undo();
        QCOMPARE(f.db.repos().lessons.get(lessonId)->eventId, 0);
        QTRY_COMPARE(combo->currentIndex(), 0);
    }

    void linkNamesFollowChangesMadeOnOtherPages()
    {
        Fixture f;
        const Id sectionId = f.db.repos().sections.create(f.yearId, QStringLiteral("옛 이름")).value();
        Lesson lesson;
        lesson.yearId = f.yearId;
        lesson.text = QStringLiteral("교훈");
        lesson.sectionId = sectionId;
        QVERIFY(f.db.repos().lessons.create(lesson).ok());
        QVERIFY(f.open());
        auto *combo = f.child<QComboBox>("lessonLinkCombo");
        QCOMPARE(combo->currentText(), QStringLiteral("Section: 옛 이름"));

        // The section is renamed on the review tab while this page is hidden
        f.page->hide();
        QVERIFY(f.db.repos().sections.setHeading(sectionId, QStringLiteral("새 이름")).ok());
        f.page->show();

        QCOMPARE(combo->currentText(), QStringLiteral("Section: 새 이름"));
        QCOMPARE(f.page->lessons()->model()->index(0, 0).data(NotesModel::LinkLabelRole).toString(),
                 QStringLiteral("Section: 새 이름"));
    }

    void showItemSelectsInTheRightListAndReadOnlyHidesTheEntry()
    {
        Fixture f;
        f.addLesson(QStringLiteral("교훈"));
        const Id item = f.addUnfinished(QStringLiteral("남은 일"));
        QVERIFY(f.open());
        QVERIFY(f.page->showItem(QStringLiteral("unfinished"), item));
        QCOMPARE(f.child<QListView>("unfinishedList")->currentIndex().data().toString(), QStringLiteral("남은 일"));
        QVERIFY(!f.page->showItem(QStringLiteral("lesson"), item + 100));

        f.page->setReadOnly(true);
        QVERIFY(!f.child<QLineEdit>("lessonEntry")->isVisible());
        auto *list = f.child<QListView>("lessonList");
        list->setFocus();
        list->setCurrentIndex(f.page->lessons()->model()->index(0, 0));
        QTest::keyClick(list, Qt::Key_Delete);
        QCOMPARE(lessonTexts(f.db, f.yearId), QStringList{QStringLiteral("교훈")});
    }
};

QTEST_MAIN(TestNotes)
#include "tst_notes.moc"
