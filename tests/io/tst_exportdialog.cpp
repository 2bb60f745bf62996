// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "iotestsupport.h"

#include "events/eventspage.h"
#include "io/exportdialog.h"
#include "io/exportpartspanel.h"
#include "io/sample.h"
#include "storage/databaselanguage.h"
#include "storage/exportprofilerepository.h"
#include "storage/privacy.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

using namespace hoego;

class TestExportDialog : public QObject
{
    Q_OBJECT

private:
    static void choose(ExportDialog &dialog, const QString &combo, const QVariant &data)
    {
        auto *box = dialog.findChild<QComboBox *>(combo);
        QVERIFY(box);
        box->setCurrentIndex(box->findData(data));
    }

private slots:
    void thePreviewFollowsFormatAndLanguage()
    {
        test::TempDatabase db;
        QVERIFY(loadSample(db.connection()).ok());
        ExportDialog dialog(db.journal(), db.repos().years.byNumber(2025)->id);
        dialog.show();
        auto *preview = dialog.findChild<QTextBrowser *>(QStringLiteral("exportPreview"));
        QVERIFY(preview);
        choose(dialog, QStringLiteral("exportLanguageCombo"), int(i18n::Language::Korean));
        choose(dialog, QStringLiteral("exportFormatCombo"), int(ExportFormat::Markdown));
        QVERIFY(preview->toPlainText().contains(QStringLiteral("# 2025년 회고 — 졸업, 이사, 그리고 처음 맡은 팀")));
        QVERIFY(preview->toPlainText().startsWith(QStringLiteral("---")));
        // The plain CommonMark flavour drops the front matter from the preview
        choose(dialog, QStringLiteral("exportFlavourCombo"), int(MarkdownFlavour::CommonMark));
        QVERIFY(preview->toPlainText().startsWith(QStringLiteral("# 2025년 회고")));
        // English headings, as HTML
        choose(dialog, QStringLiteral("exportLanguageCombo"), int(i18n::Language::English));
        choose(dialog, QStringLiteral("exportFormatCombo"), int(ExportFormat::Html));
        QVERIFY(preview->toPlainText().contains(QStringLiteral("What happened")));
        QVERIFY(!preview->toPlainText().contains(QStringLiteral("<h2>")));
    }

