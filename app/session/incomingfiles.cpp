// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "incomingfiles.h"
#include "i18n/particles.h"

#include "databasesession.h"
#include "filedroptarget.h"
#include "instancechannel.h"
#include "io/importdialog.h"
#include "io/incomingfile.h"
#include "mainwindow.h"
#include "storage/databasefile.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>

namespace hoego {

IncomingFiles::IncomingFiles(DatabaseSession &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    if (session.window())
        acceptDrops(session.window());
    connect(&session, &DatabaseSession::windowChanged, this, &IncomingFiles::acceptDrops);
}

void IncomingFiles::acceptDrops(MainWindow *window)
{
    connect(FileDropTarget::install(window), &FileDropTarget::filesDropped, this, &IncomingFiles::open);
}

void IncomingFiles::open(const QStringList &paths)
{
    QStringList problems;
    QStringList imports;
    QString database;
    for (const QString &given : paths) {
        const QString path = QFileInfo(given).absoluteFilePath();
        const QString shown = QDir::toNativeSeparators(path);
        switch (incomingKind(path)) {
        case IncomingKind::Missing:
            problems << i18n::fillWords(tr("%1 does not exist."), shown);
            break;
        case IncomingKind::Unsupported:
            problems << tr("%1 is neither a Hoego database nor a post, export or journal Hoego imports.").arg(shown);
            break;
        case IncomingKind::Database:
            if (database.isEmpty())
                database = path;
            else
                problems << tr("%1 was not opened: one database at a time.").arg(shown);
            break;
        case IncomingKind::Import:
            imports << path;
            break;
        }
    }
    // The database first: what comes with it is imported into it.
    if (!database.isEmpty())
        openDatabase(database, imports);
    else
        m_pending << imports;
    showProblems(problems);
    if (!m_dialog)
        showNextImport();
}

void IncomingFiles::openDatabase(const QString &path, const QStringList &imports)
{
    const Status opened = m_session.open(path);
    if (opened.ok()) {
        m_pending << imports;
        return;
    }
    // Open in another Hoego: that window is the one to use, with the files that came along.
    const auto real = databasefile::resolve(path);
    if (opened.error().code == Error::Code::Locked && real.ok()
        && instance::handOver(instance::serverName(real.value()), imports))
        return;
    showProblems({opened.error().message});
}

void IncomingFiles::showNextImport()
{
    MainWindow *window = m_session.window();
    if (m_pending.isEmpty() || !window)
        return;
    const QString path = m_pending.takeFirst();
    ImportDialog *dialog = window->showImport();
    if (!dialog) {
        m_pending.clear();
        showProblems({tr("%1 was not imported: this database is read-only.").arg(QDir::toNativeSeparators(path))});
        return;
    }
    m_dialog = dialog;
    // The next file's preview opens once this one is closed, imported or not.
    connect(
            dialog, &QObject::destroyed, this, [this] { showNextImport(); }, Qt::QueuedConnection);
    dialog->setPath(path);
    qCDebug(instance::lcInstance).noquote() << "import preview of" << path;
}

void IncomingFiles::showProblems(const QStringList &problems)
{
    if (problems.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot Open"), problems.join(QLatin1Char('\n')),
                                QMessageBox::Ok, m_session.window());
    box->setObjectName(QStringLiteral("incomingFilesProblem"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void IncomingFiles::bringToFront(QWidget *window)
{
    if (!window)
        return;
    window->setWindowState((window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    window->show();
    window->raise();
    window->activateWindow();
}

} // namespace hoego
