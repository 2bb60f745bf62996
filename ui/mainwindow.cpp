// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "mainwindow.h"
#include "i18n/particles.h"

#include "undo/yearcommands.h"

#include "accessibility/accessibleviews.h"
#include "areas/areasdialog.h"
#include "areas/startingareas.h"
#include "common/drawnicon.h"
#include "common/windowsize.h"
#include "dialogs/aboutdialog.h"
#include "emptystate.h"
#include "events/eventspage.h"
#include "io/exportdialog.h"
#include "io/importdialog.h"
#include "io/sample.h"
#include "journal/journal.h"
#include "readonlybanner.h"
#include "search/searchdialog.h"
#include "storage/changedyears.h"
#include "storage/database.h"
#include "storage/idlecheckpoint.h"
#include "storage/repositories.h"
#include "storage/server/reconnections.h"
#include "timeline/yeartimeline.h"
#include "timeline/yeartimelinemodel.h"
#include "undo/storedcommand.h"
#include "yearpage/overviewpage.h"
#include "yearpage/yearpage.h"
#include "years/yearlistmodel.h"
#include "years/yearlistview.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QCryptographicHash>
#include <QDate>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <functional>

namespace hoego {
namespace {

const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kSplitterKey = QStringLiteral("window/splitter");
// The year opened last, per database file: "lastYear/<sha1 of the path>" holds its number.
QString lastYearKey(const QString &databasePath)
{
    const QByteArray hash = QCryptographicHash::hash(databasePath.toUtf8(), QCryptographicHash::Sha1).toHex();
    return QStringLiteral("lastYear/") + QString::fromLatin1(hash);
}
const QString kYearListKey = QStringLiteral("window/yearListVisible");
const QString kTabKey = QStringLiteral("window/yearTab");

enum class StackStep { Undo, Redo };

// Like QUndoStack::createUndoAction/createRedoAction, but `beforeStep` runs first: typing still waiting for
// its pause (closing note, section body) becomes its own step, so Undo takes back what was typed last instead
// of an older step with the typing stored after it.
QAction *stackAction(QUndoStack *stack, StackStep step, const QString &prefix, const std::function<void()> &beforeStep,
                     QObject *parent)
{
    auto *action = new QAction(prefix, parent);
    const bool redo = step == StackStep::Redo;
    const auto follow = [stack, action, redo, prefix] {
        const QString text = redo ? stack->redoText() : stack->undoText();
        action->setEnabled(redo ? stack->canRedo() : stack->canUndo());
        action->setText(text.isEmpty() ? prefix : prefix + QLatin1Char(' ') + text);
    };
    follow();
    QObject::connect(stack, redo ? &QUndoStack::canRedoChanged : &QUndoStack::canUndoChanged, action, follow);
    QObject::connect(stack, redo ? &QUndoStack::redoTextChanged : &QUndoStack::undoTextChanged, action, follow);
    QObject::connect(action, &QAction::triggered, stack, [stack, redo, beforeStep] {
        beforeStep();
        if (redo)
            stack->redo();
        else
            stack->undo();
    });
    return action;
}

} // namespace

MainWindow::MainWindow(Database &database, QWidget *parent)
    : QMainWindow(parent)
    , m_database(database)
    , m_journal(std::make_unique<Journal>(database.connectionName()))
    , m_undo(new QUndoStack(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    installAccessibleViews(); // before any view is asked for its accessibility interface
    setWindowTitle(tr("%1 — Hoego").arg(QFileInfo(database.path()).fileName()));
    setWindowFilePath(database.path());
    new IdleCheckpoint(database, IdleCheckpoint::kDefaultIntervalMs, this);

    m_timelineModel = new YearTimelineModel(m_journal->repositories().years, this);
    m_timeline = new YearTimeline(m_timelineModel, this);
    connect(m_timeline, &YearTimeline::yearActivated, this, &MainWindow::openYear);
    connect(m_timeline, &YearTimeline::addYearRequested, this, &MainWindow::addYearNumber);
    connect(m_timeline, &YearTimeline::addOtherYearRequested, this, &MainWindow::addYear);

    m_yearModel = new YearListModel(m_journal->repositories().years, this);
    m_yearView = new YearListView(m_yearModel, this);
    connect(m_yearView->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &index) {
        if (!m_syncing && index.isValid())
            openYear(index.data(YearListModel::YearIdRole).toLongLong());
    });

    m_yearPage = new YearPage(*m_journal, m_undo, this);
    // Queued: the signal comes from inside the statement that reopened the connection.
    connect(
            ServerReconnections::instance(), &ServerReconnections::reopened, this,
            [this, connection = database.connectionName()](const QString &reopened) {
                if (reopened == connection)
                    reloadEverything();
            },
            Qt::QueuedConnection);
    // Counts follow every stored edit through the undo stack's index (followUndo).

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_yearView);
    m_splitter->addWidget(m_yearPage);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({190, 1000});

