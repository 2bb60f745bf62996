#include "database.h"

#include "backup.h"
#include "schema.h"
#include "search/bigrams.h"
#include "sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QStandardPaths>
#include <QUrl>

#include <sqlite3.h>

#include <algorithm>

#include <atomic>

namespace hoego {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("hoego::Database", text); }

QString uniqueConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("hoego-%1").arg(++counter);
}

// Creates an empty file readable by the owner only; SQLite gives its -wal and -shm files the same mode.
Status createPrivateFile(const QString &path)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error{Error::Code::Io, tr("Cannot create the folder for %1.").arg(path)};
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return Error{Error::Code::Io, tr("Cannot create %1: %2").arg(path, file.errorString())};
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

QString connectOptions(bool readOnly, bool immutable = false)
{
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    if (immutable)
        options += QStringLiteral(";QSQLITE_OPEN_URI");
    return options;
}

// SQLite's URI form of a path, so query parameters such as immutable=1 can be given.
QString immutableUri(const QString &path)
{
    return QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) + QStringLiteral("?mode=ro&immutable=1");
}

bool walHasContent(const QString &path)
{
    const QFileInfo wal(path + QStringLiteral("-wal"));
    return wal.exists() && wal.size() > 0;
}

Status quickCheck(const QString &connection, const QString &path)
{
    auto check = sql::single(connection, QStringLiteral("PRAGMA quick_check"), {}, QStringLiteral("check"));
    if (!check.ok())
        return Error{Error::Code::Corrupt, tr("%1 is damaged: %2").arg(path, check.error().message)};
    const QString verdict = check.value().value(0).toString();
    if (verdict != QLatin1String("ok"))
        return Error{Error::Code::Corrupt, tr("%1 is damaged: %2").arg(path, verdict)};
    return {};
}

Status applyConnectionPragmas(const QString &connection, bool readOnly)
{
    QStringList pragmas{QStringLiteral("PRAGMA foreign_keys = ON")};
    if (readOnly) {
        pragmas << QStringLiteral("PRAGMA query_only = ON");
    } else {
        // WAL with FULL sync: a committed edit survives a crash of the process or of the machine.
        pragmas << QStringLiteral("PRAGMA journal_mode = WAL") << QStringLiteral("PRAGMA synchronous = FULL");
    }
    for (const QString &pragma : pragmas) {
        if (auto done = sql::exec(connection, pragma); !done.ok())
            return done.error();
    }
    return {};
}

} // namespace

Result<std::unique_ptr<Database>> Database::open(const QString &path, const Options &options)
{
    std::unique_ptr<Database> database(new Database);
    database->m_backupsToKeep = options.backupsToKeep;
    if (Status opened = database->openConnection(path, options); !opened.ok())
        return opened.error();
    if (Status configured = database->configure(); !configured.ok())
        return configured.error();
    if (Status migrated = database->migrate(); !migrated.ok())
        return migrated.error();
    return database;
}

Database::~Database()
{
    closeConnection(m_connection);
}

