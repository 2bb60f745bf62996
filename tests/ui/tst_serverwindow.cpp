// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "dialogs/damageddatabasedialog.h"
#include "events/eventeditor.h"
#include "events/eventspage.h"
#include "goals/goalcommands.h"
#include "goals/goalspage.h"
#include "hoegoprocess.h"
#include "mainwindow.h"
#include "notes/lessonspage.h"
#include "outputs/outputspage.h"
#include "progress/goalcounts.h"
#include "review/inlinemessage.h"
#include "review/reviewpage.h"
#include "session/databasesession.h"
#include "settings/appsettings.h"
#include "startup/openwithrecovery.h"
#include "storage/changefeed.h"
#include "storage/database.h"
#include "storage/repositories.h"
#include "tempdatabase.h"
#include "timeline/yeartimeline.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace hoego;

// Issue 16: a view of a server database follows what another Hoego, in another process (as on another computer),
// writes there. Needs the throwaway server scripts/test starts; without one the test skips.
class TestServerWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("HOEGO_TEST_PG_DIR"))
            QSKIP("no throwaway PostgreSQL server: run through scripts/test, or eval \"$(scripts/pg-sandbox start)\"");
        qputenv("HOEGO_TEST_BACKEND", "postgresql");
    }

    void theBoardShowsAGoalCheckedElsewhereWithinASecond()
    {
        // Given the goals board of a year on the server, with one open goal
        test::TempDatabase db;
        QVERIFY(db.isOpen());
        const Id year = *db.repos().years.create(2026);
        Goal goal;
        goal.yearId = year;
        goal.title = QStringLiteral("벡터 데이터베이스 공부하기");
        const Id goalId = *db.repos().goals.create(goal);
        QUndoStack undo;
        GoalsPage board(db.journal(), &undo);
        board.setYear(year);
        auto *summary = board.findChild<QLabel *>(QStringLiteral("goalsSummary"));
        QVERIFY(summary);
        progress::GoalCounts open;
        open.open = 1;
        QCOMPARE(summary->text(), progress::CountsText::doneOfTotal(open));

        // When another Hoego process checks it off
        const test::HoegoRun run = test::runHoegoAt(QStringLiteral(HOEGO_EXECUTABLE),
                                                    {QStringLiteral("--db"), db.path(), QStringLiteral("goal"),
                                                     QStringLiteral("check"), QString::number(goalId)});
        QCOMPARE(run.exitCode, 0);

        // Then the board says so within a second, without being told by anything but the server
        progress::GoalCounts done;
        done.done = 1;
        QTRY_COMPARE_WITH_TIMEOUT(summary->text(), progress::CountsText::doneOfTotal(done), 1000);
    }

    void undoNeverPutsBackWhatAnotherClientWroteLater()
    {
        // Given a goal edited twice here, on the server
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2026);
        Goal goal;
        goal.yearId = year;
        goal.title = QStringLiteral("LLM 공부하기");
        const Id goalId = *db.repos().goals.create(goal);
        QUndoStack undo;
        const auto edit = [&](const std::function<void(Goal &)> &change) {
            Goal read = *db.repos().goals.get(goalId);
            change(read);
            return pushStored(&undo, new EditGoalCommand(db.repos(), read));
        };
        QVERIFY(edit([](Goal &g) { g.title = QStringLiteral("LLM 공부하고 블로그 쓰기"); }).ok());
        QVERIFY(edit([](Goal &g) { g.notes = QStringLiteral("한 달에 한 편"); }).ok());

        // Then undo and redo of this client's own edits work as on a file, one after the other
        undo.undo();
        undo.undo();
        QCOMPARE(db.repos().goals.get(goalId)->title, QStringLiteral("LLM 공부하기"));
        undo.redo();
        undo.redo();
        QCOMPARE(undo.index(), 2);
        QCOMPARE(db.repos().goals.get(goalId)->notes, QStringLiteral("한 달에 한 편"));

        // When another Hoego process checks the goal off, and this one undoes before hearing of it
        QSignalSpy failures(CommandFailures::instance(), &CommandFailures::failed);
        QCOMPARE(test::runHoegoAt(QStringLiteral(HOEGO_EXECUTABLE),
                                  {QStringLiteral("--db"), db.path(), QStringLiteral("goal"), QStringLiteral("check"),
                                   QString::number(goalId)})
                         .exitCode,
                 0);
        undo.undo();

        // Then the undo is refused, said, and dropped; the other client's check and this one's edits stay
        QCOMPARE(failures.size(), 1);
        QVERIFY2(failures.first().at(1).toString().contains(QStringLiteral("someone else")),
                 qPrintable(failures.first().at(1).toString()));
        Goal stored = *db.repos().goals.get(goalId);
        QCOMPARE(stored.status, GoalStatus::Done);
        QCOMPARE(stored.notes, QStringLiteral("한 달에 한 편"));
        QCOMPARE(undo.count(), 1);

        // When this client edits again after hearing of the check (its own write is now the latest), then the
        // newest edit undoes, but the older one, made before the other client's write, does not
        QTest::qWait(300); // the announcement of the check is heard
        QVERIFY(edit([](Goal &g) { g.notes = QStringLiteral("두 달에 한 편"); }).ok());
        undo.undo();
        QCOMPARE(failures.size(), 1);
        QCOMPARE(db.repos().goals.get(goalId)->notes, QStringLiteral("한 달에 한 편"));
        undo.undo();
        QCOMPARE(failures.size(), 2);
        stored = *db.repos().goals.get(goalId);
        QCOMPARE(stored.title, QStringLiteral("LLM 공부하고 블로그 쓰기"));
        QCOMPARE(stored.status, GoalStatus::Done);
    }

    void aRefusedEditOpensTheEditorAgainWithWhatWasTyped()
    {
        // Given an event open in its editor on the server
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2026);
        Event event;
        event.yearId = year;
        event.title = QStringLiteral("팀 리드 시작");
        event.date = PartialDate::ofMonth(2026, 3);
        const Id eventId = *db.repos().events.create(event);
        QUndoStack undo;
        EventsPage page(db.journal(), &undo);
        page.resize(1024, 700);
        page.show();
        page.setYear(year);
        QVERIFY(page.selectEvent(eventId));
        EventEditor *editor = page.editCurrentEvent();
        QVERIFY(editor);
        QPointer<EventEditor> first = editor;

        // When the event is changed elsewhere, then the title typed here is saved
        QVERIFY(db.rawExec(QStringLiteral("UPDATE event SET notes = '다른 컴퓨터에서' WHERE id = %1").arg(eventId))
                        .ok());
        editor->findChild<QLineEdit *>(QStringLiteral("eventTitleEdit"))->setText(QStringLiteral("팀 리드 1년 차"));
        QSignalSpy failures(CommandFailures::instance(), &CommandFailures::failed);
        editor->accept();

        // Then nothing is overwritten, the refusal is said, and the editor opens again with the typed title
        QCOMPARE(failures.size(), 1);
        QCOMPARE(db.repos().events.get(eventId)->title, QStringLiteral("팀 리드 시작"));

        EventEditor *again = nullptr;
        QTRY_VERIFY(first.isNull() && (again = page.findChild<EventEditor *>()) && again->isVisible());
        QCOMPARE(again->findChild<QLineEdit *>(QStringLiteral("eventTitleEdit"))->text(),
                 QStringLiteral("팀 리드 1년 차"));

        // When it is saved again, then it goes in over the other change, which it keeps
        again->accept();
        const Event stored = *db.repos().events.get(eventId);
        QCOMPARE(stored.title, QStringLiteral("팀 리드 1년 차"));
        QCOMPARE(stored.notes, QStringLiteral("다른 컴퓨터에서"));
        QCOMPARE(failures.size(), 1);
    }

    void aLessonEditedFromATextChangedElsewhereIsRefusedAndTheListShowsTheOtherText()
    {
        // Given a lesson shown in the list on the server
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2026);
        Lesson lesson;
        lesson.yearId = year;
        lesson.text = QStringLiteral("작게 자주 배포하기");
        const Id lessonId = *db.repos().lessons.create(lesson);
        QUndoStack undo;
        LessonsPage page(db.journal(), &undo);
        page.resize(1024, 700);
        page.show();
        page.setYear(year);
        auto *list = page.findChild<QAbstractItemView *>(QStringLiteral("lessonList"));
        QVERIFY(list);
        QTRY_COMPARE(list->model()->rowCount(), 1);
        const QModelIndex row = list->model()->index(0, 0);

        // When another client rewrites it before this list heard of it, and the text edited here is then saved
        auto other = db.database().openWorkerConnection();
        QVERIFY(other.ok());
        QVERIFY(LessonRepository(other.value()).setText(lessonId, QStringLiteral("크게 가끔 배포하지 않기")).ok());
        QSignalSpy failures(CommandFailures::instance(), &CommandFailures::failed);
        list->model()->setData(row, QStringLiteral("작게, 자주, 안전하게 배포하기"));

        // Then nothing is overwritten, the page says why, the list shows the other text and nothing is left to undo
        QCOMPARE(failures.size(), 1);
        QCOMPARE(db.repos().lessons.get(lessonId)->text, QStringLiteral("크게 가끔 배포하지 않기"));
        auto *message = page.findChild<InlineMessage *>(QStringLiteral("lessonsMessage"));
        QVERIFY(message && message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("another computer")), qPrintable(message->text()));
        QTRY_COMPARE(row.data().toString(), QStringLiteral("크게 가끔 배포하지 않기"));
        QCOMPARE(undo.count(), 0);

        // When the edit is made again from the text shown now, then it is taken
        list->model()->setData(row, QStringLiteral("작게, 자주, 안전하게 배포하기"));
        QCOMPARE(db.repos().lessons.get(lessonId)->text, QStringLiteral("작게, 자주, 안전하게 배포하기"));
        QCOMPARE(failures.size(), 1);
        Database::closeConnection(other.value());
    }

    void anOutputEditorRefusedForAChangeElsewhereKeepsWhatWasTypedAndSavesItOverOnRequest()
    {
        // Given an output on the server, and its editor open on this computer
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2025);
        Output post;
        post.yearId = year;
        post.kind = QStringLiteral("talk");
        post.title = QStringLiteral("벡터 DB 입문");
        post.date = PartialDate::ofMonth(2025, 5);
        const Id outputId = *db.repos().outputs.create(post);
        QUndoStack undo;
        OutputsPage page(db.journal(), &undo);
        page.resize(1024, 700);
        page.show();
        page.setYear(year);
        QVERIFY(page.showOutput(outputId));
        auto other = db.database().openWorkerConnection();
        QVERIFY(other.ok());

        // When another computer renames it while the title is typed here, and OK is pressed twice
        QStringList errorsShown;
        const auto typeAndSave = [&] {
            auto *editor = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(editor);
            if (errorsShown.isEmpty()) {
                Output renamed = *OutputRepository(other.value()).get(outputId);
                renamed.title = QStringLiteral("벡터 데이터베이스 입문");
                QVERIFY(OutputRepository(other.value()).update(renamed).ok());
                editor->findChild<QLineEdit *>(QStringLiteral("outputTitleEdit"))->setText(QStringLiteral("RAG 입문"));
            }
            errorsShown << editor->findChild<QLabel *>(QStringLiteral("outputEditorError"))->text();
            editor->accept();
        };
        QTimer::singleShot(0, this, typeAndSave);
        // The refused save leaves the editor open; the second OK is pressed on it
        QTimer::singleShot(200, this, typeAndSave);
        // An editor still open after that was refused again: closed, so the test fails instead of waiting
        QTimer::singleShot(400, this, [] {
            if (auto *left = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
                left->reject();
        });
        page.findChild<QPushButton *>(QStringLiteral("editOutputButton"))->click();

        // Then the first save was refused with the reason shown in the editor, and the second, made knowing it,
        // put the typed title over the other change as one undo step
        QCOMPARE(errorsShown.size(), 2);
        QVERIFY2(errorsShown.last().contains(QStringLiteral("another computer")), qPrintable(errorsShown.last()));
        QCOMPARE(db.repos().outputs.get(outputId)->title, QStringLiteral("RAG 입문"));
        QCOMPARE(undo.count(), 1);
        Database::closeConnection(other.value());
    }

    void aConnectionTheServerDroppedIsReportedThenOpenedAgainAndHeardAgain()
    {
        // Given a lesson on the server, and this client's connection dropped by the server (as when it restarts)
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2026);
        Lesson lesson;
        lesson.yearId = year;
        lesson.text = QStringLiteral("처음 쓴 교훈");
        const Id lessonId = *db.repos().lessons.create(lesson);
        auto other = db.database().openWorkerConnection();
        QVERIFY(other.ok());
        const QString backend = db.scalar(QStringLiteral("SELECT pg_backend_pid()")).toString();
        QSqlQuery drop(QSqlDatabase::database(other.value()));
        QVERIFY(drop.exec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(backend)));

        // When an edit is saved, then it is reported as a lost connection and nothing is written
        const Status lost = db.repos().lessons.setText(lessonId, QStringLiteral("고친 교훈"));
        QVERIFY(!lost.ok());
        QCOMPARE(lost.error().code, Error::Code::Server);
        QVERIFY2(lost.error().message.contains(QStringLiteral("not saved")), qPrintable(lost.error().message));
        QCOMPARE(LessonRepository(other.value()).get(lessonId)->text, QStringLiteral("처음 쓴 교훈"));

        // When it is saved again, then the connection is opened again and the edit goes in
        QVERIFY(db.repos().lessons.setText(lessonId, QStringLiteral("고친 교훈")).ok());
        QCOMPARE(LessonRepository(other.value()).get(lessonId)->text, QStringLiteral("고친 교훈"));

        // And another client's changes are heard again, live
        QSignalSpy heard(ChangeFeed::instance(), &ChangeFeed::changed);
        QVERIFY(LessonRepository(other.value()).setText(lessonId, QStringLiteral("다른 컴퓨터의 교훈")).ok());
        const auto heardTheOtherWrite = [&] {
            for (const QList<QVariant> &signal : heard) {
                if (signal.first().value<ChangeSet>().ids(Stored::Lesson).contains(lessonId))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY(heardTheOtherWrite());
        Database::closeConnection(other.value());
    }

    void aWindowWhoseConnectionCameBackReadsWhatOthersWroteMeanwhile()
    {
        // Given a window on a server database with one year
        test::TempDatabase db;
        QVERIFY(db.repos().years.create(2025).ok());
        MainWindow window(db.database());
        window.resize(1024, 700);
        window.show();
        QTRY_COMPARE(window.timeline()->view()->model()->rowCount(), 1);

        // When the server drops the window's connection, another computer adds a year meanwhile (announced to
        // nobody here), and the window's next statement fails and the one after opens the connection again
        auto other = db.database().openWorkerConnection();
        QVERIFY(other.ok());
        const QString backend = db.scalar(QStringLiteral("SELECT pg_backend_pid()")).toString();
        QSqlQuery drop(QSqlDatabase::database(other.value()));
        QVERIFY(drop.exec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(backend)));
        QVERIFY(YearRepository(other.value()).create(2026).ok());
        QVERIFY(!db.repos().years.overviews().ok());
        QVERIFY(db.repos().years.overviews().ok());

        // Then the window reads everything afresh and shows the other computer's year
        QTRY_COMPARE(window.timeline()->view()->model()->rowCount(), 2);
        Database::closeConnection(other.value());
    }

    void typingNotYetSavedIsNeitherLostNorLosesWhatAnotherComputerWrote()
    {
        // Given a review section open for writing on the server
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2026);
        const Id sectionId
                = *db.repos().sections.create(year, QStringLiteral("올해의 질문"), QStringLiteral("처음 쓴 글"));
        QUndoStack undo;
        ReviewPage page(db.journal(), &undo);
        page.resize(1024, 700);
        page.show();
        page.setYear(year);
        auto *editor = page.findChild<QPlainTextEdit *>(QStringLiteral("sectionBodyEdit"));
        QVERIFY(editor);
        QTRY_COMPARE(editor->toPlainText(), QStringLiteral("처음 쓴 글"));

        // When this computer has typed but not yet saved, and another client (a connection of its own) saves its text
        editor->moveCursor(QTextCursor::End);
        editor->insertPlainText(QStringLiteral(" — 이 컴퓨터에서 덧붙임"));
        const QString mine = editor->toPlainText();
        auto other = db.database().openWorkerConnection();
        QVERIFY(other.ok());
        QVERIFY(SectionRepository(other.value()).setBody(sectionId, QStringLiteral("다른 컴퓨터에서 고친 글")).ok());

        // Then the typing is kept and saved over it, the page says so, and undo brings the other text back
        QTRY_COMPARE(db.repos().sections.get(sectionId)->body, mine);
        QCOMPARE(editor->toPlainText(), mine);
        auto *message = page.findChild<InlineMessage *>(QStringLiteral("reviewMessage"));
        QVERIFY(message && message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("another computer")), qPrintable(message->text()));
        undo.undo();
        QCOMPARE(db.repos().sections.get(sectionId)->body, QStringLiteral("다른 컴퓨터에서 고친 글"));
        QTRY_COMPARE(editor->toPlainText(), QStringLiteral("다른 컴퓨터에서 고친 글"));
        Database::closeConnection(other.value());
    }

    void aServerThatWantsAPasswordAsksForItAndKeepsItNowhere()
    {
        // Given a Hoego database on the server that the login hoego_pw may use, and only with its password
        // (scripts/pg-sandbox makes that login), and no ~/.pgpass to give it
        test::TempDatabase server;
        QVERIFY(server.isOpen());
        const QString schema = server.scalar(QStringLiteral("SELECT current_schema()")).toString();
        for (const QString &grant : {QStringLiteral("GRANT USAGE, CREATE ON SCHEMA %1 TO hoego_pw"),
                                     QStringLiteral("GRANT ALL ON ALL TABLES IN SCHEMA %1 TO hoego_pw"),
                                     QStringLiteral("GRANT ALL ON ALL SEQUENCES IN SCHEMA %1 TO hoego_pw")}) {
            // Run as text: PostgreSQL prepares no GRANT.
            QSqlQuery query(QSqlDatabase::database(server.connection()));
            QVERIFY2(query.exec(grant.arg(schema)), qPrintable(query.lastError().text()));
        }
        QVERIFY(server.repos().years.create(2025, QStringLiteral("결혼한 해")).ok());
        QString address = server.path();
        address.replace(QStringLiteral("postgresql://hoego@"), QStringLiteral("postgresql://hoego_pw@"));
        const QString password = QStringLiteral("pw@hoego:2026");
        QTemporaryDir dir;
        qputenv("PGPASSFILE", dir.filePath(QStringLiteral("no-pgpass")).toLocal8Bit());
        const QString settingsFile = dir.filePath(QStringLiteral("settings.ini"));
        AppSettings settings(settingsFile);
        DatabaseSession session(settings);
        QVERIFY(session.start(dir.filePath(QStringLiteral("life.sqlite"))).ok());

        // When File > Open Server Database… is given its address
        const auto openServer = [&] {
            session.window()->findChild<QAction *>(QStringLiteral("openServerDatabaseAction"))->trigger();
            auto *dialog = session.window()->findChild<QInputDialog *>(QStringLiteral("serverAddressDialog"));
            QVERIFY(dialog);
            dialog->setTextValue(address);
            dialog->accept();
        };
        openServer();

        // Then it asks for the password, hidden as it is typed; a wrong one is refused and the file stays open
        QInputDialog *asked = nullptr;
        QTRY_VERIFY((asked = session.window()->findChild<QInputDialog *>(QStringLiteral("serverPasswordDialog"))));
        QCOMPARE(asked->textEchoMode(), QLineEdit::Password);
        asked->setTextValue(QStringLiteral("wrong"));
        asked->accept();
        QMessageBox *problem = nullptr;
        QTRY_VERIFY((problem = session.window()->findChild<QMessageBox *>(QStringLiteral("sessionProblem"))));
        QVERIFY2(problem->text().contains(QStringLiteral("refused the login")), qPrintable(problem->text()));
        QVERIFY(!session.database()->isOnServer());
        problem->close();

        // When it is asked again and given the right one
        openServer();
        QTRY_VERIFY((asked = session.window()->findChild<QInputDialog *>(QStringLiteral("serverPasswordDialog"))));
        asked->setTextValue(password);
        asked->accept();

        // Then the window goes on on the server, and the password is nowhere: not in the address it shows, not in
        // Open Recent, not in the settings file
        QTRY_VERIFY(session.database() && session.database()->isOnServer());
        QVERIFY(!session.database()->path().contains(password));
        QCOMPARE(Repositories(session.database()->connectionName()).years.byNumber(2025)->title,
                 QStringLiteral("결혼한 해"));
        QVERIFY(!settings.recentDatabases().join(QLatin1Char(' ')).contains(QStringLiteral("pw@hoego")));
        settings.sync();
        QFile stored(settingsFile);
        QVERIFY(stored.open(QIODevice::ReadOnly));
        QVERIFY(!QString::fromUtf8(stored.readAll()).contains(QStringLiteral("pw@hoego")));

        // And at start-up (hoego --db ADDRESS) the dialog for the refused login takes the password: a wrong one
        // brings the dialog back, the right one opens the database, which shows the address without it
        QStringList typed{QStringLiteral("wrong"), password};
        int dialogsShown = 0;
        auto started = openDatabaseWithRecovery(address, 10, [&](const QString &path, const Error &error) {
            ++dialogsShown;
            QTimer::singleShot(0, [&typed] {
                auto *shown = qobject_cast<DamagedDatabaseDialog *>(QApplication::activeModalWidget());
                auto *edit = shown ? shown->findChild<QLineEdit *>(QStringLiteral("serverPasswordEdit")) : nullptr;
                if (!edit || edit->echoMode() != QLineEdit::Password || typed.isEmpty()) {
                    if (shown)
                        shown->reject();
                    return;
                }
                QTest::keyClicks(edit, typed.takeFirst());
                QTest::keyClick(edit, Qt::Key_Return);
            });
            return askRecoveryWithDialog(path, error);
        });
        QVERIFY(started);
        QCOMPARE(dialogsShown, 2);
        QVERIFY(typed.isEmpty());
        QVERIFY(started->path().startsWith(QStringLiteral("postgresql://hoego_pw@")));
        QVERIFY(!started->path().contains(password));
        QCOMPARE(Repositories(started->connectionName()).years.byNumber(2025)->title, QStringLiteral("결혼한 해"));
        qunsetenv("PGPASSFILE");
    }

    void aFileMovesToAnEmptyServerAndTheWindowGoesOnThere()
    {
        // Given a window on a file with a year in it, and an empty database on the server
        test::TempDatabase server;
        QVERIFY(server.isOpen());
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        DatabaseSession session(settings);
        QVERIFY(session.start(dir.filePath(QStringLiteral("life.sqlite"))).ok());
        QVERIFY(Repositories(session.database()->connectionName())
                        .years.create(2024, QStringLiteral("이사한 해"))
                        .ok());
        const QString file = session.database()->path();

        // When File > Move to a Server… is given the server's address
        auto *move = session.window()->findChild<QAction *>(QStringLiteral("moveToServerAction"));
        QVERIFY(move && move->isEnabled());
        // (the menus follow the database open now: a file can be restored from its backups)
        QVERIFY(session.window()->findChild<QAction *>(QStringLiteral("restoreBackupAction"))->isEnabled());
        move->trigger();
        auto *dialog = session.window()->findChild<QInputDialog *>(QStringLiteral("moveToServerDialog"));
        QVERIFY(dialog);
        dialog->setTextValue(server.path());
        dialog->accept();

        // Then the window goes on on the server, which holds the year, and the file is still there
        QTRY_VERIFY(session.database() && session.database()->isOnServer());
        QVERIFY(!session.window()->findChild<QMessageBox *>(QStringLiteral("sessionProblem")));
        QCOMPARE(server.repos().years.byNumber(2024)->title, QStringLiteral("이사한 해"));
        QVERIFY(QFileInfo::exists(file));
        QVERIFY(!session.window()->findChild<QAction *>(QStringLiteral("moveToServerAction"))->isEnabled());
        QVERIFY(!session.window()->findChild<QAction *>(QStringLiteral("restoreBackupAction"))->isEnabled());

        // And moving another file there is refused: the server is no longer empty
        DatabaseSession second(settings);
        QVERIFY(second.start(dir.filePath(QStringLiteral("other.sqlite"))).ok());
        QVERIFY(Repositories(second.database()->connectionName()).years.create(2025).ok());
        second.window()->findChild<QAction *>(QStringLiteral("moveToServerAction"))->trigger();
        auto *again = second.window()->findChild<QInputDialog *>(QStringLiteral("moveToServerDialog"));
        QVERIFY(again);
        again->setTextValue(server.path());
        again->accept();
        QTRY_VERIFY(second.window()->findChild<QMessageBox *>(QStringLiteral("sessionProblem")));
        QVERIFY(!second.database()->isOnServer());
        QVERIFY(!server.repos().years.byNumber(2025).ok());
    }
};

QTEST_MAIN(TestServerWindow)
#include "tst_serverwindow.moc"
