// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "openwithrecovery.h"

#include "dialogs/damageddatabasedialog.h"
#include "storage/backup.h"
#include "storage/database.h"
#include "storage/server/serverlocation.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>

namespace hoego {
namespace {

// Names the context of this file's strings for tr() and for lupdate alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hoego::openWithRecovery)
};

QString chooseWithDialog(const QString &startFolder)
{
    return QFileDialog::getOpenFileName(nullptr, Tr::tr("Open a Hoego Database"), startFolder,
                                        Tr::tr("Hoego databases (*.hoego *.sqlite *.db);;All files (*)"));
}

} // namespace

RecoveryChoice askRecoveryWithDialog(const QString &path, const Error &error)
{
    DamagedDatabaseDialog dialog(path, error);
    dialog.exec(); // start-up, before any window: a modal question is the right shape here
    RecoveryChoice choice;
    switch (dialog.choice()) {
    case DamagedDatabaseDialog::Choice::OpenBackup:
        choice.action = RecoveryChoice::Action::OpenBackup;
        choice.backupPath = dialog.backupPath();
        break;
    case DamagedDatabaseDialog::Choice::ChooseFile:
        choice.action = RecoveryChoice::Action::ChooseFile;
        break;
    case DamagedDatabaseDialog::Choice::Retry:
        choice.action = RecoveryChoice::Action::Retry;
        choice.password = dialog.password();
        break;
    case DamagedDatabaseDialog::Choice::Quit:
        break;
    }
    return choice;
}

QString openWithRecovery(const QString &path, const std::function<Status(const QString &)> &open,
                         const AskRecovery &ask, const ChooseDatabaseFile &chooseFile)
{
    const Status opened = open(path);
    if (opened.ok())
        return path;
    return recoverWithUser(path, opened.error(), open, ask, chooseFile);
}

QString recoverWithUser(const QString &path, const Error &failure, const std::function<Status(const QString &)> &open,
                        const AskRecovery &ask, const ChooseDatabaseFile &chooseFile)
{
    QString current = path;
    Status opened = failure;
    while (!opened.ok()) {
        const RecoveryChoice choice
                = ask ? ask(current, opened.error()) : askRecoveryWithDialog(current, opened.error());
        switch (choice.action) {
        case RecoveryChoice::Action::Quit:
            return {};
        case RecoveryChoice::Action::Retry:
            if (auto location = ServerLocation::parse(current); location.ok() && !choice.password.isEmpty()) {
                // The address shown, returned and remembered stays without the password.
                opened = open(location->addressWithPassword(choice.password));
                continue;
            }
            break;
        case RecoveryChoice::Action::OpenBackup: {
            auto copy = backup::restoreAsCopy(choice.backupPath, current);
            if (!copy.ok()) {
                opened = copy.error();
                continue;
            }
            current = copy.value();
            break;
        }
        case RecoveryChoice::Action::ChooseFile: {
            const QString folder = QFileInfo(current).absolutePath();
            const QString chosen = chooseFile ? chooseFile(folder) : chooseWithDialog(folder);
            if (chosen.isEmpty())
                continue; // back to the question, with the same reason
            current = chosen;
            break;
        }
        }
        opened = open(current);
    }
    return current;
}

namespace {

// Opens candidates in full, keeping the one that opened in `database`.
std::function<Status(const QString &)> databaseOpener(std::unique_ptr<Database> &database, int backupsToKeep)
{
    return [&database, backupsToKeep](const QString &candidate) -> Status {
        Database::Options options;
        options.backupsToKeep = backupsToKeep;
        auto result = Database::open(candidate, options);
        if (!result.ok())
            return result.error();
        database = std::move(result).value();
        return {};
    };
}

} // namespace

std::unique_ptr<Database> openDatabaseWithRecovery(const QString &path, int backupsToKeep, const AskRecovery &ask,
                                                   const ChooseDatabaseFile &chooseFile, bool deferIntegrityCheck)
{
    Database::Options options;
    options.backupsToKeep = backupsToKeep;
    options.deferIntegrityCheck = deferIntegrityCheck;
    // Deferred for the window: then only a due check runs (after the first paint), as integritypolicy.h decides.
    if (deferIntegrityCheck)
        options.integrityCheck = Database::Options::IntegrityCheck::WhenDue;
    auto first = Database::open(path, options);
    if (first.ok())
        return std::move(first).value();
    return recoverDatabase(path, first.error(), backupsToKeep, ask, chooseFile);
}

std::unique_ptr<Database> recoverDatabase(const QString &path, const Error &failure, int backupsToKeep,
                                          const AskRecovery &ask, const ChooseDatabaseFile &chooseFile)
{
    std::unique_ptr<Database> database;
    const QString opened = recoverWithUser(path, failure, databaseOpener(database, backupsToKeep), ask, chooseFile);
    return opened.isEmpty() ? nullptr : std::move(database);
}

} // namespace hoego
