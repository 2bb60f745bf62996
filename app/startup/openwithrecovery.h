// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "result.h"

#include <QString>

#include <functional>
#include <memory>

namespace hoego {

class Database;

// What the user decided after a database failed to open.
struct RecoveryChoice
{
    enum class Action { Quit, OpenBackup, ChooseFile, Retry };
    Action action = Action::Quit;
    QString backupPath; // for OpenBackup
    // For Retry of a server that refused the login: the password typed, used for that one try and kept nowhere.
    QString password;
};

// Asks what to do about `path` failing with `error` (default: DamagedDatabaseDialog, modal).
using AskRecovery = std::function<RecoveryChoice(const QString &path, const Error &error)>;
// The default AskRecovery: DamagedDatabaseDialog, modal.
RecoveryChoice askRecoveryWithDialog(const QString &path, const Error &error);
// Asks for another database file; empty when cancelled (default: a file dialog).
using ChooseDatabaseFile = std::function<QString(const QString &startFolder)>;

// Start-up: opens `path` with `open`; while that fails, asks the user: open a backup (copied to a new file
// beside the damaged one, which is never touched), choose another file, try again (when in use) or quit.
// Returns the path that finally opened, or an empty string when the user quit.
QString openWithRecovery(const QString &path, const std::function<Status(const QString &)> &open,
                         const AskRecovery &ask = {}, const ChooseDatabaseFile &chooseFile = {});
// The same loop for a `path` that already failed with `failure`.
QString recoverWithUser(const QString &path, const Error &failure, const std::function<Status(const QString &)> &open,
                        const AskRecovery &ask = {}, const ChooseDatabaseFile &chooseFile = {});

// The same for a plain Database (as main() opens it): returns null when the user quit. With
// `deferIntegrityCheck`, `path` itself opens without quick_check (see Database::Options), which then runs in the
// background only when due (integritypolicy.h); every file the user picks while recovering is checked in full.
std::unique_ptr<Database> openDatabaseWithRecovery(const QString &path, int backupsToKeep, const AskRecovery &ask = {},
                                                   const ChooseDatabaseFile &chooseFile = {},
                                                   bool deferIntegrityCheck = false);
// Asks what to do about `path`, which failed with `failure` after it was open (the deferred check): returns
// the database the user ends up with, or null when they quit.
std::unique_ptr<Database> recoverDatabase(const QString &path, const Error &failure, int backupsToKeep,
                                          const AskRecovery &ask = {}, const ChooseDatabaseFile &chooseFile = {});

} // namespace hoego
