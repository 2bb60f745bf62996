// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "io/exporter.h"
#include "model/ids.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTextBrowser;

namespace hoego {

class Journal;
class BackgroundTask;
class ExportPartsPanel;

// File > Export year...: choose the format and options, see the Markdown or HTML as it will be written, and
// save it. The file is written on a worker thread with its own database connection. A public export leaves out
// the private items; the list beside the preview names them, so nothing private is published by surprise. The
// heading language starts as the database's own and a change is stored as it (issue 15); the parts panel
// arranges the year's parts and picks the export profile (issue 14).
class ExportDialog final : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(Journal &journal, Id yearId, QWidget *parent = nullptr);

    // Asks where to save (a QFileDialog by default); tests answer without a modal dialog. Empty: cancelled.
    using FileChooser = std::function<QString(const QString &suggestedName)>;
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }
    // Remembers the public choice and the Markdown flavour for the database at `databasePath`, in the user's
    // settings or in `settingsFile` (tests), and starts from what was chosen last time.
    void rememberPerDatabase(const QString &databasePath, const QString &settingsFile = {});

signals:
    void exported(const QString &path);

private:
    ExportFormat format() const;
    ReportOptions options() const;
    std::optional<Id> exportedYear() const;
    void updateControls();
    void updatePreview();
    void updateLeftOut();
    void rememberChoices();
    void copyToClipboard();
    void save();
    void onFinished(bool ok, const QString &message);

    QString m_connection;
    Id m_yearId;
    int m_yearNumber = 0;
    QString m_savingTo;
    FileChooser m_chooseFile;
    QComboBox *m_format;
    QComboBox *m_language;
    QComboBox *m_grouping;
    QComboBox *m_flavour;
    QCheckBox *m_allYears;
    QCheckBox *m_public;
    ExportPartsPanel *m_parts;
    QLabel *m_leftOutLabel;
    QListWidget *m_leftOut;
    QString m_databasePath;
    QString m_settingsFile;
    QTextBrowser *m_preview;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_save;
    QPushButton *m_copy;
    BackgroundTask *m_task;
};

} // namespace hoego
