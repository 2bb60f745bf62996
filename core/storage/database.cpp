// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "database.h"

#include "i18n/particles.h"

#include "backup.h"
#include "changefeed.h"
#include "databasefile.h"
#include "integrityledger.h"
#include "interrupter.h"
#include "perf.h"
#include "schema.h"
#include "search/bigrams.h"
#include "server/serverdatabase.h"
#include "sql.h"
#include "syncfolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QStandardPaths>
#include <QUrl>
#include <QtEndian>

#include <sqlite3.h>

#include <algorithm>

#include <atomic>

namespace hoego {
namespace {

// Names the context of this file's strings for tr() and for lupdate alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hoego::Database)
};

QString uniqueConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("hoego-%1").arg(++counter);
}

// Creates an empty file readable by the owner only; SQLite gives its -wal and -shm files the same mode.
Status createPrivateFile(const QString &path)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error{Error::Code::Io, Tr::tr("Cannot create the folder for %1.").arg(path)};
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return Error{Error::Code::Io, i18n::fillWords(Tr::tr("Cannot create %1: %2"), path, file.errorString())};
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

// SQLite gives a new -wal and -shm the mode of the database: opened once while it was 0400, they stay 0400
// after the user makes the database writable again, and every later edit is refused. They are caches of the
// database the user owns, so they get its owner-only mode back.
void repairSideFilePermissions(const QString &path)
{
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const QFileInfo side(path + suffix);
        if (side.exists() && !(side.permissions() & QFileDevice::WriteOwner)
            && side.ownerId() == QFileInfo(path).ownerId())
            QFile::setPermissions(side.filePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
}

bool walHasContent(const QString &path)
{
    const QFileInfo wal(path + QStringLiteral("-wal"));
    return wal.exists() && wal.size() > 0;
}

// The page size a SQLite file header or write-ahead-log header records (0 when unreadable).
int pageSizeAt(const QString &path, int offset)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray header = file.read(offset + 4);
    if (header.size() < offset + 4)
        return 0;
    const auto *bytes = reinterpret_cast<const uchar *>(header.constData()) + offset;
    if (offset == 16) { // the database header keeps two bytes; 1 means 65536
        const int size = qFromBigEndian<quint16>(bytes);
        return size == 1 ? 65536 : size;
    }
    return int(qFromBigEndian<quint32>(bytes));
}

// A write-ahead log left by a crash is replayed into the database by the next writer; one that belongs to
// another database would be written into this one, and SQLite cannot tell. A log is Hoego's to replay only
// when it has the database's page size and its shared-memory index is still beside it: closing cleanly
// removes both, a crash or a kill leaves both, so a log alone was copied in from elsewhere. When the index
// names other salts than the log (a log swapped in after a crash, or an index the power cut left stale) the
// full integrity check that follows decides.
Status checkWalBelongs(const QString &path)
{
    const QString wal = path + QStringLiteral("-wal");
    QFile log(wal);
    if (!log.open(QIODevice::ReadOnly) || log.size() < 32)
        return {}; // SQLite ignores a log without a full header
    const QByteArray header = log.read(32);
    const quint32 magic = qFromBigEndian<quint32>(reinterpret_cast<const uchar *>(header.constData()));
    if ((magic & 0xFFFFFFFEu) != 0x377F0682u)
        return {}; // not a log SQLite would read
    const int logPageSize = pageSizeAt(wal, 8);
    const int databasePageSize = pageSizeAt(path, 16);
    const QString untouched
            = i18n::fillWords(Tr::tr("Hoego did not change either file. To open the database as it was last saved "
                                     "without that log, move %1 somewhere else."),
                              wal);
    if (logPageSize != databasePageSize)
        return Error{Error::Code::Corrupt,
                     i18n::fillWords(Tr::tr("%1 has a write-ahead log (%2) that belongs to another database "
                                            "(page size %3, not %4)."),
                                     path, wal, logPageSize, databasePageSize)
                             + QLatin1Char(' ') + untouched};
    QFile index(path + QStringLiteral("-shm"));
    if (!index.exists())
        return Error{Error::Code::Corrupt,
                     Tr::tr("%1 has a write-ahead log (%2) that its last session did not leave (its shared-memory "
                            "file is missing), so it may belong to another database.")
                                     .arg(path, wal)
                             + QLatin1Char(' ') + untouched};
    return {};
}

