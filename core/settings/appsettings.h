// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include <QString>
#include <QStringList>
#include <Qt>

#include <memory>

class QSettings;

namespace hoego {

// Hoego's preferences, stored with QSettings (~/.config/Hoego/hoego.conf). Every getter checks what it reads,
// so a hand-edited or stale file falls back to the default instead of misbehaving.
class AppSettings
{
public:
    enum class Theme { System, Light, Dark };

    static constexpr int kDefaultBackupsToKeep = 10;
    static constexpr int kMinBackupsToKeep = 1;
    static constexpr int kMaxBackupsToKeep = 100;
    static constexpr int kMaxRecentDatabases = 8;

    // The user's settings (organisation and application names come from QCoreApplication).
    AppSettings();
    // Settings in an INI file of one's own: for tests and for --settings style overrides.
    explicit AppSettings(const QString &iniFile);
    ~AppSettings();
    AppSettings(const AppSettings &) = delete;
    AppSettings &operator=(const AppSettings &) = delete;

    // "ko", "en", or empty for the system language.
    QString language() const;
    void setLanguage(const QString &code);

    // The database opened at start-up; empty for Database::defaultPath().
    QString databasePath() const;
    void setDatabasePath(const QString &path);
    // databasePath(), or Database::defaultPath() when none was chosen.
    QString effectiveDatabasePath() const;

    int backupsToKeep() const;
    void setBackupsToKeep(int count); // clamped to [kMinBackupsToKeep, kMaxBackupsToKeep]

    Theme theme() const;
    void setTheme(Theme theme);
    static QString themeKey(Theme theme);

    // Most recent first, absolute paths, no duplicates, at most kMaxRecentDatabases.
    QStringList recentDatabases() const;
    void addRecentDatabase(const QString &path);
    void removeRecentDatabase(const QString &path);
    void clearRecentDatabases();
    // Files imported from (posts, exports, journal folders), kept the same way as the recent databases.
    QStringList recentImports() const;
    void addRecentImport(const QString &path);
    void clearRecentImports();

    // Export choices remembered per database (issue 14), keyed by the database's absolute path: whether the
    // export leaves out private items, and the Markdown flavour's key (empty when none was chosen).
    bool exportPublic(const QString &databasePath) const;
    void setExportPublic(const QString &databasePath, bool publicOnly);
    QString exportFlavour(const QString &databasePath) const;
    void setExportFlavour(const QString &databasePath, const QString &key);
    // The export profile last chosen (empty: the default headings).
    QString exportProfile(const QString &databasePath) const;
    void setExportProfile(const QString &databasePath, const QString &name);

    // Writes pending changes to disk; returns false when the file cannot be written.
    bool sync();
    QString fileName() const;

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace hoego
