// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/ids.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QSplitter;
class QStackedWidget;
class QTreeView;
class QUndoStack;
class QVBoxLayout;

namespace hoego {

class Database;
class EmptyState;
class ExportDialog;
class ImportDialog;
class Journal;
struct ChangeSet;
class SearchDialog;
class AreasDialog;
class YearListModel;
class YearPage;
class YearTimeline;
class YearTimelineModel;

// Assembles the views and their actions: the timeline of years on top, the year list and the year page below,
// menus, toolbar and status bar. It holds no data logic of its own: pages and commands call the core.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Database &database, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Asks for a year number (non-blocking) and adds it; public so the empty state and the menu share it.
    void addYear();
    bool addYearNumber(int number);
    // Opens the year in the page (0: none); the timeline and list follow.
    void openYear(Id yearId);
    Id currentYear() const { return m_yearId; }
    void openPreviousYear();
    void openNextYear();
    // Asks before deleting the open year (non-blocking); removeYear does it without asking.
    void deleteCurrentYear();
    bool removeYear(Id yearId);
    // Loads the built-in sample into an empty database and opens its main year.
    bool loadSample();
    // Opens the search dialog (Ctrl+F).
    SearchDialog *showSearch();
    // Edit > Areas… (non-blocking): rename, recolour, add, remove and reorder the areas.
    AreasDialog *showAreas();
    // File > Import… and File > Export Year… (non-blocking dialogs).
    ImportDialog *showImport();
    ExportDialog *showExport();
    // Opens a search result: its year, the right tab, the item selected.
    void openItem(Id yearId, const QString &kind, Id itemId);
    // Reads the years, their counts and every tab afresh: after a server connection came back, what other computers
    // wrote while it was gone was never announced here.
    void reloadEverything();

    QUndoStack *undoStack() const { return m_undo; }
    YearPage *yearPage() const { return m_yearPage; }
    YearTimeline *timeline() const { return m_timeline; }

signals:
    // An import from `path` was written (File > Import, or a file handed to Hoego): for Open Recent.
    void fileImported(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createToolBar();
    void refreshYears();
    void refreshCounts();
    void showEmptyState(bool empty);
    // Follows a committed change on the timeline and the year list: the counts of the years it touched.
    void followCounts(const ChangeSet &changes);
    QString reloadYearModels();
    // Whether the stored years differ from those the timeline shows (added, removed or renumbered).
    bool yearsChanged() const;
    void followUndo(int index);
    void updateYearActions();
    void restoreSettings();
    void saveSettings();
    int lastYearNumber() const;
    void showError(const QString &message);

    Database &m_database;
    std::unique_ptr<Journal> m_journal; // the open database: its repositories and its change channel
    QUndoStack *m_undo = nullptr;
    YearListModel *m_yearModel = nullptr;
    YearTimelineModel *m_timelineModel = nullptr;
    QStackedWidget *m_pages = nullptr; // the workspace first, then the empty state once needed
    EmptyState *m_emptyState = nullptr;
    QVBoxLayout *m_workspaceLayout = nullptr; // the read-only banner goes on top of it
    YearTimeline *m_timeline = nullptr;
    QSplitter *m_splitter = nullptr;
    QTreeView *m_yearView = nullptr;
    YearPage *m_yearPage = nullptr;
    QPointer<SearchDialog> m_search;
    Id m_yearId = 0;
    bool m_syncing = false;
    int m_undoIndex = 0; // the stack's index before its latest change

    QAction *m_addYearAction = nullptr;
    QAction *m_previousYearAction = nullptr;
    QAction *m_nextYearAction = nullptr;
    QAction *m_deleteYearAction = nullptr;
    QAction *m_addEventAction = nullptr;
    QAction *m_editEventAction = nullptr;
    QAction *m_deleteEventAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_showYearListAction = nullptr;
};

} // namespace hoego
