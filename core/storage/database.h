#pragma once

#include "result.h"

#include <QString>

#include <memory>

class QLockFile;

namespace hoego {

// One open Hoego database file: the SQLite connection (looked up by name, one per thread), the lock that
// keeps a second Hoego from writing to it, and the schema upgrade on open.
class Database
{
public:
    struct Options
    {
        bool readOnly = false;        // open for reading even when the file is writable
        bool create = true;           // create the file (and its folder) when missing
        bool lock = true;             // take the single-writer lock file
        QString connectionName;       // empty: a unique name is chosen
    };

    static Result<std::unique_ptr<Database>> open(const QString &path, const Options &options);
    static Result<std::unique_ptr<Database>> open(const QString &path) { return open(path, Options()); }
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    const QString &path() const { return m_path; }
    const QString &connectionName() const { return m_connection; }
    bool isReadOnly() const { return m_readOnly; }
    // Why the database is read-only, for the banner (empty when writable).
    const QString &readOnlyReason() const { return m_readOnlyReason; }
    int schemaVersion() const { return m_version; }

    // Opens another connection to the same file for a worker thread; closed when the returned name is
    // passed to closeConnection.
    Result<QString> openWorkerConnection() const;
    static void closeConnection(const QString &name);

    // The default location: QStandardPaths::AppDataLocation/hoego.sqlite.
    static QString defaultPath();

private:
    Database() = default;
    Status openConnection(const QString &path, const Options &options);
    Status checkHealthAndVersion();
    Status configure();
    Status migrate();

    QString m_path;
    QString m_connection;
    QString m_readOnlyReason;
    bool m_readOnly = false;
    int m_version = 0;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace hoego