Error unreadable(const QString &path, const Error &cause)
{
    if (cause.code == Error::Code::Corrupt)
        return Error{Error::Code::Corrupt, i18n::fillWords(Tr::tr("%1 cannot be read: %2"), path, cause.message)};
    if (databasefile::diskIsFull(path))
        return databasefile::diskFullError(path);
    return Error{cause.code == Error::Code::Storage ? Error::Code::Io : cause.code,
                 i18n::fillWords(Tr::tr("%1 cannot be read: %2"), path, cause.message)};
}

Status integrityCheck(const QString &connection, const QString &path, bool full)
{
    const QString pragma = full ? QStringLiteral("PRAGMA integrity_check") : QStringLiteral("PRAGMA quick_check");
    auto check = sql::single(connection, pragma, {}, QStringLiteral("check"));
    if (!check.ok())
        return check.error().code == Error::Code::Corrupt
                ? Error{Error::Code::Corrupt, i18n::fillWords(Tr::tr("%1 is damaged: %2"), path, check.error().message)}
                : unreadable(path, check.error());
    const QString verdict = check.value().value(0).toString();
    if (verdict != QLatin1String("ok"))
        return Error{Error::Code::Corrupt, i18n::fillWords(Tr::tr("%1 is damaged: %2"), path, verdict)};
    return {};
}

Status applyConnectionPragmas(const QString &connection, bool readOnly)
{
    QStringList pragmas{QStringLiteral("PRAGMA foreign_keys = ON")};
    if (readOnly) {
        pragmas << QStringLiteral("PRAGMA query_only = ON");
    } else {
        // WAL with FULL sync: a committed edit survives a crash of the process or of the machine.
        // The log is cut back to 4 MiB after each checkpoint, so a big import leaves no big log behind.
        pragmas << QStringLiteral("PRAGMA journal_mode = WAL") << QStringLiteral("PRAGMA synchronous = FULL")
                << QStringLiteral("PRAGMA journal_size_limit = 4194304");
    }
    for (const QString &pragma : pragmas) {
        if (auto done = sql::exec(connection, pragma); !done.ok())
            return done.error();
    }
    return {};
}

} // namespace

Database::Database() = default;

Result<std::unique_ptr<Database>> Database::open(const QString &path, const Options &options)
{
    std::unique_ptr<Database> database(new Database);
    if (ServerLocation::isServerAddress(path)) {
        if (Status opened = database->openOnServer(path, options); !opened.ok())
            return opened.error();
        return database;
    }
    database->m_backupsToKeep = options.backupsToKeep;
    if (Status opened = database->openConnection(path, options); !opened.ok())
        return opened.error();
    // The first statement that needs the schema: a damaged one is reported as the health check would have.
    if (Status configured = database->configure(); !configured.ok()) {
        if (configured.error().code != Error::Code::Corrupt)
            return configured.error();
        integrity::forget(database->m_path);
        return unreadable(database->m_path, configured.error());
    }
    if (Status migrated = database->migrate(); !migrated.ok())
        return migrated.error();
    database->m_open = true;
    return database;
}

const QStringList &Database::warnings() const
{
    if (!m_syncFolderChecked && !m_server) {
        m_syncFolderChecked = true;
        if (const QString service = syncfolder::serviceManaging(m_path); !service.isEmpty())
            m_warnings << syncfolder::warningFor(m_path, service);
    }
    return m_warnings;
}

Status Database::openOnServer(const QString &address, const Options &options)
{
    auto location = ServerLocation::parse(address);
    if (!location.ok())
        return location.error();
    m_server = std::make_unique<ServerLocation>(std::move(location).value());
    m_path = m_server->address();
    m_readOnly = options.readOnly;
    if (m_readOnly)
        m_readOnlyReason = Tr::tr("Opened read-only on request.");
    m_connection = options.connectionName.isEmpty() ? uniqueConnectionName() : options.connectionName;
    if (Status connected = serverdatabase::connect(*m_server, m_connection, m_readOnly); !connected.ok())
        return connected;
    // The schema is set up or upgraded by a writing connection; a read-only one only checks it.
    if (m_readOnly) {
        auto version = sql::single(m_connection, QStringLiteral("SELECT max(version) FROM hoego_schema"), {},
                                   QStringLiteral("schema version"));
        if (!version.ok() || version.value().value(0).toInt() != schema::kCurrentVersion)
            return Error{Error::Code::ReadOnly,
                         i18n::fillWords(Tr::tr("%1 is not set up for this Hoego, and a read-only connection cannot "
                                                "set it up."),
                                         m_path)};
        m_version = schema::kCurrentVersion;
    } else {
        auto prepared = serverdatabase::prepareSchema(m_connection, m_path);
        if (!prepared.ok())
            return prepared.error();
        m_version = prepared->version;
        m_isNew = prepared->created;
    }
    m_open = true;
    return {};
}

