#include "sql.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <atomic>

namespace hoego::sql {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("hoego::sql", text); }

// SQLite's primary result codes (the low byte of an extended code).
enum SqliteCode { Busy = 5, Locked = 6, ReadOnly = 8, IoError = 10, Corrupt = 11, Full = 13, Constraint = 19,
                  NotADatabase = 26 };

} // namespace

Error toError(const QSqlError &error, const QString &context)
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const QString message = context.isEmpty() ? detail : tr("%1: %2").arg(context, detail);
    switch (code) {
    case ReadOnly:
        return {Error::Code::ReadOnly, tr("The database is open read-only; nothing was changed.")};
    case Full:
        return {Error::Code::Storage, tr("The disk is full; the change was not saved. (%1)").arg(message)};
    case Corrupt:
    case NotADatabase:
        return {Error::Code::Corrupt, message};
    case Busy:
    case Locked:
        return {Error::Code::Locked, tr("The database is busy in another program. (%1)").arg(message)};
    case Constraint:
        if (detail.contains(QLatin1String("UNIQUE")))
            return {Error::Code::Conflict, message};
        return {Error::Code::InvalidInput, message};
    case IoError:
    default:
        return {Error::Code::Storage, message};
    }
}

Result<QSqlQuery> exec(const QString &connection, const QString &statement, const QVariantList &values)
{
    QSqlQuery query(QSqlDatabase::database(connection, false));
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        return toError(query.lastError(), tr("Preparing a query failed"));
    for (const QVariant &value : values) {
        // A null QString would bind as SQL NULL; an empty text is meant, so bind "" (NULLs are explicit).
        if (value.metaType() == QMetaType::fromType<QString>() && !value.isNull() && value.toString().isNull())
            query.addBindValue(QString(QLatin1String("")));
        else
            query.addBindValue(value);
    }
    if (!query.exec())
        return toError(query.lastError(), QString());
    return query;
}

Result<QSqlQuery> single(const QString &connection, const QString &statement, const QVariantList &values,
                         const QString &what)
{
    auto result = exec(connection, statement, values);
    if (!result.ok())
        return result;
    if (!result.value().next())
        return Error::notFound(tr("%1 was not found.").arg(what));
    return result;
}

Status expectOneRow(const Result<QSqlQuery> &result, const QString &what)
{
    if (!result.ok())
        return result.error();
    if (result.value().numRowsAffected() < 1)
        return Error::notFound(tr("%1 was not found.").arg(what));
    return {};
}

QVariant nullableId(Id id) { return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>()); }

QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

Transaction::Transaction(const QString &connection) : m_connection(connection)
{
    static std::atomic<quint64> counter{0};
    m_name = QStringLiteral("hoego_%1").arg(++counter);
    auto begun = exec(m_connection, QStringLiteral("SAVEPOINT ") + m_name);
    m_started = begun;
    m_open = begun.ok();
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    // Undo everything since the savepoint, then drop it so an outer transaction can go on.
    (void)exec(m_connection, QStringLiteral("ROLLBACK TO ") + m_name);
    (void)exec(m_connection, QStringLiteral("RELEASE ") + m_name);
}

Status Transaction::commit()
{
    auto released = exec(m_connection, QStringLiteral("RELEASE ") + m_name);
    if (released.ok())
        m_open = false;
    return released;
}

} // namespace hoego::sql
