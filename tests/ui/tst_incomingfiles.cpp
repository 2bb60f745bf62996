// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "io/importdialog.h"
#include "mainwindow.h"
#include "session/databasesession.h"
#include "session/incomingfiles.h"
#include "settings/appsettings.h"
#include "storage/database.h"
#include "storage/repositories.h"

#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <algorithm>

using namespace hoego;

// Files handed to Hoego (the command line, a later launch, a drop on the window) go one way (issue 15): a
// database opens in the window, a post or export opens the import preview, anything else is named.
class TestIncomingFiles : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppSettings> m_settings;

    QString file(const QString &name) const { return m_dir->filePath(name); }

    QString writePost(const QString &name, int year)
    {
        QFile post(file(name));
        if (!post.open(QIODevice::WriteOnly))
            return {};
        post.write(QStringLiteral("# %1년 회고\n\n## 배운 것\n- 천천히\n").arg(year).toUtf8());
        return post.fileName();
    }

    static ImportDialog *previewOf(MainWindow *window)
    {
        ImportDialog *dialog = nullptr;
        [&] { QTRY_VERIFY((dialog = window->findChild<ImportDialog *>()) && dialog->isVisible()); }();
        return dialog;
    }

    static void drop(QWidget *window, const QStringList &paths)
    {
        QMimeData data;
        QList<QUrl> urls;
        for (const QString &path : paths)
            urls << QUrl::fromLocalFile(path);
        data.setUrls(urls);
        const QPoint middle = window->rect().center();
        QDragEnterEvent enter(middle, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent dropped(middle, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(window, &dropped);
        QVERIFY(dropped.isAccepted());
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<AppSettings>(m_dir->filePath(QStringLiteral("settings.ini")));
    }

    void cleanup()
    {
        m_settings.reset();
        m_dir.reset();
    }

    void aPostOpensTheImportPreviewAndNothingIsWrittenUntilImport()
    {
        // Given a window on a database and a post
        DatabaseSession session(*m_settings);
        QVERIFY(session.start(file(QStringLiteral("life.sqlite"))).ok());
        IncomingFiles incoming(session);
        const QString post = writePost(QStringLiteral("2023.md"), 2023);

        // When the post is handed in
        incoming.open({post});

        // Then its import preview shows the post, and the database has no year yet
        ImportDialog *dialog = previewOf(session.window());
        QCOMPARE(dialog->path(), post);
        QTRY_VERIFY(dialog->findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
        Repositories repos(session.database()->connectionName());
        QCOMPARE(repos.years.overviews()->size(), 0);

        // And once imported, the post is in Open Recent
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("importButton")), Qt::LeftButton);
        QTRY_COMPARE(repos.years.overviews()->size(), 1);
        QTRY_COMPARE(m_settings->recentImports(), QStringList{post});
        auto *recent = session.window()->findChild<QMenu *>(QStringLiteral("recentMenu"));
        emit recent->aboutToShow();
        const QList<QAction *> entries = recent->actions();
        QVERIFY(std::any_of(entries.begin(), entries.end(),
                            [&](QAction *entry) { return entry->toolTip() == post && entry->isEnabled(); }));
    }

    void droppedFilesArePreviewedOneAfterTheOther()
    {
        // Given a window on a database and two posts
        DatabaseSession session(*m_settings);
        QVERIFY(session.start(file(QStringLiteral("life.sqlite"))).ok());
        IncomingFiles incoming(session);
        const QString first = writePost(QStringLiteral("2022.md"), 2022);
        const QString second = writePost(QStringLiteral("2023.md"), 2023);

        // When both are dropped on the window
        drop(session.window(), {first, second});

        // Then the first one's preview shows, and the second's once the first is closed
        ImportDialog *dialog = previewOf(session.window());
        QCOMPARE(dialog->path(), first);
        QCOMPARE(incoming.pendingImports(), QStringList{second});
        dialog->close();
        QTRY_VERIFY(session.window()->findChild<ImportDialog *>()
                    && session.window()->findChild<ImportDialog *>()->path() == second);
    }

    void aFileDroppedOnAChildThatTakesDropsIsPreviewedAndOnATextFieldGivesItsPath()
    {
        // Given a window on a database and a post
        DatabaseSession session(*m_settings);
        QVERIFY(session.start(file(QStringLiteral("life.sqlite"))).ok());
        IncomingFiles incoming(session);
        const QString post = writePost(QStringLiteral("2021.md"), 2021);
        session.window()->show();
        QVERIFY(QTest::qWaitForWindowExposed(session.window()));

        // When it is dropped on the tab bar, which takes drops of its own (a tab opens under a dragged item)
        auto *tabs = session.window()->findChild<QTabBar *>();
        QVERIFY(tabs);
        tabs->setAcceptDrops(true);
        drop(tabs, {post});

        // Then its import preview opens
        QCOMPARE(previewOf(session.window())->path(), post);
        session.window()->findChild<ImportDialog *>()->close();
        QTRY_VERIFY(!session.window()->findChild<ImportDialog *>()
                    || !session.window()->findChild<ImportDialog *>()->isVisible());

        // And a file dropped on a text field is the field's: no preview opens for it
        QVERIFY(incoming.pendingImports().isEmpty());
        auto *field = new QLineEdit(session.window());
        field->show();
        QVERIFY(field->acceptDrops());
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(post)});
        data.setText(post); // a file manager offers the path as text too, which the field takes
        QDragEnterEvent enter(QPoint(2, 2), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(field, &enter);
        QDropEvent dropped(QPoint(2, 2), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(field, &dropped);
        QVERIFY(incoming.pendingImports().isEmpty());
        QCOMPARE(field->text(), post);
        QTest::qWait(50);
        QVERIFY(!session.window()->findChild<ImportDialog *>()
                || !session.window()->findChild<ImportDialog *>()->isVisible());
    }

    void aDatabaseFileOpensInTheWindow()
    {
        // Given a window on one database, and another database with a year in it
        {
            auto other = Database::open(file(QStringLiteral("other.hoego")));
            QVERIFY(other.ok());
            Repositories repos(other.value()->connectionName());
            QVERIFY(repos.years.create(2019).ok());
        }
        DatabaseSession session(*m_settings);
        QVERIFY(session.start(file(QStringLiteral("life.sqlite"))).ok());
        IncomingFiles incoming(session);

        // When the other database is dropped on the window
        drop(session.window(), {file(QStringLiteral("other.hoego"))});

        // Then the window shows it
        QTRY_COMPARE(QFileInfo(session.database()->path()).fileName(), QStringLiteral("other.hoego"));
        QVERIFY(!session.window()->findChild<QMessageBox *>(QStringLiteral("incomingFilesProblem")));
    }

    void filesHoegoCannotTakeAreNamed()
    {
        // Given a window, a missing post and a file Hoego neither opens nor imports
        DatabaseSession session(*m_settings);
        QVERIFY(session.start(file(QStringLiteral("life.sqlite"))).ok());
        IncomingFiles incoming(session);
        QFile photo(file(QStringLiteral("photo.png")));
        QVERIFY(photo.open(QIODevice::WriteOnly));
        photo.write("\x89PNG\r\n");
        photo.close();

        // When both are handed in
        incoming.open({file(QStringLiteral("missing.md")), photo.fileName()});

        // Then one message names both, and no import preview opens
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = session.window()->findChild<QMessageBox *>(QStringLiteral("incomingFilesProblem"))));
        QVERIFY(box->text().contains(QStringLiteral("missing.md")));
        QVERIFY(box->text().contains(QStringLiteral("photo.png")));
        QVERIFY(!session.window()->findChild<ImportDialog *>());
    }
};

QTEST_MAIN(TestIncomingFiles)
#include "tst_incomingfiles.moc"