Database::~Database()
{
    if (m_server) {
        closeConnection(m_connection);
        return;
    }
    if (m_open && !m_leaveAsFound)
        (void)checkpoint(); // best effort: SQLite also folds the log in when the last connection closes
    closeConnection(m_connection);
    closeIntegrityRecord(); // before the lock goes: the next writer finds the marker cleared
}

void Database::closeIntegrityRecord()
{
    if (!m_markerSet)
        return; // only the one writer may say what its writes left behind; a reader recorded its check at open
    if (m_open) {
        // A check that passed in the background during this session (checkIntegrity records it) counts too.
        const integrity::Record record = integrity::read(m_path);
        const bool checkedSince = record.lastFullCheck.isValid() && record.lastFullCheck >= m_openedAt;
        if (!m_leaveAsFound && (m_knownIntact || checkedSince))
            integrity::recordCleanClose(m_path);
        else
            integrity::forget(m_path);
    }
    integrity::clearOpenMarker(m_path);
}

Status Database::openConnection(const QString &path, const Options &options)
{
    // The real file, so a symbolic link or a second name never gives a second writer or a second set of
    // backups; FIFOs and devices are refused before anything opens them.
    auto resolved = databasefile::resolve(path);
    if (!resolved.ok())
        return resolved.error();
    m_path = resolved.value();
    const QFileInfo info(m_path);
    if (!info.exists()) {
        if (!options.create)
            return Error{Error::Code::NotFound, i18n::fillWords(Tr::tr("%1 does not exist."), m_path)};
        if (Status created = createPrivateFile(m_path); !created.ok())
            return created;
    } else if (Status header = checkFileHeader(m_path); !header.ok()) {
        return header;
    }

    AccessFacts facts;
    facts.readOnlyRequested = options.readOnly;
    facts.fileWritable = QFileInfo(m_path).isWritable();
    facts.folderWritable = QFileInfo(info.absolutePath()).isWritable();
    if (facts.fileWritable && facts.folderWritable && !options.readOnly)
        repairSideFilePermissions(m_path);
    facts.walHasContent = walHasContent(m_path);
    facts.shmExists = QFileInfo::exists(m_path + QStringLiteral("-shm"));
    const Access access = decideAccess(m_path, facts);
    m_readOnly = access.readOnly;
    m_immutable = access.immutable;
    m_readOnlyReason = access.reason;

    if (options.lock && !m_readOnly) {
        auto lock = databasefile::WriterLock::acquire(m_path);
        if (!lock.ok())
            return lock.error();
        m_lock = std::move(lock).value();
    }
    // Only the app's own opens (the window, commands) keep the record; others check every time and leave no trace.
    if (options.integrityCheck == Options::IntegrityCheck::WhenDue) {
        // The lock keeps every other writer away, so any marker a writer finds was left by a session that did
        // not close; a reader may see the marker of a window that is open.
        const bool writer = m_lock != nullptr;
        m_leftOpen = integrity::leftOpen(m_path, writer);
        if (writer) {
            integrity::setOpenMarker(m_path);
            m_markerSet = true;
        }
    }

    // The health check reads through a separate read-only connection: a damaged file, another program's file
    // or a foreign write-ahead log is refused before any connection that could write to it (a checkpoint on
    // close, a journal rollback, the switch to WAL) has touched it.
    if (facts.walHasContent) {
        if (Status belongs = checkWalBelongs(m_path); !belongs.ok())
            return belongs;
    }
    if (Status healthy = checkHealthAndVersion(options, facts.walHasContent); !healthy.ok())
        return healthy;

    m_connection = options.connectionName.isEmpty() ? uniqueConnectionName() : options.connectionName;
    if (Status installed = bigrams::installForEveryConnection(); !installed.ok())
        return installed;
    ChangeFeed::install();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_immutable ? immutableUri(m_path) : m_path);
    db.setConnectOptions(connectOptions(m_readOnly, m_immutable));
    if (!db.open())
        return unreadable(m_path, sql::toError(db.lastError(), i18n::fillWords(Tr::tr("Cannot open %1"), m_path)));
    // The search index triggers call it (schema version 3), so every writing connection needs it.
    return bigrams::registerFunction(m_connection);
}

