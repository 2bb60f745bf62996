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
class QProgressBar;
class QPushButton;
class QTextBrowser;

namespace hoego {

class BackgroundTask;

// File > Export year...: choose the format and options, see the Markdown or HTML as it will be written, and
// save it. The file is written on a worker thread with its own database connection.
class ExportDialog final : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(const QString &connection, Id yearId, QWidget *parent = nullptr);

    // Asks where to save (a QFileDialog by default); tests answer without a modal dialog. Empty: cancelled.
    using FileChooser = std::function<QString(const QString &suggestedName)>;
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }

signals:
    void exported(const QString &path);

private:
    ExportFormat format() const;
    ReportOptions options() const;
    std::optional<Id> exportedYear() const;
    void updateControls();
    void updatePreview();
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
    QCheckBox *m_frontMatter;
    QCheckBox *m_allYears;
    QTextBrowser *m_preview;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_save;
    BackgroundTask *m_task;
};

} // namespace hoego
