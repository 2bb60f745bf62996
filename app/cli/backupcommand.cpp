#include "command.h"
#include "opendatabase.h"
#include "settings/appsettings.h"
#include "storage/backup.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace hoego::cli {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("hoego::cli", text); }

int fail(Context &context, const QString &command, const QString &message, int code = Failure)
{
    context.err << QStringLiteral("hoego %1: %2").arg(command, message) << Qt::endl;
    return code;
}

} // namespace

// hoego backup [--output FILE]: a consistent copy, by default into the backups folder beside the database.
int runBackup(Context &context)
{
    QString output;
    const QStringList &arguments = context.arguments;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--output") && i + 1 < arguments.size())
            output = arguments[++i];
        else if (arguments[i].startsWith(QLatin1String("--output=")))
            output = arguments[i].mid(9);
        else
            return fail(context, QStringLiteral("backup"), tr("unexpected argument \"%1\"; usage: backup [--output FILE]")
                                                              .arg(arguments[i]));
    }
    // Read-only and without the lock: a backup can be taken while the window has the database open.
    auto database = openDatabase(context, false);
    if (!database)
        return CannotOpenDatabase;
    // The opened database is query-only, which also forbids VACUUM INTO: copy through a plain read-only connection.
    auto connection = Database::openReadOnlyConnection(database->path(), false);
    if (!connection.ok())
        return fail(context, QStringLiteral("backup"), connection.error().message, CannotOpenDatabase);
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
        return fail(context, QStringLiteral("backup"), copied.error().message);
    context.out << written << Qt::endl;
    return Success;
}

// hoego restore BACKUP: saves the current database into the backups folder, then puts BACKUP in its place.
int runRestore(Context &context)
{
    if (context.arguments.size() != 1)
        return fail(context, QStringLiteral("restore"), tr("give the backup file to restore; usage: restore BACKUP"));
    const QString path = QFileInfo(context.databasePath).absoluteFilePath();
    auto restored = backup::restore(path, context.arguments.first(), AppSettings().backupsToKeep());
    if (!restored.ok()) {
        const bool cannotOpen = restored.error().code == Error::Code::Locked;
        return fail(context, QStringLiteral("restore"), restored.error().message,
                    cannotOpen ? CannotOpenDatabase : Failure);
    }
    context.out << tr("Restored %1 from %2.").arg(path, QFileInfo(context.arguments.first()).absoluteFilePath())
                << Qt::endl;
    if (!restored.value().isEmpty())
        context.out << tr("The database as it was before is saved in %1.").arg(restored.value()) << Qt::endl;
    return Success;
}

} // namespace hoego::cli
