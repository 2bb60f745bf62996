// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "i18n/translations.h"
#include "io/sample.h"
#include "mainwindow.h"
#include "session/databasesession.h"
#include "settings/appsettings.h"
#include "storage/database.h"

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace hoego;

namespace {

bool hasHangul(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3)
            return true;
    }
    return false;
}

// English left in a Korean text: Latin words other than names and formats that stay as they are. Markup and
// file paths (data, not interface text) are skipped.
QString englishIn(QString text)
{
    static const QRegularExpression markup(QStringLiteral("<[^>]*>|&[a-z]+;"));
    static const QRegularExpression path(QStringLiteral("\\S*/\\S*|\\S+\\.(sqlite|db)\\b"));
    text.remove(markup);
    text.remove(path);
    static const QRegularExpression allowed(
            QStringLiteral("\\b(Hoego|Qt|GNU|GPL-3\\.0-or-later|PDF|JSON|HTML|PNG|SVG|SQLite|RedNotebook|Markdown|Ctrl|"
                           "Shift|Alt|Enter|Esc|Del|Tab|LLM|ml|sqlite|db|md|json|txt)\\b"));
    text.remove(QLatin1Char('&'));
    text.remove(allowed);
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{2,}"));
    const auto match = word.match(text);
    return match.hasMatch() ? match.captured() : QString();
}

// A user-visible text is translated when it has no English word left (numbers and symbols need none).
void verifyKorean(const QString &what, const QString &text)
{
    const QString left = englishIn(text);
    QVERIFY2(left.isEmpty(), qPrintable(QStringLiteral("%1 \"%2\" is not translated (\"%3\")").arg(what, text, left)));
}

QStringList modelTexts(const QAbstractItemModel *model)
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            for (int role = Qt::DisplayRole; role <= Qt::UserRole + 32; ++role) {
                if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role > Qt::UserRole) {
                    const QVariant value = index.data(role);
                    if (value.typeId() == QMetaType::QString)
                        texts << value.toString();
                }
            }
        }
    }
    return texts;
}

} // namespace

// The whole window in Korean: with the Korean translation loaded, no menu, action or dialog of the real main
// window (on a database holding the sample year) is left in English, and the year page names months in Korean.
class TestI18n : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<DatabaseSession> m_session;

    MainWindow *window() const { return m_session->window(); }

    // Everything a dialog shows: its title, labels and buttons.
    void verifyDialog(QDialog *dialog)
    {
        QVERIFY2(hasHangul(dialog->windowTitle()),
                 qPrintable(QStringLiteral("dialog %1 has the title \"%2\"")
                                    .arg(dialog->objectName(), dialog->windowTitle())));
        verifyKorean(QStringLiteral("dialog title"), dialog->windowTitle());
        for (const QLabel *label : dialog->findChildren<QLabel *>()) {
            if (label->isVisibleTo(dialog))
                verifyKorean(QStringLiteral("label %1 in %2").arg(label->objectName(), dialog->objectName()),
                             label->text());
        }
        for (const QAbstractButton *button : dialog->findChildren<QAbstractButton *>()) {
            if (button->isVisibleTo(dialog))
                verifyKorean(QStringLiteral("button %1 in %2").arg(button->objectName(), dialog->objectName()),
                             button->text());
        }
    }

    // Runs `open`, then checks and closes every dialog it showed.
    void verifyDialogsOpenedBy(const QString &what, const std::function<void()> &open)
    {
        const QList<QDialog *> before = window()->findChildren<QDialog *>();
        open();
        QList<QDialog *> shown;
        QTRY_VERIFY2_WITH_TIMEOUT(
                [&] {
                    shown.clear();
                    for (QDialog *dialog : window()->findChildren<QDialog *>()) {
                        if (dialog->isVisible() && !before.contains(dialog))
                            shown << dialog;
                    }
                    return !shown.isEmpty();
                }(),
                qPrintable(what + QStringLiteral(" showed no dialog")), 5000);
        for (QDialog *dialog : shown) {
            verifyDialog(dialog);
            if (QTest::currentTestFailed())
                return;
            dialog->reject();
        }
    }