    auto *workspace = new QWidget(this);
    workspace->setObjectName(QStringLiteral("workspace"));
    m_workspaceLayout = new QVBoxLayout(workspace);
    m_workspaceLayout->setContentsMargins(0, 0, 0, 0);
    m_workspaceLayout->setSpacing(0);
    m_workspaceLayout->addWidget(m_timeline);
    auto *line = new QFrame(workspace);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    m_workspaceLayout->addWidget(line);
    m_workspaceLayout->addWidget(m_splitter, 1);

    // The empty state joins the pages when a database without years needs it (showEmptyState).
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(workspace);
    setCentralWidget(m_pages);

    createActions();
    createToolBar();
    // A write that failed (disk full, read-only...) is named without stopping the user.
    connect(CommandFailures::instance(), &CommandFailures::failed, this,
            [this](const QString &action, const QString &message, bool shownInPage) {
                if (!isActiveWindow() && QApplication::activeWindow())
                    return;
                const QString text = tr("%1 failed: %2").arg(action, message);
                if (shownInPage)
                    statusBar()->showMessage(text, 8000); // the page shows it where the edit was
                else
                    showError(text);
            });
    connect(m_undo, &QUndoStack::indexChanged, this, &MainWindow::followUndo);
    // Writes from anywhere (Close the Year, an import, an undo) come back through the journal's one channel.
    connect(m_journal.get(), &Journal::changed, this, [this](const ChangeSet &changes) {
        followCounts(changes);
        m_yearPage->followStoredChanges(changes);
    });

    if (database.isReadOnly()) {
        m_yearPage->setReadOnly(true);
        statusBar()->showMessage(tr("Read-only: %1").arg(database.readOnlyReason()));
        ReadOnlyBanner::addTo(this, database.readOnlyReason());
    }
    resize(fittedWindowSize(QSize(1180, 780), screen()->availableGeometry()));
    restoreSettings();
    refreshYears();
}

MainWindow::~MainWindow()
{
    saveSettings();
    // The pages use the repositories, which are members: delete them (and silence the stack, whose clearing
    // announces an index change) before the members go.
    m_undo->blockSignals(true);
    delete m_pages;
    m_pages = nullptr;
}