    void saveWritesTheFileOffTheGuiThread_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QByteArray>("start");
        QTest::newRow("markdown") << int(ExportFormat::Markdown) << QByteArray("---");
        QTest::newRow("pdf") << int(ExportFormat::Pdf) << QByteArray("%PDF-");
        QTest::newRow("json") << int(ExportFormat::Json) << QByteArray("{");
    }

    void saveWritesTheFileOffTheGuiThread()
    {
        QFETCH(int, format);
        QFETCH(QByteArray, start);
        test::TempDatabase db;
        QVERIFY(loadSample(db.connection()).ok());
        ExportDialog dialog(db.journal(), db.repos().years.byNumber(2025)->id);
        const QString path = db.folder() + QStringLiteral("/out.file");
        QString suggested;
        dialog.setFileChooser([&](const QString &name) {
            suggested = name;
            return path;
        });
        dialog.show();
        choose(dialog, QStringLiteral("exportFormatCombo"), format);
        QSignalSpy exported(&dialog, &ExportDialog::exported);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("exportSaveButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 30000);
        QVERIFY(suggested.startsWith(QStringLiteral("hoego-2025.")));
        const QByteArray bytes = test::readFile(path);
        QVERIFY(bytes.startsWith(start));
        if (format != int(ExportFormat::Pdf))
            QVERIFY(QString::fromUtf8(bytes).contains(QStringLiteral("졸업, 이사, 그리고 처음 맡은 팀")));
    }

    // Issue 14: an item marked private while the public preview is open vanishes from it and is listed beside it.
    void anItemMarkedPrivateVanishesFromThePublicPreview()
    {
        // Given the sample's 2025 in the dialog, public, as Markdown
        test::TempDatabase db;
        QVERIFY(loadSample(db.connection()).ok());
        const Id year = db.repos().years.byNumber(2025)->id;
        const Event event = db.repos().events.forYear(year)->first();
        ExportDialog dialog(db.journal(), year);
        dialog.resize(1000, 600);
        dialog.show();
        choose(dialog, QStringLiteral("exportFormatCombo"), int(ExportFormat::Markdown));
        auto *publicCheck = dialog.findChild<QCheckBox *>(QStringLiteral("exportPublicCheck"));
        QVERIFY(publicCheck);
        publicCheck->setChecked(true);
        auto *preview = dialog.findChild<QTextBrowser *>(QStringLiteral("exportPreview"));
        auto *leftOut = dialog.findChild<QListWidget *>(QStringLiteral("exportLeftOutList"));
        QVERIFY(preview && leftOut);
        QVERIFY(preview->toPlainText().contains(event.title));
        const int before = leftOut->count();
        // When the event is marked private (as the window does, through the storage layer)
        QVERIFY(privacy::setPrivate(db.connection(), PrivateKind::Event, event.id, true).ok());
        // Then the preview no longer shows it, and the list beside it names it
        QTRY_VERIFY(!preview->toPlainText().contains(event.title));
        QCOMPARE(leftOut->count(), before + 1);
        QVERIFY(!leftOut->findItems(event.title, Qt::MatchContains).isEmpty());
        // and a full export still has it
        publicCheck->setChecked(false);
        QVERIFY(preview->toPlainText().contains(event.title));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("exportLeftOutLabel"))
                        ->text()
                        .contains(QStringLiteral("full")));
    }

    // The same through the window's own toggle: Ctrl+Shift+P on the Events tab, then undo.
    void anEventMarkedWithTheShortcutLeavesThePreviewAndUndoBringsItBack()
    {
        // Given the sample's 2025 on the events page and in the public preview beside it
        test::TempDatabase db;
        QVERIFY(loadSample(db.connection()).ok());
        const Id year = db.repos().years.byNumber(2025)->id;
        const Event event = db.repos().events.forYear(year)->first();
        QUndoStack undo;
        EventsPage page(db.journal(), &undo);
        page.resize(900, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setYear(year);
        QVERIFY(page.selectEvent(event.id));
        ExportDialog dialog(db.journal(), year);
        dialog.show();
        choose(dialog, QStringLiteral("exportFormatCombo"), int(ExportFormat::Markdown));
        dialog.findChild<QCheckBox *>(QStringLiteral("exportPublicCheck"))->setChecked(true);
        auto *preview = dialog.findChild<QTextBrowser *>(QStringLiteral("exportPreview"));
        QVERIFY(preview->toPlainText().contains(event.title));
        // When the user presses Ctrl+Shift+P on the events timeline
        page.activateWindow();
        auto *timeline = page.findChild<QWidget *>(QStringLiteral("eventTimeline"));
        QVERIFY(timeline);
        timeline->setFocus();
        QTest::keyClick(timeline, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        // Then the event leaves the public preview and is listed as left out
        QTRY_VERIFY(!preview->toPlainText().contains(event.title));
        auto *leftOut = dialog.findChild<QListWidget *>(QStringLiteral("exportLeftOutList"));
        QVERIFY(!leftOut->findItems(event.title, Qt::MatchContains).isEmpty());
        // and undo brings it back
        undo.undo();
        QTRY_VERIFY(preview->toPlainText().contains(event.title));
        QVERIFY(leftOut->findItems(event.title, Qt::MatchContains).isEmpty());
    }

    void thePublicChoiceIsRememberedPerDatabase()
    {
        test::TempDatabase db;
        QVERIFY(loadSample(db.connection()).ok());
        const Id year = db.repos().years.byNumber(2025)->id;
        const QString settings = db.folder() + QStringLiteral("/hoego.conf");
        {
            ExportDialog dialog(db.journal(), year);
            dialog.rememberPerDatabase(db.path(), settings);
            auto *publicCheck = dialog.findChild<QCheckBox *>(QStringLiteral("exportPublicCheck"));
            QVERIFY(!publicCheck->isChecked());
            publicCheck->setChecked(true);
        }
        ExportDialog again(db.journal(), year);
        again.rememberPerDatabase(db.path(), settings);
        QVERIFY(again.findChild<QCheckBox *>(QStringLiteral("exportPublicCheck"))->isChecked());
        ExportDialog other(db.journal(), year);
        other.rememberPerDatabase(db.folder() + QStringLiteral("/other.sqlite"), settings);
        QVERIFY(!other.findChild<QCheckBox *>(QStringLiteral("exportPublicCheck"))->isChecked());
    }

    void theChosenProfileIsRememberedPerDatabase()
    {
        // Given a profile "블로그" and the dialog with it chosen
        test::TempDatabase db;
        QVERIFY(loadSample(db.connection()).ok());
        const Id year = db.repos().years.byNumber(2025)->id;
        ExportProfile blog;
        blog.name = QStringLiteral("블로그");
        blog.headings.insert(YearPart::Lessons, QStringLiteral("올해의 배움"));
        QVERIFY(ExportProfileRepository(db.connection()).save(blog).ok());
        const QString settings = db.folder() + QStringLiteral("/hoego.conf");
        {
            ExportDialog dialog(db.journal(), year);
            dialog.rememberPerDatabase(db.path(), settings);
            choose(dialog, QStringLiteral("exportProfileCombo"), QStringLiteral("블로그"));
        }
        // When the dialog is opened again on the same database
        ExportDialog again(db.journal(), year);
        again.rememberPerDatabase(db.path(), settings);
        choose(again, QStringLiteral("exportFormatCombo"), int(ExportFormat::Markdown));
        // Then the profile is chosen and its heading is in the preview
        QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("exportProfileCombo"))->currentData().toString(),
                 QStringLiteral("블로그"));
        QVERIFY(again.findChild<QTextBrowser *>(QStringLiteral("exportPreview"))
                        ->toPlainText()
                        .contains(QStringLiteral("올해의 배움")));
        // and another database starts with the default headings
        ExportDialog other(db.journal(), year);
        other.rememberPerDatabase(db.folder() + QStringLiteral("/other.sqlite"), settings);
        QCOMPARE(other.findChild<QComboBox *>(QStringLiteral("exportProfileCombo"))->currentData().toString(),
                 QString());
    }

    void theMarkdownFlavourIsRememberedPerDatabase()
    {
        test::TempDatabase db;
        QVERIFY(loadSample(db.connection()).ok());
        const Id year = db.repos().years.byNumber(2025)->id;
        const QString settings = db.folder() + QStringLiteral("/hoego.conf");
        {
            ExportDialog dialog(db.journal(), year);
            dialog.rememberPerDatabase(db.path(), settings);
            QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("exportFlavourCombo"))->currentData().toInt(),
                     int(MarkdownFlavour::StaticSite));
            choose(dialog, QStringLiteral("exportFlavourCombo"), int(MarkdownFlavour::BlogEditor));
        }
        ExportDialog again(db.journal(), year);
        again.rememberPerDatabase(db.path(), settings);
        QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("exportFlavourCombo"))->currentData().toInt(),
                 int(MarkdownFlavour::BlogEditor));
        ExportDialog other(db.journal(), year);
        other.rememberPerDatabase(db.folder() + QStringLiteral("/other.sqlite"), settings);
        QCOMPARE(other.findChild<QComboBox *>(QStringLiteral("exportFlavourCombo"))->currentData().toInt(),
                 int(MarkdownFlavour::StaticSite));
    }

    void copyPutsTheMarkdownOrTheHtmlArticleOnTheClipboard()
    {
        test::TempDatabase db;
        QVERIFY(loadSample(db.connection()).ok());
        ExportDialog dialog(db.journal(), db.repos().years.byNumber(2025)->id);
        dialog.show();
        choose(dialog, QStringLiteral("exportLanguageCombo"), int(i18n::Language::Korean));
        auto *copy = dialog.findChild<QPushButton *>(QStringLiteral("exportCopyButton"));
        QVERIFY(copy);
        QGuiApplication::clipboard()->clear();

        // Markdown for the Velog editor: no front matter
        choose(dialog, QStringLiteral("exportFormatCombo"), int(ExportFormat::Markdown));
        choose(dialog, QStringLiteral("exportFlavourCombo"), int(MarkdownFlavour::BlogEditor));
        QTest::mouseClick(copy, Qt::LeftButton);
        const QString markdown = QGuiApplication::clipboard()->text();
        QVERIFY2(markdown.startsWith(QStringLiteral("# 2025년 회고")), qPrintable(markdown.left(200)));

        // HTML: the article alone, as markup and as text, without the page's style or footer
        choose(dialog, QStringLiteral("exportFormatCombo"), int(ExportFormat::Html));
        QTest::mouseClick(copy, Qt::LeftButton);
        const QMimeData *data = QGuiApplication::clipboard()->mimeData();
        QVERIFY(data->hasHtml());
        QVERIFY2(data->html().startsWith(QStringLiteral("<header>")), qPrintable(data->html().left(200)));
        QVERIFY(data->html().contains(QStringLiteral("<h2>")));
        QVERIFY(!data->html().contains(QStringLiteral("<style>")));
        QVERIFY(!data->html().contains(QStringLiteral("<footer>")));
        QVERIFY(data->text().contains(QStringLiteral("2025년 회고")));
        QVERIFY(!data->text().contains(QLatin1Char('<')));

        // A PDF or JSON has nothing to paste
        choose(dialog, QStringLiteral("exportFormatCombo"), int(ExportFormat::Pdf));
        QVERIFY(!copy->isEnabled());
    }

    void partsMoveRenameByProfileAndResetInThePreview()
    {
        // Given the sample's 2025 in the dialog, as a Korean CommonMark post
        test::TempDatabase db;
        QVERIFY(loadSample(db.connection()).ok());
        const Id year = db.repos().years.byNumber(2025)->id;
        ExportDialog dialog(db.journal(), year);
        dialog.show();
        auto *panel = dialog.findChild<ExportPartsPanel *>(QStringLiteral("exportPartsPanel"));
        auto *parts = dialog.findChild<QListWidget *>(QStringLiteral("exportPartsList"));
        auto *preview = dialog.findChild<QTextBrowser *>(QStringLiteral("exportPreview"));
        QVERIFY(panel && parts && preview);
        choose(dialog, QStringLiteral("exportLanguageCombo"), int(i18n::Language::Korean));
        choose(dialog, QStringLiteral("exportFlavourCombo"), int(MarkdownFlavour::CommonMark));
        QCOMPARE(parts->item(0)->text(), QStringLiteral("올해 있었던 일"));
        const qsizetype eventsBefore = preview->toPlainText().indexOf(QStringLiteral("\n## 올해 있었던 일\n"));
        QVERIFY(eventsBefore > 0);

        // When the events are moved down one place
        parts->setCurrentRow(0);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("exportPartDownButton")), Qt::LeftButton);
        // Then the year stores its own order and the preview writes the events later
        const QList<YearPart> order = db.repos().parts.order(year).value();
        QVERIFY(order.size() > 1);
        QCOMPARE(order[1], YearPart::Events);
        QCOMPARE(parts->item(1)->text(), QStringLiteral("올해 있었던 일"));
        QVERIFY(preview->toPlainText().indexOf(QStringLiteral("\n## 올해 있었던 일\n")) > eventsBefore);

        // When a profile is made and the events' heading renamed in it
        QStringList answers{QStringLiteral("블로그"), QStringLiteral("올해의 장면들")};
        panel->setTextAsker([&answers](const QString &, const QString &) -> std::optional<QString> {
            return answers.isEmpty() ? std::nullopt : std::optional<QString>(answers.takeFirst());
        });
        auto *rename = dialog.findChild<QPushButton *>(QStringLiteral("exportRenameHeadingButton"));
        QVERIFY(!rename->isEnabled()); // the default headings are not renamed
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("exportNewProfileButton")), Qt::LeftButton);
        QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("exportProfileCombo"))->currentText(),
                 QStringLiteral("블로그"));
        parts->setCurrentRow(1);
        QVERIFY(rename->isEnabled());
        QTest::mouseClick(rename, Qt::LeftButton);
        // Then the preview has the new heading, the profile keeps it, and the other headings stay
        QVERIFY(preview->toPlainText().contains(QStringLiteral("\n## 올해의 장면들\n")));
        QVERIFY(preview->toPlainText().contains(QStringLiteral("\n## 배운 것\n")));
        QCOMPARE(ExportProfileRepository(db.connection())
                         .byName(QStringLiteral("블로그"))
                         ->headings.value(YearPart::Events),
                 QStringLiteral("올해의 장면들"));
        // And back on the default headings, the default heading is back
        choose(dialog, QStringLiteral("exportProfileCombo"), QString());
        QVERIFY(preview->toPlainText().contains(QStringLiteral("\n## 올해 있었던 일\n")));

        // When the profile is deleted, it is asked first: Cancel keeps it, the Delete button removes it
        auto deleteAnswering = [&dialog](const QString &button) {
            choose(dialog, QStringLiteral("exportProfileCombo"), QStringLiteral("블로그"));
            QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("exportDeleteProfileButton")),
                              Qt::LeftButton);
            QMessageBox *box = nullptr;
            QTRY_VERIFY((box = dialog.findChild<QMessageBox *>(QStringLiteral("deleteProfileConfirmation"))));
            QAbstractButton *answer
                    = button.isEmpty() ? box->button(QMessageBox::Cancel) : box->findChild<QPushButton *>(button);
            QVERIFY(answer);
            QTest::mouseClick(answer, Qt::LeftButton);
            QTRY_VERIFY(!dialog.findChild<QMessageBox *>(QStringLiteral("deleteProfileConfirmation")));
        };
        deleteAnswering({});
        QVERIFY(ExportProfileRepository(db.connection()).byName(QStringLiteral("블로그")).ok());
        deleteAnswering(QStringLiteral("confirmDeleteProfileButton"));
        QVERIFY(!ExportProfileRepository(db.connection()).byName(QStringLiteral("블로그")).ok());
        QCOMPARE(
                dialog.findChild<QComboBox *>(QStringLiteral("exportProfileCombo"))->findText(QStringLiteral("블로그")),
                -1);

        // When the order is reset
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("exportResetOrderButton")), Qt::LeftButton);
        // Then the year has no order of its own and the preview is as before
        QVERIFY(db.repos().parts.order(year)->isEmpty());
        QCOMPARE(preview->toPlainText().indexOf(QStringLiteral("\n## 올해 있었던 일\n")), eventsBefore);

        // And a section written in the window meanwhile joins the list
        QVERIFY(db.repos().sections.create(year, QStringLiteral("새로 쓴 섹션")).ok());
        QTRY_VERIFY(!parts->findItems(QStringLiteral("새로 쓴 섹션"), Qt::MatchContains).isEmpty());
    }

    void theHeadingLanguageChosenBecomesTheDatabases()
    {
        // Given a database with its language stored as Korean
        test::TempDatabase db;
        QVERIFY(loadSample(db.connection()).ok());
        QVERIFY(setDatabaseLanguage(db.connection(), i18n::Language::Korean).ok());
        // Then the dialog starts with Korean headings
        {
            ExportDialog dialog(db.journal(), db.repos().years.byNumber(2025)->id);
            QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("exportLanguageCombo"))->currentData().toInt(),
                     int(i18n::Language::Korean));
            // When English is chosen
            choose(dialog, QStringLiteral("exportLanguageCombo"), int(i18n::Language::English));
        }
        // Then the database remembers English, for the next dialog and the command line
        QCOMPARE(storedDatabaseLanguage(db.connection()), i18n::Language::English);
        ExportDialog again(db.journal(), db.repos().years.byNumber(2025)->id);
        QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("exportLanguageCombo"))->currentData().toInt(),
                 int(i18n::Language::English));
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