Database::Access Database::decideAccess(const QString &path, const AccessFacts &facts)
{
    Access access;
    const QString folder = QFileInfo(path).absolutePath();
    if (facts.readOnlyRequested) {
        access.readOnly = true;
        access.reason = Tr::tr("Opened read-only on request.");
    } else if (!facts.fileWritable) {
        access.readOnly = true;
        access.reason = Tr::tr("The file %1 is read-only.").arg(path);
    } else if (!facts.folderWritable) {
        access.readOnly = true;
        access.reason = Tr::tr("The folder %1 is read-only.").arg(folder);
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
        return Error{Error::Code::Io, i18n::fillWords(Tr::tr("Cannot read %1: %2"), path, file.errorString())};
    if (file.size() == 0)
        return Error{Error::Code::Corrupt, i18n::fillWords(Tr::tr("%1 is an empty file, not a Hoego database."), path)};
    const QByteArray header = file.read(100);
    if (!header.startsWith(QByteArray("SQLite format 3\0", 16)))
        return Error{Error::Code::Corrupt,
                     i18n::fillWords(Tr::tr("%1 is not a SQLite database (it may be damaged)."), path)};
    // The page size is stored big-endian at offset 16 (1 means 65536); a file shorter than one page is cut off.
    const qint64 pageSize = header.size() >= 18 ? ((quint8(header[16]) << 8) | quint8(header[17])) : 0;
    const qint64 minimum = pageSize == 1 ? 65536 : std::max<qint64>(pageSize, 512);
    if (header.size() < 100 || file.size() < minimum)
        return Error{Error::Code::Corrupt, i18n::fillWords(Tr::tr("%1 is truncated (it may be damaged)."), path)};
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
            Error error
                    = unreadable(path, sql::toError(db.lastError(), i18n::fillWords(Tr::tr("Cannot open %1"), path)));
            db = QSqlDatabase();
            closeConnection(name);
            return error;
        }
    }
    return name;
}

Status Database::checkIntegrity(const QString &path, Interrupter *interrupter)
{
    const integrity::FileStamp before = integrity::FileStamp::of(path);
    auto connection = openReadOnlyConnection(path, false);
    if (!connection.ok())
        return connection.error();
    if (interrupter)
        interrupter->attach(connection.value());
    Status verdict = integrityCheck(connection.value(), path, false);
    if (interrupter)
        interrupter->detach();
    closeConnection(connection.value());
    if (verdict.ok())
        integrity::recordCheckPassed(path, before);
    else if (verdict.error().code == Error::Code::Corrupt)
        integrity::forget(path);
    return verdict;
}

