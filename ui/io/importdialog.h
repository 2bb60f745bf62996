// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "io/importer.h"
#include "io/markdown/markdownimport.h"
#include "storage/yearsfootprint.h"

#include <QDialog>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QUndoStack;

namespace hoego {

class Journal;
class BackgroundTask;

// File > Import...: pick a Markdown post, a Hoego JSON export or a RedNotebook journal folder, preview what
// will be added (for Markdown, each heading with the kind it becomes, changeable), then import on a worker
// thread with its own connection and a progress bar. Nothing is written unless the whole import succeeds.
// Given an undo stack, a finished import becomes one step on it.
class ImportDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ImportDialog(Journal &journal, QUndoStack *undo = nullptr, QWidget *parent = nullptr);

    void setPath(const QString &path);
    // The file or folder to import, as typed or chosen.
    QString path() const;
    // Asks for a file (folder=false) or a journal folder; tests answer without a modal dialog.
    using PathChooser = std::function<QString(bool folder)>;
    void setPathChooser(PathChooser chooser) { m_choosePath = std::move(chooser); }

signals:
    void imported();

private:
    ImportRequest request() const;
    ImportOptions baseOptions() const;
    void preview();
    void showMarkdownParts();
    void showYearResults();
    void startImport();
    void setBusy(bool busy);
    void onFinished(bool ok, const QString &message);
    QList<int> yearsAboutToChange(const std::optional<ImportBatch> &batch) const;
    void pushUndoStep();

    QString m_connection;
    PathChooser m_choosePath;
    std::optional<MarkdownDocument> m_markdown; // the previewed post, with the kinds chosen in the table
    bool m_dryRun = false; // whether the running task is the preview's dry run
    std::shared_ptr<ImportResult> m_result;
    QUndoStack *m_undo;
    std::optional<YearsFootprint> m_before; // the touched years and shared rows as they were before the import
    QLineEdit *m_path;
    QComboBox *m_format;
    QSpinBox *m_year;
    QCheckBox *m_merge;
    QTableWidget *m_table;
    QLabel *m_years; // what each year of the previewed post gets, with the kinds as chosen
    QLabel *m_leftOut; // what reading the post dropped (page clutter, generic tags), so the user sees it
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_previewButton;
    QPushButton *m_importButton;
    QPushButton *m_cancelButton;
    BackgroundTask *m_task;
};

} // namespace hoego
