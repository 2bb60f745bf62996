// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

class QWidget;

namespace hoego {

class DatabaseSession;
class ImportDialog;
class MainWindow;

// Files handed to Hoego from outside, all routed one way: given on the command line, handed over by a later
// launch, or dropped on the window. A database is opened in the window as File > Open Database does (or, when
// another Hoego has it open, that one comes to the front); posts, exports and journals go to File > Import's
// preview one after the other, into the database open by then. Nothing is imported without the user's click.
class IncomingFiles final : public QObject
{
    Q_OBJECT

public:
    // Also takes drops on every window the session shows from now on.
    explicit IncomingFiles(DatabaseSession &session, QObject *parent = nullptr);

    void open(const QStringList &paths);
    // The file waiting for the import preview after the one shown now.
    QStringList pendingImports() const { return m_pending; }

    // Un-minimises, raises and activates `window`, as a second launch expects.
    static void bringToFront(QWidget *window);

private:
    void acceptDrops(MainWindow *window);
    void openDatabase(const QString &path, const QStringList &imports);
    void showNextImport();
    void showProblems(const QStringList &problems);

    DatabaseSession &m_session;
    QStringList m_pending;
    QPointer<ImportDialog> m_dialog;
};

} // namespace hoego
