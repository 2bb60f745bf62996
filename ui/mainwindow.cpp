#include "mainwindow.h"

#include "emptystate.h"
#include "storage/database.h"
#include "storage/repositories.h"
#include "years/yearlistmodel.h"

#include <QAction>
#include <QApplication>
#include <QDate>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTreeView>

namespace hoego {

MainWindow::MainWindow(Database &database, QWidget *parent)
    : QMainWindow(parent), m_database(database),
      m_repositories(std::make_unique<Repositories>(database.connectionName()))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("%1 — Hoego").arg(QFileInfo(database.path()).fileName()));

    m_yearModel = new YearListModel(m_repositories->years, this);
    m_yearView = new QTreeView(this);
    m_yearView->setObjectName(QStringLiteral("yearList"));
    m_yearView->setAccessibleName(tr("Years"));
    m_yearView->setRootIsDecorated(false);
    m_yearView->setUniformRowHeights(true);
    m_yearView->setAlternatingRowColors(true);
    m_yearView->setModel(m_yearModel);
    m_yearView->header()->setStretchLastSection(false);
    m_yearView->header()->setSectionResizeMode(YearListModel::TitleColumn, QHeaderView::Stretch);

    auto *emptyState = new EmptyState(this);
    connect(emptyState, &EmptyState::addYearRequested, this, &MainWindow::addYear);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(emptyState);
    m_pages->addWidget(m_yearView);
    setCentralWidget(m_pages);

    createActions();
    if (database.isReadOnly())
        statusBar()->showMessage(tr("Read-only: %1").arg(database.readOnlyReason()));
    refreshYears();
    resize(1100, 720);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *yearMenu = menuBar()->addMenu(tr("&Year"));
    QAction *add = yearMenu->addAction(tr("&Add Year…"), this, &MainWindow::addYear);
    add->setObjectName(QStringLiteral("addYearAction"));
    add->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    add->setEnabled(!m_database.isReadOnly());
}

void MainWindow::refreshYears()
{
    if (const QString error = m_yearModel->reload(); !error.isEmpty())
        showError(error);
    m_pages->setCurrentIndex(m_yearModel->rowCount() == 0 ? 0 : 1);
}

void MainWindow::addYear()
{
    int suggestion = QDate::currentDate().year();
    if (m_yearModel->rowCount() > 0)
        suggestion = m_yearModel->index(0, 0).data(YearListModel::YearNumberRole).toInt() + 1;
    bool accepted = false;
    const int number = QInputDialog::getInt(this, tr("Add Year"), tr("Year:"), suggestion, 1900, 2200, 1, &accepted);
    if (accepted)
        addYearNumber(number);
}

bool MainWindow::addYearNumber(int number)
{
    auto created = m_repositories->years.create(number);
    if (!created.ok()) {
        showError(created.error().message);
        return false;
    }
    refreshYears();
    m_yearView->setCurrentIndex(m_yearModel->indexOfYear(*created));
    return true;
}

void MainWindow::showError(const QString &message)
{
    // Window-modal and non-blocking: the user reads it without the event loop stopping (and tests go on).
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Hoego"), message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace hoego
