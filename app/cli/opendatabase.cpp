// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "opendatabase.h"

#include "areas/startingareas.h"
#include "i18n/particles.h"
#include "storage/server/serverlocation.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace hoego::cli {

std::unique_ptr<Database> openDatabase(const CommandArguments &arguments, bool forWriting)
{
    Database::Options options;
    options.readOnly = !forWriting;
    options.create = forWriting;
    options.lock = forWriting;
    // The cheap checks always; quick_check only when the file may have changed since it was last known intact.
    options.integrityCheck = Database::Options::IntegrityCheck::WhenDue;
    auto opened = Database::open(arguments.context().databasePath, options);
    if (!opened.ok()) {
        arguments.fail(
                QCoreApplication::translate("hoego::cli", "cannot open the database: %1").arg(opened.error().message),
                CannotOpenDatabase);
        return nullptr;
    }
    if (opened.value()->isNew() && !opened.value()->isReadOnly()) {
        // As the window does: a database created here starts with area names in the chosen language.
        setUpNewDatabase(opened.value()->connectionName());
    }
    return std::move(opened).value();
}

std::unique_ptr<Database> openExistingForChange(const CommandArguments &arguments)
{
    const QString path = arguments.context().databasePath;
    if (!ServerLocation::isServerAddress(path) && !QFileInfo::exists(path)) {
        arguments.fail(i18n::fillWords(QCoreApplication::translate("hoego::cli",
                                                                   "cannot open the database: %1 does not exist."),
                                       path),
                       CannotOpenDatabase);
        return nullptr;
    }
    return openDatabase(arguments, true);
}

} // namespace hoego::cli