private slots:
    void initTestCase()
    {
        const i18n::LoadedTranslations loaded = i18n::applyLanguage(i18n::Language::Korean);
        QVERIFY(loaded.hoego);

        const QString path = m_dir.filePath(QStringLiteral("hoego.sqlite"));
        {
            auto database = Database::open(path);
            QVERIFY(database.ok());
            const Status sample = loadSample(database.value()->connectionName());
            QVERIFY2(sample.ok(), qPrintable(sample.ok() ? QString() : sample.error().message));
        }
        m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
        m_session = std::make_unique<DatabaseSession>(*m_settings);
        QVERIFY(m_session->start(path).ok());
        QVERIFY(QTest::qWaitForWindowExposed(window()));
    }

    void cleanupTestCase()
    {
        m_session.reset();
        i18n::applyLanguage(i18n::Language::English);
    }

    void everyMenuTitleIsKorean()
    {
        const QList<QAction *> menus = window()->menuBar()->actions();
        QVERIFY(menus.size() >= 5);
        for (const QAction *menu : menus) {
            QVERIFY2(hasHangul(menu->text()), qPrintable(menu->text()));
            verifyKorean(QStringLiteral("menu"), menu->text());
        }
    }

    void everyActionIsTranslated()
    {
        int checked = 0;
        for (QMenu *menu : window()->findChildren<QMenu *>())
            emit menu->aboutToShow(); // fills menus built on demand (Open Recent)
        for (const QAction *action : window()->findChildren<QAction *>()) {
            if (action->isSeparator() || action->text().isEmpty())
                continue;
            verifyKorean(QStringLiteral("action %1").arg(action->objectName()), action->text());
            verifyKorean(QStringLiteral("tool tip of %1").arg(action->objectName()), action->toolTip());
            ++checked;
        }
        QVERIFY(checked > 20);
        // The main entries, by name: translated, not just free of English
        for (const char *name : {"addYearAction", "addEventAction", "undoAction", "redoAction", "findAction",
                                 "importAction", "exportAction", "quitAction", "openDatabaseAction",
                                 "newDatabaseAction", "preferencesAction", "aboutAction"}) {
            const auto *action = window()->findChild<QAction *>(QString::fromLatin1(name));
            QVERIFY2(action, name);
            QVERIFY2(hasHangul(action->text()), qPrintable(action->text()));
        }
    }

    void theWindowsDialogsAreKorean()
    {
        MainWindow *main = window();
        verifyDialogsOpenedBy(QStringLiteral("Add Year"), [main] { main->addYear(); });
        verifyDialogsOpenedBy(QStringLiteral("Search"), [main] { main->showSearch(); });
        verifyDialogsOpenedBy(QStringLiteral("Areas"), [main] { main->showAreas(); });
        verifyDialogsOpenedBy(QStringLiteral("Import"), [main] { main->showImport(); });
        verifyDialogsOpenedBy(QStringLiteral("Export"), [main] { main->showExport(); });
        verifyDialogsOpenedBy(QStringLiteral("Delete Year"), [main] { main->deleteCurrentYear(); });
        for (const char *name : {"shortcutsAction", "preferencesAction", "aboutAction", "addEventAction"}) {
            auto *action = main->findChild<QAction *>(QString::fromLatin1(name));
            QVERIFY2(action, name);
            verifyDialogsOpenedBy(QString::fromLatin1(name), [action] { action->trigger(); });
        }
    }

    void theYearPageNamesMonthsInKorean()
    {
        // Given the sample's 2025 (2026 holds only goals) open on its events
        auto *events = window()->findChild<QWidget *>(QStringLiteral("eventsPage"));
        QVERIFY(events);
        window()->findChild<QAction *>(QStringLiteral("showTab2Action"))->trigger();
        QTRY_VERIFY(events->isVisible());
        window()->findChild<QAction *>(QStringLiteral("previousYearAction"))->trigger();

        // Then its dates read "2025년 3월", never "March 2025"
        QStringList texts;
        for (const QAbstractItemModel *model : window()->findChildren<QAbstractItemModel *>())
            texts << modelTexts(model);
        static const QRegularExpression koreanMonth(QStringLiteral("\\b([1-9]|1[0-2])월"));
        static const QRegularExpression englishMonth(
                QStringLiteral("\\b(January|February|March|April|May|June|July|August|September|October|November|"
                               "December)\\b"));
        QVERIFY2(!texts.filter(koreanMonth).isEmpty(), qPrintable(texts.mid(0, 20).join(QLatin1Char('|'))));
        QVERIFY2(texts.filter(englishMonth).isEmpty(), qPrintable(texts.filter(englishMonth).join(QLatin1Char('|'))));
    }

    void qtsOwnButtonsAreKoreanWhenQtsTranslationsAreInstalled()
    {
        // Standard buttons come from Qt's qtbase_ko.qm (qt6-translations-l10n), loaded with Hoego's.
        const i18n::LoadedTranslations loaded = i18n::applyLanguage(i18n::Language::Korean);
        const QString cancel = QCoreApplication::translate("QPlatformTheme", "Cancel");
        QCOMPARE(hasHangul(cancel), loaded.qt);
    }
};

QTEST_MAIN(TestI18n)
#include "tst_i18n.moc"
