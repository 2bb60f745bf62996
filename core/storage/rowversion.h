// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/ids.h"
#include "result.h"
#include "server/clientledger.h"

#include <QString>

#include <functional>
#include <optional>
#include <utility>

// Several clients on one server database (issue 16): every row a user edits carries a version the schema raises
// on each update (schema version 9). An edit made from what a client read refuses to overwrite a row that changed
// since; an undo refuses to put back a row another client wrote after this one. Both refusals are
// Error::Code::Changed and write nothing. A SQLite file has one client, so neither check runs there.
namespace hoego::rowversion {

// Inside the write's transaction: refuses when row `id` of `table`, read at `readVersion`, is now at another
// version. On a server the row stays locked until the commit, so the check and the write are one. `readVersion`
// 0 (a value built in code, not read) and a SQLite connection check nothing. `what` names the row ("The goal").
Status expectUnchanged(const QString &connection, const QString &table, Id id, int readVersion, const QString &what);

// The texts an edit's view showed of the row it changes, by column: the edit was made from them.
struct ShownTexts
{
    QString table;
    Id id = 0;
    QList<std::pair<QString, QString>> texts; // column, text
};

// An edit of texts without a version in the view (a lesson's text, a theme's notes, an output): runs `write`, the
// edit's update of the row. On a server, when `shown` names texts, the row is locked and its texts compared first,
// in the same transaction: the edit is refused (Changed, nothing written) when another client changed one of them
// since the view read it. Texts, not the version, so an edit of one field is not refused for another's.
Status writeIfShown(const QString &connection, const ShownTexts &shown, const QString &what,
                    const std::function<Status()> &write);

// `shown` of one text, or none when `text` is not set (an edit made in code, not from a view).
ShownTexts shownText(const QString &table, Id id, const QString &column, const std::optional<QString> &text);

// Before an undo or redo of `action` (an undo command's text): refuses when another client wrote any of `rows`
// (this client's last writes of them, from the ledger) after this client did.
Status ownWritesStillLatest(const QList<clientledger::WrittenRow> &rows, const QString &action);

} // namespace hoego::rowversion
