// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "rowversion.h"

#include "i18n/particles.h"
#include "schema.h"
#include "server/serverdatabase.h"
#include "sql.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace hoego::rowversion {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hoego::RowVersion)
};

// The row's version now, 0 when it is gone. `lock`: keep it locked until the transaction ends.
Result<int> versionNow(const QString &connection, const QString &table, Id id, bool lock)
{
    auto query = sql::exec(connection,
                           QStringLiteral("SELECT version FROM %1 WHERE id = ?%2")
                                   .arg(table, lock ? QStringLiteral(" FOR UPDATE") : QString()),
                           {id});
    if (!query.ok())
        return query.error();
    return query.value().next() ? query.value().value(0).toInt() : 0;
}

// Locks the row and compares its texts with what the view showed.
Status expectTextsShown(const QString &connection, const ShownTexts &shown, const QString &what)
{
    QStringList columns;
    for (const auto &[column, text] : shown.texts)
        columns << column;
    auto query = sql::exec(
            connection,
            QStringLiteral("SELECT %1 FROM %2 WHERE id = ? FOR UPDATE").arg(columns.join(u", "), shown.table),
            {shown.id});
    if (!query.ok())
        return query.error();
    if (!query.value().next())
        return {}; // a row that is gone is the write's own "not found"
    for (int i = 0; i < shown.texts.size(); ++i) {
        if (query.value().value(i).toString().simplified() != shown.texts.at(i).second.simplified())
            return Error{Error::Code::Changed,
                         i18n::fillWords(Tr::tr("%1 was changed on another computer after this window showed it, so "
                                                "your change was not saved. The window now shows the other change; "
                                                "make yours again if it still applies."),
                                         what)};
    }
    return {};
}

} // namespace

Status writeIfShown(const QString &connection, const ShownTexts &shown, const QString &what,
                    const std::function<Status()> &write)
{
    if (shown.texts.isEmpty() || !serverdatabase::isServerConnection(connection))
        return write();
    return sql::inTransaction(connection, [&]() -> Status {
        if (Status same = expectTextsShown(connection, shown, what); !same.ok())
            return same;
        return write();
    });
}

ShownTexts shownText(const QString &table, Id id, const QString &column, const std::optional<QString> &text)
{
    ShownTexts shown{table, id, {}};
    if (text)
        shown.texts.append({column, *text});
    return shown;
}

Status expectUnchanged(const QString &connection, const QString &table, Id id, int readVersion, const QString &what)
{
    if (readVersion <= 0 || !schema::isVersioned(table) || !serverdatabase::isServerConnection(connection))
        return {};
    auto now = versionNow(connection, table, id, true);
    if (!now.ok())
        return now.error();
    if (now.value() == 0 || now.value() == readVersion)
        return {}; // a row that is gone is the write's own "not found"
    return Error{Error::Code::Changed,
                 i18n::fillWords(Tr::tr("%1 was changed on another computer after you opened it, so your edit was "
                                        "not saved. The window now shows the other change, and the editor opens "
                                        "again with what you typed: save it over that change, or cancel."),
                                 what)};
}

Status ownWritesStillLatest(const QList<clientledger::WrittenRow> &rows, const QString &action)
{
    const Error refused{Error::Code::Changed,
                        i18n::fillWords(Tr::tr("\"%1\" was not undone or redone: someone else changed the same item "
                                               "on the server after you, and it would put back what they changed."),
                                        action)};
    // An undone import rewrites whole years: past this many rows the announcements alone are checked, so an undo
    // does not wait on thousands of round trips.
    constexpr int kRowsReadBack = 200;
    int readBack = 0;
    for (const clientledger::WrittenRow &row : rows) {
        if (clientledger::writtenElsewhereSince(row, row.heardAt))
            return refused;
        // A write from elsewhere whose announcement has not arrived yet still shows in the version.
        if (row.version <= 0 || !QSqlDatabase::contains(row.connection) || ++readBack > kRowsReadBack)
            continue;
        auto now = versionNow(row.connection, row.table, row.id, false);
        if (!now.ok())
            return now.error();
        if (now.value() != 0 && now.value() != clientledger::ownVersion(row))
            return refused;
    }
    return {};
}

} // namespace hoego::rowversion