Status Database::openConnection(const QString &path, const Options &options)
{
    m_path = QFileInfo(path).absoluteFilePath();
    const QFileInfo info(m_path);
    if (!info.exists()) {
        if (!options.create)
            return Error{Error::Code::NotFound, tr("%1 does not exist.").arg(m_path)};
        if (Status created = createPrivateFile(m_path); !created.ok())
            return created;
    } else if (Status header = checkFileHeader(m_path); !header.ok()) {
        return header;
    }

    AccessFacts facts;
    facts.readOnlyRequested = options.readOnly;
    facts.fileWritable = QFileInfo(m_path).isWritable();
    facts.folderWritable = QFileInfo(info.absolutePath()).isWritable();
    facts.walHasContent = walHasContent(m_path);
    facts.shmExists = QFileInfo::exists(m_path + QStringLiteral("-shm"));
    const Access access = decideAccess(m_path, facts);
    m_readOnly = access.readOnly;
    m_immutable = access.immutable;
    m_readOnlyReason = access.reason;

    if (options.lock && !m_readOnly) {
        m_lock = std::make_unique<QLockFile>(m_path + QStringLiteral(".lock"));
        m_lock->setStaleLockTime(0);
        if (!m_lock->tryLock(0)) {
            qint64 pid = 0;
            QString host;
            QString app;
            m_lock->getLockInfo(&pid, &host, &app);
            m_lock.reset();
            return Error{Error::Code::Locked,
                         tr("%1 is already open in another Hoego (process %2). Close it there first.")
                             .arg(m_path)
                             .arg(pid)};
        }
        // Like the database and its backups: the owner's alone.
        QFile::setPermissions(m_path + QStringLiteral(".lock"), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    // The health check reads through a separate read-only connection: a damaged file is refused before any
    // connection that could write to it (a checkpoint on close, a journal rollback) has touched it.
    if (Status healthy = checkHealthAndVersion(m_immutable, options.deferIntegrityCheck); !healthy.ok())
        return healthy;

    m_connection = options.connectionName.isEmpty() ? uniqueConnectionName() : options.connectionName;
    if (Status installed = bigrams::installForEveryConnection(); !installed.ok())
        return installed;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_immutable ? immutableUri(m_path) : m_path);
    db.setConnectOptions(connectOptions(m_readOnly, m_immutable));
    if (!db.open())
        return sql::toError(db.lastError(), tr("Cannot open %1").arg(m_path));
    // The search index triggers call it (schema version 3), so every writing connection needs it.
    return bigrams::registerFunction(m_connection);
}

Database::Access Database::decideAccess(const QString &path, const AccessFacts &facts)
{
    Access access;
    const QString folder = QFileInfo(path).absolutePath();
    if (facts.readOnlyRequested) {
        access.readOnly = true;
        access.reason = tr("Opened read-only on request.");
    } else if (!facts.fileWritable) {
        access.readOnly = true;
        access.reason = tr("The file %1 is read-only.").arg(path);
    } else if (!facts.folderWritable) {
        access.readOnly = true;
        access.reason = tr("The folder %1 is read-only.").arg(folder);
    }
    // SQLite needs a shared-memory file beside a write-ahead-logged database even to read it. When the folder
    // cannot take one, read the main file as it is; a log with pages in it must not be skipped, so then SQLite
    // is left to read it normally (and reports an error if it cannot).
    access.immutable = access.readOnly && !facts.folderWritable && !facts.shmExists && !facts.walHasContent;
    return access;
}

Status Database::checkFileHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Code::Io, tr("Cannot read %1: %2").arg(path, file.errorString())};
    if (file.size() == 0)
        return Error{Error::Code::Corrupt, tr("%1 is an empty file, not a Hoego database.").arg(path)};
    const QByteArray header = file.read(100);
    if (!header.startsWith(QByteArray("SQLite format 3\0", 16)))
        return Error{Error::Code::Corrupt, tr("%1 is not a SQLite database (it may be damaged).").arg(path)};
    // The page size is stored big-endian at offset 16 (1 means 65536); a file shorter than one page is cut off.
    const qint64 pageSize = header.size() >= 18
        ? ((quint8(header[16]) << 8) | quint8(header[17])) : 0;
    const qint64 minimum = pageSize == 1 ? 65536 : std::max<qint64>(pageSize, 512);
    if (header.size() < 100 || file.size() < minimum)
        return Error{Error::Code::Corrupt, tr("%1 is truncated (it may be damaged).").arg(path)};
    return {};
}

Result<QString> Database::openReadOnlyConnection(const QString &path, bool immutable)
{
    const QString name = uniqueConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(immutable ? immutableUri(path) : path);
        db.setConnectOptions(connectOptions(true, immutable));
        if (!db.open()) {
            Error error = sql::toError(db.lastError(), tr("Cannot open %1").arg(path));
            error.code = Error::Code::Corrupt;
            db = QSqlDatabase();
            closeConnection(name);
            return error;
        }
    }
    return name;
}

Status Database::checkIntegrity(const QString &path)
{
    auto connection = openReadOnlyConnection(path, false);
    if (!connection.ok())
        return connection.error();
    Status verdict = quickCheck(connection.value(), path);
    closeConnection(connection.value());
    return verdict;
}

