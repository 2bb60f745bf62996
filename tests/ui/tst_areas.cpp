// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "areas/areasdialog.h"
#include "areas/areasmodel.h"
#include "goals/goalsmodel.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "session/databasesession.h"
#include "settings/appsettings.h"
#include "tempdatabase.h"
#include "theme.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QAction>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace hoego;

// Edit > Areas…: every change is one undo step, a removed area's events and goals get it back on undo, and a
// new database shown in Korean starts with Korean area names.
class TestAreas : public QObject
{
    Q_OBJECT

private:
    static QStringList names(test::TempDatabase &db)
    {
        QStringList result;
        for (const Area &area : *db.repos().areas.all())
            result << area.name;
        return result;
    }

    static Area areaNamed(test::TempDatabase &db, const QString &name)
    {
        for (const Area &area : *db.repos().areas.all()) {
            if (area.name == name)
                return area;
        }
        return {};
    }

    static void select(AreasDialog &dialog, const QString &name)
    {
        auto *list = dialog.findChild<QAbstractItemView *>(QStringLiteral("areaList"));
        for (int row = 0; row < dialog.model()->rowCount(); ++row) {
            if (dialog.model()->areaAt(row)->name == name)
                list->setCurrentIndex(dialog.model()->index(row));
        }
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("Hoego"));
        QCoreApplication::setApplicationName(QStringLiteral("hoego-tst-areas"));
    }

    void eachChangeIsOneUndoStep()
    {
        test::TempDatabase db;
        QUndoStack undo;
        AreasDialog dialog(db.repos().areas, &undo, false);
        QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QStringList before = names(db);
        QCOMPARE(before.first(), QStringLiteral("Life"));

        // Rename in place
        QVERIFY(dialog.model()->setData(dialog.model()->index(0), QStringLiteral("삶")));
        QCOMPARE(names(db).first(), QStringLiteral("삶"));
        // Recolour, add, move down
        select(dialog, QStringLiteral("Work"));
        QVERIFY(dialog.recolorCurrent(QColor(0x10, 0x20, 0x30)));
        QCOMPARE(areaNamed(db, QStringLiteral("Work")).color, QColor(0x10, 0x20, 0x30));
        QVERIFY(dialog.addArea());
        QCOMPARE(names(db).last(), QStringLiteral("New area"));
        select(dialog, QStringLiteral("삶"));
        QVERIFY(dialog.moveCurrent(1));
        QCOMPARE(names(db).mid(0, 2), (QStringList{QStringLiteral("Work"), QStringLiteral("삶")}));
        QCOMPARE(undo.count(), 4);

        // Undo takes each back, newest first
        undo.undo();
        QCOMPARE(names(db).first(), QStringLiteral("삶"));
        undo.undo();
        QVERIFY(!names(db).contains(QStringLiteral("New area")));
        undo.undo();
        QVERIFY(areaNamed(db, QStringLiteral("Work")).color != QColor(0x10, 0x20, 0x30));
        undo.undo();
        QCOMPARE(names(db), before);
        // And redo of the add brings the same area back, so the later steps still apply
        undo.redo();
        undo.redo();
        undo.redo();
        QVERIFY(names(db).contains(QStringLiteral("New area")));
        undo.redo();
        QCOMPARE(names(db).mid(0, 2), (QStringList{QStringLiteral("Work"), QStringLiteral("삶")}));
    }

    void aRemovedAreaComesBackToItsEventsAndGoals()
    {
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2025);
        const Area study = areaNamed(db, QStringLiteral("Study"));
        Event event;
        event.yearId = year;
        event.title = QStringLiteral("논문 읽기 모임");
        event.date = PartialDate::ofMonth(2025, 4);
        event.areaId = study.id;
        const Id eventId = *db.repos().events.create(event);
        Goal goal;
        goal.yearId = year;
        goal.title = QStringLiteral("논문 12편");
        goal.areaId = study.id;
        const Id goalId = *db.repos().goals.create(goal);
        QUndoStack undo;
        AreasDialog dialog(db.repos().areas, &undo, false);

        select(dialog, QStringLiteral("Study"));
        QVERIFY(dialog.removeCurrent());
        QVERIFY(!names(db).contains(QStringLiteral("Study")));
        QCOMPARE(db.repos().events.get(eventId)->areaId, 0);
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("areasMessage"))->text().contains(QStringLiteral("Study")));

        undo.undo();
        const Area back = areaNamed(db, QStringLiteral("Study"));
        QCOMPARE(back.id, study.id);
        QCOMPARE(back.position, study.position);
        QCOMPARE(back.color, study.color);
        QCOMPARE(db.repos().events.get(eventId)->areaId, study.id);
        QCOMPARE(db.repos().goals.get(goalId)->areaId, study.id);
    }

    void aDuplicateOrEmptyNameIsExplainedAndNothingIsStored()
    {
        test::TempDatabase db;
        QUndoStack undo;
        AreasDialog dialog(db.repos().areas, &undo, false);
        const QStringList before = names(db);
        QVERIFY(dialog.model()->setData(dialog.model()->index(0), QStringLiteral("Work")));
        QCOMPARE(names(db), before);
        auto *message = dialog.findChild<QLabel *>(QStringLiteral("areasMessage"));
        QVERIFY(!message->isHidden());
        QVERIFY(message->text().contains(QStringLiteral("Work")));
        QVERIFY(!dialog.model()->setData(dialog.model()->index(0), QStringLiteral("   ")) || names(db) == before);
        QCOMPARE(names(db), before);
        QCOMPARE(undo.count(), 0);
    }

    void aReadOnlyDatabaseCannotBeChanged()
    {
        test::TempDatabase db;
        QUndoStack undo;
        AreasDialog dialog(db.repos().areas, &undo, true);
        QVERIFY(!(dialog.model()->flags(dialog.model()->index(0)) & Qt::ItemIsEditable));
        QVERIFY(!dialog.addArea());
        QVERIFY(!dialog.removeCurrent());
        QCOMPARE(undo.count(), 0);
    }

    void renamingAnAreaShowsOnTheGoalsBoardAtOnce()
    {
        QSettings().clear();
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2025);
        Goal goal;
        goal.yearId = year;
        goal.title = QStringLiteral("발표 두 번");
        goal.areaId = areaNamed(db, QStringLiteral("Work")).id;
        QVERIFY(db.repos().goals.create(goal).ok());
        MainWindow window(db.database());
        window.show();
        window.findChild<QAction *>(QStringLiteral("showTab5Action"))->trigger();
        auto *goals = window.findChild<GoalsModel *>();
        QTRY_COMPARE(goals->rowCount(), 1);
        QCOMPARE(goals->index(0, GoalsModel::AreaColumn).data().toString(), QStringLiteral("Work"));

        AreasDialog *dialog = window.showAreas();
        select(*dialog, QStringLiteral("Work"));
        QVERIFY(dialog->model()->setData(dialog->model()->indexOfArea(goal.areaId), QStringLiteral("일")));
        // (the change comes back through the change feed, on the event loop's next turn)
        goals = window.findChild<GoalsModel *>();
        QTRY_COMPARE(goals->index(0, GoalsModel::AreaColumn).data().toString(), QStringLiteral("일"));
        window.undoStack()->undo();
        QTRY_COMPARE(goals->index(0, GoalsModel::AreaColumn).data().toString(), QStringLiteral("Work"));
        dialog->close();
    }

    void aNewDatabaseShownInKoreanStartsWithKoreanAreas()
    {
        QTemporaryDir dir;
        theme::applyTheme(AppSettings::Theme::System);
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        i18n::applyLanguage(i18n::Language::Korean);
        {
            DatabaseSession session(settings);
            QVERIFY(session.start(dir.filePath(QStringLiteral("new.sqlite"))).ok());
            Repositories repos(session.database()->connectionName());
            QStringList stored;
            for (const Area &area : *repos.areas.all())
                stored << area.name;
            QCOMPARE(stored,
                     (QStringList{QStringLiteral("삶"), QStringLiteral("일"), QStringLiteral("공부"),
                                  QStringLiteral("기술"), QStringLiteral("건강"), QStringLiteral("관계")}));
        }
        {
            // The sample's starting areas (English in the file) join the Korean ones instead of doubling them
            DatabaseSession session(settings);
            QVERIFY(session.start(dir.filePath(QStringLiteral("sample.sqlite"))).ok());
            QVERIFY(session.window()->loadSample());
            Repositories repos(session.database()->connectionName());
            QCOMPARE(repos.areas.all()->size(), 6);
            QCOMPARE(repos.areas.all()->at(2).name, QStringLiteral("공부"));
        }
        i18n::applyLanguage(i18n::Language::English);
        {
            // An existing file keeps the names it has; a new one in English keeps the English names
            DatabaseSession session(settings);
            QVERIFY(session.start(dir.filePath(QStringLiteral("new.sqlite"))).ok());
            QCOMPARE(Repositories(session.database()->connectionName()).areas.all()->first().name,
                     QStringLiteral("삶"));
            QVERIFY(session.start(dir.filePath(QStringLiteral("english.sqlite"))).ok());
            QCOMPARE(Repositories(session.database()->connectionName()).areas.all()->first().name,
                     QStringLiteral("Life"));
        }
    }
};

QTEST_MAIN(TestAreas)
#include "tst_areas.moc"