void Database::leaveFileAsFoundOnClose()
{
    m_leaveAsFound = true;
    if (m_readOnly)
        return; // a read-only connection never checkpoints
    const QVariant handle = QSqlDatabase::database(m_connection, false).driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return;
    sqlite3 *db = *static_cast<sqlite3 *const *>(handle.constData());
    sqlite3_db_config(db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
}

Result<int> Database::checkHealth(const QString &connection, const QString &path, bool deferQuickCheck, bool fullCheck)
{
    // Plain pragmas read the file's header only; a SELECT from them would parse the whole schema first, which the
    // main connection does again right after (about 8 M instructions each on a real file).
    auto version = sql::single(connection, QStringLiteral("PRAGMA user_version"), {}, QStringLiteral("version"));
    if (!version.ok())
        return unreadable(path, version.error());
    auto identity = sql::single(connection, QStringLiteral("PRAGMA application_id"), {}, QStringLiteral("version"));
    if (!identity.ok())
        return unreadable(path, identity.error());
    const int number = version.value().value(0).toInt();
    const int applicationId = identity.value().value(0).toInt();
    const Error foreign{
            Error::Code::Corrupt,
            i18n::fillWords(Tr::tr("%1 is a SQLite database of another program, not a Hoego database. Hoego did not "
                                   "change it."),
                            path)};
    if ((applicationId != 0 && applicationId != schema::kApplicationId) || number < 0)
        return foreign;
    // Files from before the application id was set: Hoego's when they have all of Hoego's tables (and an empty
    // file has none); anything else is another program's.
    if (applicationId == 0) {
        auto tables = sql::exec(connection, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
        if (!tables.ok())
            return unreadable(path, tables.error());
        QStringList names;
        QSqlQuery rows = std::move(tables).value();
        while (rows.next())
            names << rows.value(0).toString();
        if (number == 0 && !names.isEmpty())
            return foreign;
        for (const QString &table : schema::coreTables()) {
            if (number > 0 && !names.contains(table))
                return foreign;
        }
    }
    if (number > schema::kCurrentVersion)
        return Error{Error::Code::NewerVersion,
                     i18n::fillWords(Tr::tr("%1 was written by a newer Hoego (database version %2; this Hoego knows up "
                                            "to version %3). "
                                            "It was not changed; open it with a newer Hoego."),
                                     path, number, schema::kCurrentVersion)};

    // An upgrade rewrites the file, so it never runs on a file that was not checked.
    if (fullCheck || !deferQuickCheck || number != schema::kCurrentVersion) {
        if (Status intact = integrityCheck(connection, path, fullCheck); !intact.ok())
            return intact.error();
    }
    return number;
}

integrity::Reason Database::dueCheck(const Options &options, bool walHasContent) const
{
    if (walHasContent)
        return integrity::Reason::WriteAheadLog;
    if (options.integrityCheck == Options::IntegrityCheck::Always)
        return integrity::Reason::Always;
    const integrity::Record record = integrity::read(m_path);
    integrity::Facts facts;
    facts.leftOpen = m_leftOpen;
    facts.recorded = record.verified.isValid();
    facts.unchanged = facts.recorded && record.verified == integrity::FileStamp::of(m_path);
    facts.lastFullCheck = record.lastFullCheck;
    facts.now = m_openedAt;
    facts.background = options.deferIntegrityCheck;
    return integrity::decide(facts);
}

Status Database::checkHealthAndVersion(const Options &options, bool walHasContent)
{
    m_openedAt = QDateTime::currentDateTimeUtc();
    // Taken before the check: a pass is recorded only for the file as the check saw it.
    const integrity::FileStamp before = integrity::FileStamp::of(m_path);
    integrity::Reason reason = dueCheck(options, walHasContent);
    // checkIntegrity() reads through SQLite's shared memory, which an immutable open has none of. A log left by a
    // crash is checked in full before anything can write it into the file.
    const bool defer = options.deferIntegrityCheck && !m_immutable && !walHasContent;
    const bool skip = reason == integrity::Reason::None || defer;
    auto probe = openReadOnlyConnection(m_path, m_immutable);
    if (!probe.ok())
        return probe.error();
    auto version = checkHealth(probe.value(), m_path, skip, walHasContent);
    closeConnection(probe.value());
    if (!version.ok()) {
        if (version.error().code == Error::Code::Corrupt)
            integrity::forget(m_path);
        return version.error();
    }
    m_version = version.value();
    // checkHealth() checks a file it is about to upgrade whatever it was asked.
    const bool upgrade = m_version != schema::kCurrentVersion;
    if (upgrade && skip)
        reason = integrity::Reason::Upgrade;
    const bool checkedNow = !skip || upgrade;
    m_checkReason = reason;
    m_integrityCheckDeferred = skip && reason != integrity::Reason::None && !upgrade;
    m_knownIntact = checkedNow || reason == integrity::Reason::None;
    if (checkedNow && options.integrityCheck == Options::IntegrityCheck::WhenDue)
        integrity::recordCheckPassed(m_path, before);
    if (hoegoPerf().isDebugEnabled()) {
        const char *what = checkedNow ? "ran" : m_integrityCheckDeferred ? "deferred" : "skipped";
        perf::milestone(QStringLiteral("integrity check %1 (%2)")
                                .arg(QLatin1String(what), QLatin1String(integrity::describe(reason)))
                                .toUtf8()
                                .constData());
    }
    if (m_version == 0 && m_readOnly)
        return Error{Error::Code::ReadOnly,
                     i18n::fillWords(Tr::tr("%1 is empty and read-only, so Hoego cannot set it up."), m_path)};
    return {};
}

Status Database::configure()
{
    if (Status applied = applyConnectionPragmas(m_connection, m_readOnly); !applied.ok())
        return applied;
    if (m_readOnly)
        return {};
    // A file that looks writable can still refuse changes (a side file another user owns); then open it
    // read-only with a banner that says why, instead of throwing every edit away.
    auto probe = sql::exec(m_connection, QStringLiteral("BEGIN IMMEDIATE"));
    if (probe.ok())
        return sql::exec(m_connection, QStringLiteral("ROLLBACK")).ok()
                ? Status()
                : Status(Error::storage(Tr::tr("Cannot end the write test on %1.").arg(m_path)));
    if (probe.error().code != Error::Code::ReadOnly)
        return unreadable(m_path, probe.error());
    closeConnection(m_connection);
    m_lock.reset();
    m_readOnly = true;
    m_readOnlyReason = Tr::tr("SQLite refuses changes to %1; check who owns %1-wal and %1-shm.").arg(m_path);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    db.setConnectOptions(connectOptions(true));
    if (!db.open())
        return unreadable(m_path, sql::toError(db.lastError(), i18n::fillWords(Tr::tr("Cannot open %1"), m_path)));
    if (Status registered = bigrams::registerFunction(m_connection); !registered.ok())
        return registered;
    return applyConnectionPragmas(m_connection, true);
}

Status Database::stampApplicationId()
{
    auto current = sql::single(m_connection, QStringLiteral("PRAGMA application_id"), {}, QStringLiteral("id"));
    if (!current.ok())
        return current.error();
    if (current.value().value(0).toInt() == schema::kApplicationId)
        return {};
    return sql::exec(m_connection, QStringLiteral("PRAGMA application_id = %1").arg(schema::kApplicationId));
}

Status Database::checkpoint()
{
    if (m_readOnly || m_server)
        return {};
    // TRUNCATE leaves an empty log: nothing for a sync service to copy half-way, nothing to replay after a kill.
    auto done = sql::exec(m_connection, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return done.ok() ? Status() : Status(done.error());
}

Status Database::migrate()
{
    if (m_version == schema::kCurrentVersion)
        return m_readOnly ? Status() : stampApplicationId();
    if (m_readOnly)
        return Error{Error::Code::ReadOnly,
                     i18n::fillWords(
                             Tr::tr("%1 uses an older format (version %2) and is read-only, so it cannot be upgraded."),
                             m_path, m_version)};
    // An upgrade rewrites the schema: keep a copy of the file as it was. A failed copy is reported, not fatal.
    if (m_version > 0) {
        if (auto saved = backup::create(m_connection, m_path, m_backupsToKeep); !saved.ok())
            m_warnings << Tr::tr("Hoego could not back up the database before upgrading it: %1")
                                  .arg(saved.error().message);
    }
    m_isNew = m_version == 0;
    for (int step = m_version + 1; step <= schema::kCurrentVersion; ++step) {
        Status applied = sql::inTransaction(m_connection, [&]() -> Status {
            for (const QString &statement : schema::migrationStep(step)) {
                if (auto done = sql::exec(m_connection, statement); !done.ok())
                    return Error{Error::Code::Storage,
                                 i18n::fillWords(Tr::tr("Upgrading the database to version %1 failed: %2"), step,
                                                 done.error().message)};
            }
            return sql::exec(m_connection, QStringLiteral("PRAGMA user_version = %1").arg(step));
        });
        if (!applied.ok())
            return applied;
        m_version = step;
    }
    return stampApplicationId();
}

Result<QString> Database::openWorkerConnection() const
{
    const QString name = uniqueConnectionName();
    if (m_server) {
        if (Status connected = serverdatabase::connect(*m_server, name, m_readOnly); !connected.ok())
            return connected.error();
        return name;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_immutable ? immutableUri(m_path) : m_path);
    db.setConnectOptions(connectOptions(m_readOnly, m_immutable));
    if (!db.open()) {
        Error error = sql::toError(db.lastError(), i18n::fillWords(Tr::tr("Cannot open %1"), m_path));
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
    serverdatabase::forget(name);
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