void Database::leaveFileAsFoundOnClose()
{
    if (m_readOnly)
        return; // a read-only connection never checkpoints
    const QVariant handle = QSqlDatabase::database(m_connection, false).driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return;
    sqlite3 *db = *static_cast<sqlite3 *const *>(handle.constData());
    sqlite3_db_config(db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
}

Result<int> Database::checkHealth(const QString &connection, const QString &path, bool deferQuickCheck)
{
    auto version = sql::single(connection, QStringLiteral("PRAGMA user_version"), {}, QStringLiteral("version"));
    if (!version.ok())
        return Error{Error::Code::Corrupt, tr("%1 cannot be read: %2").arg(path, version.error().message)};
    const int number = version.value().value(0).toInt();
    if (number > schema::kCurrentVersion)
        return Error{Error::Code::NewerVersion,
                     tr("%1 was written by a newer Hoego (database version %2; this Hoego knows up to version %3). "
                        "It was not changed; open it with a newer Hoego.")
                         .arg(path)
                         .arg(number)
                         .arg(schema::kCurrentVersion)};

    // An upgrade rewrites the file, so it never runs on a file that was not checked.
    if (!deferQuickCheck || number != schema::kCurrentVersion) {
        if (Status intact = quickCheck(connection, path); !intact.ok())
            return intact.error();
    }

    if (number == 0) {
        auto tables = sql::single(connection, QStringLiteral("SELECT count(*) FROM sqlite_master"), {},
                                  QStringLiteral("schema"));
        if (!tables.ok())
            return Error{Error::Code::Corrupt, tr("%1 cannot be read: %2").arg(path, tables.error().message)};
        if (tables.value().value(0).toInt() > 0)
            return Error{Error::Code::Corrupt,
                         tr("%1 is a SQLite database of another program, not a Hoego database.").arg(path)};
    }
    return number;
}

Status Database::checkHealthAndVersion(bool immutable, bool deferQuickCheck)
{
    auto probe = openReadOnlyConnection(m_path, immutable);
    if (!probe.ok())
        return probe.error();
    // checkIntegrity() reads through SQLite's shared memory, which an immutable open has none of.
    deferQuickCheck = deferQuickCheck && !immutable;
    auto version = checkHealth(probe.value(), m_path, deferQuickCheck);
    closeConnection(probe.value());
    if (!version.ok())
        return version.error();
    m_version = version.value();
    m_integrityCheckDeferred = deferQuickCheck && m_version == schema::kCurrentVersion;
    if (m_version == 0 && m_readOnly)
        return Error{Error::Code::ReadOnly, tr("%1 is empty and read-only, so Hoego cannot set it up.").arg(m_path)};
    return {};
}

Status Database::configure()
{
    return applyConnectionPragmas(m_connection, m_readOnly);
}

Status Database::migrate()
{
    if (m_version == schema::kCurrentVersion)
        return {};
    if (m_readOnly)
        return Error{Error::Code::ReadOnly,
                     tr("%1 uses an older format (version %2) and is read-only, so it cannot be upgraded.")
                         .arg(m_path)
                         .arg(m_version)};
    // An upgrade rewrites the schema: keep a copy of the file as it was. A failed copy is reported, not fatal.
    if (m_version > 0) {
        if (auto saved = backup::create(m_connection, m_path, m_backupsToKeep); !saved.ok())
            m_warnings << tr("Hoego could not back up the database before upgrading it: %1")
                              .arg(saved.error().message);
    }
    m_isNew = m_version == 0;
    for (int step = m_version + 1; step <= schema::kCurrentVersion; ++step) {
        Status applied = sql::inTransaction(m_connection, [&]() -> Status {
            for (const QString &statement : schema::migrationStep(step)) {
                if (auto done = sql::exec(m_connection, statement); !done.ok())
                    return Error{Error::Code::Storage, tr("Upgrading the database to version %1 failed: %2")
                                                           .arg(step)
                                                           .arg(done.error().message)};
            }
            return sql::exec(m_connection, QStringLiteral("PRAGMA user_version = %1").arg(step));
        });
        if (!applied.ok())
            return applied;
        m_version = step;
    }
    return {};
}

Result<QString> Database::openWorkerConnection() const
{
    const QString name = uniqueConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_immutable ? immutableUri(m_path) : m_path);
    db.setConnectOptions(connectOptions(m_readOnly, m_immutable));
    if (!db.open()) {
        Error error = sql::toError(db.lastError(), tr("Cannot open %1").arg(m_path));
        closeConnection(name);
        return error;
    }
    if (Status configured = applyConnectionPragmas(name, m_readOnly); !configured.ok()) {
        closeConnection(name);
        return configured.error();
    }
    if (Status registered = bigrams::registerFunction(name); !registered.ok()) {
        closeConnection(name);
        return registered.error();
    }
    return name;
}

void Database::closeConnection(const QString &name)
{
    if (name.isEmpty() || !QSqlDatabase::contains(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/hoego.sqlite");
}

} // namespace hoego
