// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "iotestsupport.h"

#include "io/exportdialog.h"
#include "io/sample.h"
#include "storage/privacy.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>

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
        ExportDialog dialog(db.connection(), db.repos().years.byNumber(2025)->id);
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
        ExportDialog dialog(db.connection(), db.repos().years.byNumber(2025)->id);
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
        ExportDialog dialog(db.connection(), year);
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

    void thePublicChoiceIsRememberedPerDatabase()
    {
        test::TempDatabase db;
        QVERIFY(loadSample(db.connection()).ok());
        const Id year = db.repos().years.byNumber(2025)->id;
        const QString settings = db.folder() + QStringLiteral("/hoego.conf");
        {
            ExportDialog dialog(db.connection(), year);
            dialog.rememberPerDatabase(db.path(), settings);
            auto *publicCheck = dialog.findChild<QCheckBox *>(QStringLiteral("exportPublicCheck"));
            QVERIFY(!publicCheck->isChecked());
            publicCheck->setChecked(true);
        }
        ExportDialog again(db.connection(), year);
        again.rememberPerDatabase(db.path(), settings);
        QVERIFY(again.findChild<QCheckBox *>(QStringLiteral("exportPublicCheck"))->isChecked());
        ExportDialog other(db.connection(), year);
        other.rememberPerDatabase(db.folder() + QStringLiteral("/other.sqlite"), settings);
        QVERIFY(!other.findChild<QCheckBox *>(QStringLiteral("exportPublicCheck"))->isChecked());
    }

    void theMarkdownFlavourIsRememberedPerDatabase()
    {
        test::TempDatabase db;
        QVERIFY(loadSample(db.connection()).ok());
        const Id year = db.repos().years.byNumber(2025)->id;
        const QString settings = db.folder() + QStringLiteral("/hoego.conf");
        {
            ExportDialog dialog(db.connection(), year);
            dialog.rememberPerDatabase(db.path(), settings);
            QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("exportFlavourCombo"))->currentData().toInt(),
                     int(MarkdownFlavour::StaticSite));
            choose(dialog, QStringLiteral("exportFlavourCombo"), int(MarkdownFlavour::BlogEditor));
        }
        ExportDialog again(db.connection(), year);
        again.rememberPerDatabase(db.path(), settings);
        QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("exportFlavourCombo"))->currentData().toInt(),
                 int(MarkdownFlavour::BlogEditor));
        ExportDialog other(db.connection(), year);
        other.rememberPerDatabase(db.folder() + QStringLiteral("/other.sqlite"), settings);
        QCOMPARE(other.findChild<QComboBox *>(QStringLiteral("exportFlavourCombo"))->currentData().toInt(),
                 int(MarkdownFlavour::StaticSite));
    }

    void copyPutsTheMarkdownOrTheHtmlArticleOnTheClipboard()
    {
        test::TempDatabase db;
        QVERIFY(loadSample(db.connection()).ok());
        ExportDialog dialog(db.connection(), db.repos().years.byNumber(2025)->id);
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
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
