// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "settings/appsettings.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace hoego {

// Edit > Preferences: language, where the database lives, backups to keep, and theme.
// Saved to AppSettings on OK. The theme previews at once and is put back on Cancel; the language applies
// after a restart (the dialog says so). Opening, creating or moving the database is done by whoever owns
// the database (databaseActionRequested); the dialog saves and closes first, since the window it belongs to
// is replaced.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class DatabaseAction { Open, New, Move, Server }; // Server: asks for an address itself, no file
    Q_ENUM(DatabaseAction)

    // Asks for a file for the action; returns an empty string when the user cancels. The default shows a
    // QFileDialog; tests pass their own so nothing blocks.
    using FileChooser = std::function<QString(DatabaseAction action, const QString &currentPath)>;

    PreferencesDialog(AppSettings &settings, const QString &databasePath, QWidget *parent = nullptr);

    void setFileChooser(FileChooser chooser);

    void accept() override;
    void reject() override;

signals:
    void databaseActionRequested(hoego::PreferencesDialog::DatabaseAction action, const QString &path);
    void settingsSaved();

private:
    QWidget *createLanguageGroup();
    QWidget *createDatabaseGroup();
    QWidget *createAppearanceGroup();
    void loadValues();
    void chooseDatabase(DatabaseAction action);
    void previewTheme();
    AppSettings::Theme chosenTheme() const;
    static QString defaultChooseFile(QWidget *parent, DatabaseAction action, const QString &currentPath);

    AppSettings &m_settings;
    QString m_databasePath;
    AppSettings::Theme m_themeAtOpen;
    FileChooser m_chooseFile;
    QComboBox *m_language = nullptr;
    QLabel *m_languageNote = nullptr;
    QLineEdit *m_databaseEdit = nullptr;
    QSpinBox *m_backups = nullptr;
    QComboBox *m_theme = nullptr;
};

} // namespace hoego