void MainWindow::createActions()
{
    const bool writable = !m_database.isReadOnly();

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_importAction = fileMenu->addAction(tr("&Import…"));
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_exportAction = fileMenu->addAction(tr("&Export Year…"));
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::showImport);
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::showExport);
    m_importAction->setEnabled(writable);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->setObjectName(QStringLiteral("editMenu"));
    const auto storeTyping = [this] { m_yearPage->saveNow(); };
    m_undoAction = stackAction(m_undo, StackStep::Undo, tr("&Undo"), storeTyping, this);
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setIcon(drawnicon::themedOrDrawn(QStringLiteral("edit-undo"), drawnicon::Glyph::Undo));
    m_redoAction = stackAction(m_undo, StackStep::Redo, tr("&Redo"), storeTyping, this);
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_redoAction->setIcon(drawnicon::themedOrDrawn(QStringLiteral("edit-redo"), drawnicon::Glyph::Redo));
    editMenu->addAction(m_undoAction);
    editMenu->addAction(m_redoAction);
    editMenu->addSeparator();
    QAction *areas = editMenu->addAction(tr("&Areas…"), this, &MainWindow::showAreas);
    areas->setObjectName(QStringLiteral("areasAction"));
    editMenu->addSeparator();
    m_findAction = editMenu->addAction(tr("&Find in All Years…"), this, &MainWindow::showSearch);
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setIcon(drawnicon::themedOrDrawn(QStringLiteral("edit-find"), drawnicon::Glyph::Find));

    QMenu *yearMenu = menuBar()->addMenu(tr("&Year"));
    yearMenu->setObjectName(QStringLiteral("yearMenu"));
    m_addYearAction = yearMenu->addAction(tr("&Add Year…"), this, &MainWindow::addYear);
    m_addYearAction->setObjectName(QStringLiteral("addYearAction"));
    m_addYearAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_addYearAction->setIcon(drawnicon::themedOrDrawn(QStringLiteral("list-add"), drawnicon::Glyph::Add));
    m_addYearAction->setEnabled(writable);
    yearMenu->addSeparator();
    m_previousYearAction = yearMenu->addAction(tr("&Previous Year"), this, &MainWindow::openPreviousYear);
    m_previousYearAction->setObjectName(QStringLiteral("previousYearAction"));
    m_previousYearAction->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence(Qt::CTRL | Qt::Key_PageUp)});
    m_previousYearAction->setIcon(drawnicon::themedOrDrawn(QStringLiteral("go-previous"), drawnicon::Glyph::Previous));
    m_nextYearAction = yearMenu->addAction(tr("&Next Year"), this, &MainWindow::openNextYear);
    m_nextYearAction->setObjectName(QStringLiteral("nextYearAction"));
    m_nextYearAction->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Right), QKeySequence(Qt::CTRL | Qt::Key_PageDown)});
    m_nextYearAction->setIcon(drawnicon::themedOrDrawn(QStringLiteral("go-next"), drawnicon::Glyph::Next));
    yearMenu->addSeparator();
    m_deleteYearAction = yearMenu->addAction(tr("&Delete Year…"), this, &MainWindow::deleteCurrentYear);
    m_deleteYearAction->setObjectName(QStringLiteral("deleteYearAction"));

    QMenu *eventMenu = menuBar()->addMenu(tr("E&vent"));
    eventMenu->setObjectName(QStringLiteral("eventMenu"));
    m_addEventAction = eventMenu->addAction(tr("&Add Event…"), this, [this] {
        EventsPage *events = m_yearPage->eventsPage();
        m_yearPage->showPage(events);
        events->addEvent();
    });
    m_addEventAction->setObjectName(QStringLiteral("addEventAction"));
    m_addEventAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_E), QKeySequence(Qt::Key_Insert)});
    m_addEventAction->setIcon(drawnicon::themedOrDrawn(QStringLiteral("appointment-new"), drawnicon::Glyph::NewEvent));
    m_editEventAction
            = eventMenu->addAction(tr("&Edit Event…"), this, [this] { m_yearPage->eventsPage()->editCurrentEvent(); });
    m_editEventAction->setObjectName(QStringLiteral("editEventAction"));
    m_editEventAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_deleteEventAction = eventMenu->addAction(tr("&Delete Event"), this,
                                               [this] { m_yearPage->eventsPage()->deleteCurrentEvent(); });
    m_deleteEventAction->setObjectName(QStringLiteral("deleteEventAction"));
    m_deleteEventAction->setShortcut(QKeySequence::Delete);
    // Delete means "this event" only while the events are focused; elsewhere the key edits text.
    m_deleteEventAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_editEventAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_yearPage->addActionsToEvents({m_deleteEventAction, m_editEventAction});
    connect(m_yearPage, &YearPage::currentEventChanged, this, [this](Id eventId) {
        const bool editable = eventId > 0 && !m_database.isReadOnly();
        m_editEventAction->setEnabled(editable);
        m_deleteEventAction->setEnabled(editable);
    });
    m_editEventAction->setEnabled(false);
    m_deleteEventAction->setEnabled(false);

    QMenu *viewMenu = menuBar()->addMenu(tr("V&iew"));
    viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_showYearListAction = viewMenu->addAction(tr("&Year List"));
    m_showYearListAction->setObjectName(QStringLiteral("showYearListAction"));
    m_showYearListAction->setCheckable(true);
    m_showYearListAction->setChecked(true);
    m_showYearListAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_showYearListAction, &QAction::toggled, m_yearView, &QWidget::setVisible);
    viewMenu->addSeparator();
    // Ctrl+1..6 jump to the tabs of the year page, so the keyboard reaches every part.
    for (int tab = 0; tab < m_yearPage->count(); ++tab) {
        QString label = m_yearPage->tabText(tab);
        label.remove(QLatin1Char('&'));
        QAction *go = viewMenu->addAction(label, this, [this, tab] {
            m_yearPage->setCurrentIndex(tab);
            m_yearPage->currentPage()->setFocus();
        });
        go->setObjectName(QStringLiteral("showTab%1Action").arg(tab + 1));
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + tab)));
    }

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
    QAction *shortcuts = helpMenu->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        QStringList lines;
        for (QAction *action : findChildren<QAction *>()) {
            if (action->shortcut().isEmpty() || action->text().isEmpty())
                continue;
            QString text = action->text();
            text.remove(QLatin1Char('&'));
            lines << QStringLiteral("<tr><td>%1</td><td>&nbsp;&nbsp;<b>%2</b></td></tr>")
                             .arg(text.toHtmlEscaped(),
                                  action->shortcut().toString(QKeySequence::NativeText).toHtmlEscaped());
        }
        auto *box = new QMessageBox(QMessageBox::NoIcon, tr("Keyboard Shortcuts"),
                                    QStringLiteral("<table>%1</table>").arg(lines.join(QString())), QMessageBox::Close,
                                    this);
        box->setObjectName(QStringLiteral("shortcutsMessage"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    shortcuts->setShortcut(QKeySequence::HelpContents);
    QAction *about = helpMenu->addAction(tr("&About Hoego"), this, [this] {
        auto *dialog = new AboutDialog(m_database.path(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_previousYearAction);
    bar->addAction(m_nextYearAction);
    bar->addAction(m_addYearAction);
    bar->addSeparator();
    bar->addAction(m_addEventAction);
    bar->addSeparator();
    bar->addAction(m_undoAction);
    bar->addAction(m_redoAction);
    bar->addSeparator();
    bar->addAction(m_findAction);
    m_addEventAction->setEnabled(!m_database.isReadOnly());
    // Short labels in the toolbar; the menus keep the full ones.
    m_previousYearAction->setIconText(tr("Previous"));
    m_nextYearAction->setIconText(tr("Next"));
    m_addYearAction->setIconText(tr("Year"));
    m_addEventAction->setIconText(tr("Event"));
    m_findAction->setIconText(tr("Find"));
}

void MainWindow::showEmptyState(bool empty)
{
    // Made on first need: a stacked widget measures every page it holds, and this one's large title and
    // wrapped paragraph would cost a font and a text layout at each start with years.
    if (empty && !m_emptyState) {
        m_emptyState = new EmptyState(m_pages);
        connect(m_emptyState, &EmptyState::addYearRequested, this, &MainWindow::addYear);
        connect(m_emptyState, &EmptyState::loadSampleRequested, this, &MainWindow::loadSample);
        m_pages->addWidget(m_emptyState);
    }
    m_pages->setCurrentIndex(empty ? m_pages->indexOf(m_emptyState) : 0);
}

void MainWindow::refreshYears()
{
    m_syncing = true;
    const QString error = reloadYearModels();
    m_syncing = false;
    if (!error.isEmpty())
        showError(error);
    const bool empty = m_timelineModel->rowCount() == 0;
    showEmptyState(empty);
    if (empty) {
        m_yearId = 0;
        m_yearPage->setYear(0);
        updateYearActions();
        return;
    }
    Id year = m_timelineModel->indexOfYear(m_yearId).isValid() ? m_yearId : 0;
    if (year == 0) {
        // The year opened last time, else the newest.
        const int last = lastYearNumber();
        for (const YearOverview &overview : m_timelineModel->overviews()) {
            if (overview.year.number == last)
                year = overview.year.id;
        }
        if (year == 0)
            year = m_timelineModel->overviews().constLast().year.id;
    }
    m_yearId = 0; // force the views to follow even when the id is unchanged
    openYear(year);
}

void MainWindow::followCounts(const ChangeSet &changes)
{
    if (!changes.touchesYearContent())
        return;
    // The common case, a goal checked or an event added: read the counts of that year alone.
    const auto years = yearsWhoseCountsChanged(m_journal->connection(), changes);
    if (years && years->isEmpty())
        return; // a milestone, a theme, an output: nothing the strip counts
    if (years) {
        m_syncing = true;
        const bool updated = m_timelineModel->reloadYears(*years);
        if (updated)
            m_yearModel->setOverviews(m_timelineModel->overviews());
        m_syncing = false;
        if (updated)
            return;
    }
    // A year added or removed by an undo step, an import or a command elsewhere: the timeline follows; any other
    // change may have moved counts of years that can no longer be told (a deleted row's year).
    if (changes.touches(Stored::Year) && yearsChanged())
        refreshYears();
    else
        refreshCounts();
}

bool MainWindow::yearsChanged() const
{
    auto overviews = m_journal->repositories().years.overviews();
    return overviews.ok() && !hasSameYears(*overviews, m_timelineModel->overviews());
}

QString MainWindow::reloadYearModels()
{
    // One read of the years feeds both the timeline strip and the year list.
    const QString error = m_timelineModel->reload();
    if (error.isEmpty())
        m_yearModel->setOverviews(m_timelineModel->overviews());
    return error;
}

void MainWindow::reloadEverything()
{
    refreshYears();
    m_yearPage->reloadAll();
}

void MainWindow::refreshCounts()
{
    // Counts on the timeline and the year list; the selection survives the reload.
    m_syncing = true;
    (void)reloadYearModels();
    m_timeline->setCurrentYear(m_yearId);
    m_yearView->setCurrentIndex(m_yearModel->indexOfYear(m_yearId));
    m_syncing = false;
}

void MainWindow::followUndo(int index)
{
    // The step has finished writing: what it changed, queued on the journal, is shown now in every view, so the
    // next keystroke or click sees it (a new event selected, a count moved) and an undo shows at once.
    m_journal->deliverPending();
    // The command just undone sits at the new index; the one just redone or pushed right below it.
    const QUndoCommand *command = index < m_undoIndex ? m_undo->command(index) : m_undo->command(index - 1);
    m_undoIndex = index;
    // What the step changed comes back through the change feed; here only an undo from another year opens
    // that year, so the user sees what changed.
    const Id year = StoredCommand::yearOf(command);
    if (year == 0 || year == m_yearId)
        return;
    if (yearsChanged())
        refreshYears(); // the step added or deleted a year: the timeline shows it before it opens
    if (m_timelineModel->indexOfYear(year).isValid())
        openYear(year);
}

void MainWindow::openYear(Id yearId)
{
    if (yearId == m_yearId && yearId != 0)
        return;
    m_yearId = yearId;
    m_syncing = true;
    m_timeline->setCurrentYear(yearId);
    m_yearView->setCurrentIndex(m_yearModel->indexOfYear(yearId));
    m_syncing = false;
    m_yearPage->setYear(yearId);
    updateYearActions();
    const QModelIndex index = m_timelineModel->indexOfYear(yearId);
    if (index.isValid()) {
        const int number = index.data(YearTimelineModel::YearNumberRole).toInt();
        setWindowTitle(tr("%1 — %2 — Hoego").arg(number).arg(QFileInfo(m_database.path()).fileName()));
        statusBar()->showMessage(tr("%1 opened").arg(number), 2000);
    }
}

void MainWindow::updateYearActions()
{
    const bool writable = !m_database.isReadOnly();
    m_previousYearAction->setEnabled(m_timeline->previousYear() > 0);
    m_nextYearAction->setEnabled(m_timeline->nextYear() > 0);
    m_deleteYearAction->setEnabled(writable && m_yearId > 0);
    m_addEventAction->setEnabled(writable && m_yearId > 0);
    m_exportAction->setEnabled(m_yearId > 0);
}

void MainWindow::openPreviousYear()
{
    if (const Id previous = m_timeline->previousYear(); previous > 0)
        openYear(previous);
}

void MainWindow::openNextYear()
{
    if (const Id next = m_timeline->nextYear(); next > 0)
        openYear(next);
}

void MainWindow::addYear()
{
    if (m_database.isReadOnly())
        return;
    int suggestion = QDate::currentDate().year();
    if (m_timelineModel->rowCount() > 0)
        suggestion = m_timelineModel->yearNumberAt(m_timelineModel->rowCount() - 1) + 1;
    // Non-blocking, so the event loop (and tests) go on while it is open.
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("addYearDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Add Year"));
    dialog->setLabelText(tr("Year:"));
    dialog->setInputMode(QInputDialog::IntInput);
    dialog->setIntRange(kMinYear, kMaxYear);
    dialog->setIntValue(suggestion);
    connect(dialog, &QInputDialog::intValueSelected, this, &MainWindow::addYearNumber);
    dialog->open();
}

bool MainWindow::addYearNumber(int number)
{
    auto *command = new AddYearCommand(m_journal->repositories().years, number);
    if (Status added = pushStored(m_undo, command); !added.ok()) {
        showError(added.error().message);
        return false;
    }
    const Id created = command->createdYear();
    refreshYears();
    openYear(created);
    return true;
}

void MainWindow::deleteCurrentYear()
{
    if (m_yearId <= 0 || m_database.isReadOnly())
        return;
    const QModelIndex index = m_timelineModel->indexOfYear(m_yearId);
    const int number = index.data(YearTimelineModel::YearNumberRole).toInt();
    const Id yearId = m_yearId;
    auto *box = new QMessageBox(QMessageBox::Warning, i18n::fillWords(tr("Delete %1?"), number),
                                tr("Delete %1 with its events, sections, lessons, unfinished items, goals, themes "
                                   "and answers? Edit > Undo brings it back.")
                                        .arg(number),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("deleteYearConfirmation"));
    QPushButton *remove = box->addButton(tr("Delete %1").arg(number), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDeleteYearButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, yearId](QAbstractButton *button) {
        if (button == remove)
            removeYear(yearId);
    });
    box->open();
}

bool MainWindow::removeYear(Id yearId)
{
    m_yearPage->saveNow();
    const int number = m_timelineModel->indexOfYear(yearId).data(YearTimelineModel::YearNumberRole).toInt();
    // Undo puts the year back with the same ids, so the steps below it on the stack keep working.
    if (Status removed = pushStored(m_undo, new DeleteYearCommand(m_database.connectionName(), yearId, number));
        !removed.ok()) {
        showError(removed.error().message);
        return false;
    }
    if (yearId == m_yearId) {
        // Open a neighbour rather than jumping to the other end of the timeline.
        const Id neighbour = m_timeline->nextYear() > 0 ? m_timeline->nextYear() : m_timeline->previousYear();
        m_yearId = neighbour;
    }
    refreshYears();
    return true;
}

bool MainWindow::loadSample()
{
    if (Status loaded = hoego::loadSample(m_database.connectionName(), translatedStartingAreaNames()); !loaded.ok()) {
        showError(loaded.error().message);
        return false;
    }
    m_undo->clear();
    refreshYears();
    // The sample's main year is the one with the most events.
    Id best = 0;
    int most = -1;
    for (const YearOverview &overview : m_timelineModel->overviews()) {
        if (overview.eventCount > most) {
            most = overview.eventCount;
            best = overview.year.id;
        }
    }
    openYear(best);
    return true;
}

SearchDialog *MainWindow::showSearch()
{
    m_yearPage->saveNow(); // search what was just typed
    if (!m_search) {
        m_search = new SearchDialog(*m_journal, this);
        connect(m_search, &SearchDialog::openRequested, this, &MainWindow::openItem);
    }
    m_search->show();
    m_search->raise();
    m_search->activateWindow();
    return m_search;
}

AreasDialog *MainWindow::showAreas()
{
    m_yearPage->saveNow();
    auto *dialog = new AreasDialog(m_journal->repositories().areas, m_undo, m_database.isReadOnly(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

ImportDialog *MainWindow::showImport()
{
    if (m_database.isReadOnly())
        return nullptr;
    m_yearPage->saveNow();
    auto *dialog = new ImportDialog(*m_journal, m_undo, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this, [this, dialog] {
        // The dialog put the import on the undo stack as one step.
        refreshYears();
        emit fileImported(dialog->path());
    });
    dialog->open();
    return dialog;
}

ExportDialog *MainWindow::showExport()
{
    if (m_yearId <= 0)
        return nullptr;
    m_yearPage->saveNow(); // export what was just typed
    auto *dialog = new ExportDialog(*m_journal, m_yearId, this);
    dialog->rememberPerDatabase(m_database.path());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void MainWindow::openItem(Id yearId, const QString &kind, Id itemId)
{
    openYear(yearId);
    m_yearPage->showItem(kind, itemId);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_yearPage->saveNow();
    saveSettings();
    QMainWindow::closeEvent(event);
}

int MainWindow::lastYearNumber() const
{
    return QSettings().value(lastYearKey(m_database.path())).toInt();
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kStateKey).toByteArray());
    m_splitter->restoreState(settings.value(kSplitterKey).toByteArray());
    m_showYearListAction->setChecked(settings.value(kYearListKey, true).toBool());
    m_yearPage->setCurrentIndex(std::clamp(settings.value(kTabKey, 0).toInt(), 0, m_yearPage->count() - 1));
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kSplitterKey, m_splitter->saveState());
    settings.setValue(kYearListKey, m_showYearListAction->isChecked());
    settings.setValue(kTabKey, m_yearPage->currentIndex());
    const QModelIndex index = m_timelineModel->indexOfYear(m_yearId);
    if (index.isValid())
        settings.setValue(lastYearKey(m_database.path()), index.data(YearTimelineModel::YearNumberRole).toInt());
}

void MainWindow::showError(const QString &message)
{
    statusBar()->showMessage(message, 8000);
    // Window-modal and non-blocking: the user reads it without the event loop stopping (and tests go on).
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Hoego"), message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace hoego
