// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "command.h"
#include "commandline.h"
#include "copycommand.h"
#include "i18n/particles.h"
#include "io/safefile.h"
#include "opendatabase.h"
#include "settings/appsettings.h"
#include "storage/backup.h"
#include "storage/databasecopy.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace hoego::cli {
namespace {

// Names the context of this file's strings for tr() and for lupdate alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hoego::cli)
};

} // namespace

// hoego backup [--output FILE]: a consistent copy, by default into the backups folder beside the database.
int runBackup(Context &context)
{
    CommandArguments arguments(context, QStringLiteral("backup"));
    if (!arguments.parse({QCommandLineOption(QStringLiteral("output"), QString(), QStringLiteral("FILE"))}, 0, 0))
        return Failure;
    const QString output = arguments.value(QStringLiteral("output"));
    // A device or a pipe is refused before anything is written (the copy is renamed into place).
    if (!output.isEmpty()) {
        if (Status usable = checkOutputFile(output); !usable.ok())
            return arguments.fail(usable.error().message);
    }
    // Read-only and without the lock: a backup can be taken while the window has the database open.
    auto database = openDatabase(arguments, false);
    if (!database)
        return CannotOpenDatabase;
    if (database->isOnServer()) {
        // A server database is backed up into a new SQLite file, read in one snapshot.
        const QString target = output.isEmpty() ? defaultServerBackupPath(*database) : output;
        if (QFileInfo::exists(target))
            return arguments.fail(
                    i18n::fillWords(Tr::tr("%1 already exists; a backup never overwrites a file."), target));
        if (!QDir().mkpath(QFileInfo(target).absolutePath()))
            return arguments.fail(Tr::tr("Cannot create the folder %1.").arg(QFileInfo(target).absolutePath()));
        auto copied = databasecopy::copyInto(*database, target);
        if (!copied.ok())
            return arguments.fail(copied.error().message);
        context.out << copied->target << Qt::endl;
        return Success;
    }
    // The opened database is query-only, which also forbids VACUUM INTO: copy through a plain read-only connection.
    auto connection = Database::openReadOnlyConnection(database->path(), false);
    if (!connection.ok())
        return arguments.fail(connection.error().message, CannotOpenDatabase);
    QString written;
    Status copied;
    if (output.isEmpty()) {
        auto created = backup::create(connection.value(), database->path(), AppSettings().backupsToKeep());
        if (created.ok())
            written = created.value();
        else
            copied = created.error();
    } else {
        written = QFileInfo(output).absoluteFilePath();
        copied = backup::writeCopy(connection.value(), written);
    }
    Database::closeConnection(connection.value());
    if (!copied.ok())
        return arguments.fail(copied.error().message);
    context.out << written << Qt::endl;
    return Success;
}

// hoego restore BACKUP: saves the current database into the backups folder, then puts BACKUP in its place.
int runRestore(Context &context)
{
    CommandArguments arguments(context, QStringLiteral("restore"));
    if (!arguments.parse({}, 0, 1))
        return Failure;
    if (arguments.positional().isEmpty())
        return arguments.fail(Tr::tr("give the backup file to restore; usage: restore BACKUP"));
    const QString backupFile = arguments.positional().first();
    if (Status usable = checkInputFile(backupFile); !usable.ok())
        return arguments.fail(usable.error().message);
    const QString path = QFileInfo(context.databasePath).absoluteFilePath();
    auto restored = backup::restore(path, backupFile, AppSettings().backupsToKeep());
    if (!restored.ok()) {
        const bool cannotOpen = restored.error().code == Error::Code::Locked;
        return arguments.fail(restored.error().message, cannotOpen ? CannotOpenDatabase : Failure);
    }
    context.out << i18n::fillWords(Tr::tr("Restored %1 from %2."), path, QFileInfo(backupFile).absoluteFilePath())
                << Qt::endl;
    if (!restored.value().isEmpty())
        context.out << Tr::tr("The database as it was before is saved in %1.").arg(restored.value()) << Qt::endl;
    return Success;
}

} // namespace hoego::cli
