// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "appsettings.h"

#include "storage/server/serverlocation.h"

#include "storage/database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>

#include <algorithm>

namespace hoego {
namespace {

const QString kLanguage = QStringLiteral("interface/language");
const QString kTheme = QStringLiteral("interface/theme");
const QString kDatabasePath = QStringLiteral("database/path");
const QString kBackupsToKeep = QStringLiteral("database/backupsToKeep");
const QString kRecentDatabases = QStringLiteral("database/recent");
const QString kRecentImports = QStringLiteral("import/recent");

QString normalizedPath(const QString &path)
{
    if (ServerLocation::isServerAddress(path))
        return path.trimmed(); // a server's address, kept as given (Database::path() has no password in it)
    return path.isEmpty() ? QString() : QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

// Most recent first, absolute paths, no duplicates, at most kMaxRecentDatabases.
QStringList recentPaths(const QSettings &settings, const QString &key)
{
    QStringList paths;
    for (const QString &path : settings.value(key).toStringList()) {
        const QString normalized = normalizedPath(path);
        if (!normalized.isEmpty() && !paths.contains(normalized))
            paths << normalized;
    }
    return paths.mid(0, AppSettings::kMaxRecentDatabases);
}

void addRecentPath(QSettings &settings, const QString &key, const QString &path)
{
    const QString normalized = normalizedPath(path);
    if (normalized.isEmpty())
        return;
    QStringList paths = recentPaths(settings, key);
    paths.removeAll(normalized);
    paths.prepend(normalized);
    settings.setValue(key, paths.mid(0, AppSettings::kMaxRecentDatabases));
}

// A database's own group of keys: a hash of its path, since a path's slashes would nest groups.
QString databaseKey(const QString &databasePath, const char *name)
{
    const QByteArray hash
            = QCryptographicHash::hash(normalizedPath(databasePath).toUtf8(), QCryptographicHash::Sha1).toHex();
    return QStringLiteral("exportByDatabase/%1/%2").arg(QString::fromLatin1(hash.left(16)), QLatin1String(name));
}

} // namespace

AppSettings::AppSettings()
    : m_settings(std::make_unique<QSettings>())
{ }

AppSettings::AppSettings(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{ }

AppSettings::~AppSettings() = default;

QString AppSettings::language() const
{
    const QString code = m_settings->value(kLanguage).toString();
    return code == QLatin1String("ko") || code == QLatin1String("en") ? code : QString();
}

void AppSettings::setLanguage(const QString &code)
{
    if (code == QLatin1String("ko") || code == QLatin1String("en"))
        m_settings->setValue(kLanguage, code);
    else
        m_settings->remove(kLanguage);
}

QString AppSettings::databasePath() const
{
    return m_settings->value(kDatabasePath).toString();
}

void AppSettings::setDatabasePath(const QString &path)
{
    if (path.isEmpty())
        m_settings->remove(kDatabasePath);
    else
        m_settings->setValue(kDatabasePath, normalizedPath(path));
}

QString AppSettings::effectiveDatabasePath() const
{
    const QString chosen = databasePath();
    return chosen.isEmpty() ? Database::defaultPath() : chosen;
}

int AppSettings::backupsToKeep() const
{
    bool ok = false;
    const int count = m_settings->value(kBackupsToKeep, kDefaultBackupsToKeep).toInt(&ok);
    return ok ? std::clamp(count, kMinBackupsToKeep, kMaxBackupsToKeep) : kDefaultBackupsToKeep;
}

void AppSettings::setBackupsToKeep(int count)
{
    m_settings->setValue(kBackupsToKeep, std::clamp(count, kMinBackupsToKeep, kMaxBackupsToKeep));
}

QString AppSettings::themeKey(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}

AppSettings::Theme AppSettings::theme() const
{
    const QString key = m_settings->value(kTheme).toString();
    for (Theme theme : {Theme::Light, Theme::Dark}) {
        if (key == themeKey(theme))
            return theme;
    }
    return Theme::System;
}

void AppSettings::setTheme(Theme theme)
{
    m_settings->setValue(kTheme, themeKey(theme));
}

QStringList AppSettings::recentDatabases() const
{
    return recentPaths(*m_settings, kRecentDatabases);
}

void AppSettings::addRecentDatabase(const QString &path)
{
    addRecentPath(*m_settings, kRecentDatabases, path);
}

void AppSettings::removeRecentDatabase(const QString &path)
{
    QStringList paths = recentDatabases();
    paths.removeAll(normalizedPath(path));
    m_settings->setValue(kRecentDatabases, paths);
}

void AppSettings::clearRecentDatabases()
{
    m_settings->remove(kRecentDatabases);
}

QStringList AppSettings::recentImports() const
{
    return recentPaths(*m_settings, kRecentImports);
}

void AppSettings::addRecentImport(const QString &path)
{
    addRecentPath(*m_settings, kRecentImports, path);
}

void AppSettings::clearRecentImports()
{
    m_settings->remove(kRecentImports);
}

bool AppSettings::exportPublic(const QString &databasePath) const
{
    return m_settings->value(databaseKey(databasePath, "public")).toString() == QLatin1String("true");
}

void AppSettings::setExportPublic(const QString &databasePath, bool publicOnly)
{
    m_settings->setValue(databaseKey(databasePath, "public"),
                         publicOnly ? QStringLiteral("true") : QStringLiteral("false"));
}

QString AppSettings::exportFlavour(const QString &databasePath) const
{
    return m_settings->value(databaseKey(databasePath, "flavour")).toString();
}

void AppSettings::setExportFlavour(const QString &databasePath, const QString &key)
{
    m_settings->setValue(databaseKey(databasePath, "flavour"), key);
}

QString AppSettings::exportProfile(const QString &databasePath) const
{
    return m_settings->value(databaseKey(databasePath, "profile")).toString();
}

void AppSettings::setExportProfile(const QString &databasePath, const QString &name)
{
    m_settings->setValue(databaseKey(databasePath, "profile"), name);
}

bool AppSettings::sync()
{
    m_settings->sync();
    return m_settings->status() == QSettings::NoError;
}

QString AppSettings::fileName() const
{
    return m_settings->fileName();
}

} // namespace hoego
