// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "copycommand.h"

#include "command.h"
#include "commandline.h"
#include "i18n/particles.h"
#include "storage/database.h"
#include "storage/databasecopy.h"
#include "storage/server/serverlocation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace hoego::cli {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hoego::cli)
};

} // namespace

QString defaultServerBackupPath(const Database &server)
{
    const auto location = ServerLocation::parse(server.path());
    const QString name = location.ok() ? location->database : QStringLiteral("server");
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/backups/") + name
            + QStringLiteral("-") + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))
            + QStringLiteral(".sqlite");
}

// hoego copy --from SOURCE --to TARGET: a whole database into an empty one, between files and servers.
int runCopy(Context &context)
{
    CommandArguments arguments(context, QStringLiteral("copy"));
    if (!arguments.parse({QCommandLineOption(QStringLiteral("from"), QString(), QStringLiteral("SOURCE")),
                          QCommandLineOption(QStringLiteral("to"), QString(), QStringLiteral("TARGET"))},
                         0, 0))
        return Failure;
    const QString from = arguments.value(QStringLiteral("from"));
    const QString to = arguments.value(QStringLiteral("to"));
    if (from.isEmpty() || to.isEmpty())
        return arguments.fail(Tr::tr("give both databases; usage: copy --from SOURCE --to TARGET"));
    if (!ServerLocation::isServerAddress(from) && !QFileInfo::exists(from))
        return arguments.fail(i18n::fillWords(Tr::tr("%1 does not exist."), from), CannotOpenDatabase);
    // Read-only and without the lock: a copy can be taken while a window has the source open.
    Database::Options options;
    options.readOnly = true;
    options.create = false;
    options.lock = false;
    auto source = Database::open(from, options);
    if (!source.ok())
        return arguments.fail(Tr::tr("cannot open the source: %1").arg(source.error().message), CannotOpenDatabase);
    auto report = databasecopy::copyInto(*source.value(), to);
    if (!report.ok())
        return arguments.fail(report.error().message);
    context.out << i18n::fillWords(Tr::tr("Copied %1 years (%2 rows) into %3."), report->years, report->rows,
                                   report->target)
                << Qt::endl;
    return Success;
}

} // namespace hoego::cli
