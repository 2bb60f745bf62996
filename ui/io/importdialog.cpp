// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "importdialog.h"
#include "i18n/particles.h"

#include "importyears.h"

#include "areas/startingareas.h"
#include "backgroundtask.h"
#include "io/workerconnection.h"
#include "journal/journal.h"
#include "storage/repositories.h"
#include "undo/importcommand.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace hoego {
namespace {

using Kind = MarkdownPart::Kind;

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::Section:
        return ImportDialog::tr("Section (text)");
    case Kind::Events:
        return ImportDialog::tr("Events");
    case Kind::TechEvents:
        return ImportDialog::tr("Events in Tech");
    case Kind::Lessons:
        return ImportDialog::tr("Lessons");
    case Kind::Unfinished:
        return ImportDialog::tr("Unfinished items");
    case Kind::Goals:
        return ImportDialog::tr("Goals");
    case Kind::Themes:
        return ImportDialog::tr("Themes (radar)");
    case Kind::Questions:
        return ImportDialog::tr("Questions and answers");
    case Kind::Summary:
        return ImportDialog::tr("One-line summary");
    case Kind::ClosingNote:
        return ImportDialog::tr("Closing note");
    case Kind::Skip:
        return ImportDialog::tr("Leave out");
    case Kind::Outputs:
        return ImportDialog::tr("Outputs (what I made)");
    }
    return {};
}

constexpr Kind kKinds[]
        = {Kind::Section,    Kind::Events, Kind::TechEvents,  Kind::Themes,  Kind::Questions, Kind::Lessons,
           Kind::Unfinished, Kind::Goals,  Kind::ClosingNote, Kind::Summary, Kind::Outputs,   Kind::Skip};
// The year a Goals entry of a part's kind list gives its goals to.
constexpr int kGoalYearRole = Qt::UserRole + 1;

} // namespace

ImportDialog::ImportDialog(Journal &journal, QUndoStack *undo, QWidget *parent)
    : QDialog(parent)
    , m_connection(journal.connection())
    , m_result(std::make_shared<ImportResult>())
    , m_undo(undo)
    , m_task(new BackgroundTask(this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import"));

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("importPathEdit"));
    m_path->setAccessibleName(tr("File or folder to import"));
    m_path->setPlaceholderText(tr("A Markdown post, a Hoego JSON file or a RedNotebook journal folder"));
    auto *fileButton = new QPushButton(tr("&File..."), this);
    fileButton->setObjectName(QStringLiteral("importChooseFileButton"));
    auto *folderButton = new QPushButton(tr("F&older..."), this);
    folderButton->setObjectName(QStringLiteral("importChooseFolderButton"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(fileButton);
    pathRow->addWidget(folderButton);

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("importFormatCombo"));
    m_format->setAccessibleName(tr("Format"));
    m_format->addItem(tr("Automatic"), -1);
    m_format->addItem(tr("Markdown retrospective"), int(ImportFormat::Markdown));
    m_format->addItem(tr("Hoego JSON"), int(ImportFormat::Json));
    m_format->addItem(tr("RedNotebook journal"), int(ImportFormat::RedNotebook));

    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("importYearSpin"));
    m_year->setAccessibleName(tr("Year of the post"));
    m_year->setRange(kMinYear - 1, kMaxYear);
    m_year->setSpecialValueText(tr("From the title"));
    m_year->setValue(kMinYear - 1);

    m_merge = new QCheckBox(tr("Add to years that already exist"), this);
    m_merge->setObjectName(QStringLiteral("importMergeCheck"));
    m_merge->setAccessibleName(m_merge->text());

    auto *form = new QFormLayout;
    form->addRow(tr("&Import:"), pathRow);
    // A row holding a layout gets no buddy of its own: without one the label shows its "&" as text.
    static_cast<QLabel *>(form->labelForField(pathRow))->setBuddy(m_path);
    form->addRow(tr("F&ormat:"), m_format);
    form->addRow(tr("&Year:"), m_year);
    form->addRow(QString(), m_merge);

    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("importPreviewTable"));
    m_table->setAccessibleName(tr("What will be added"));
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setMinimumSize(520, 260);

    m_years = new QLabel(this);
    m_years->setObjectName(QStringLiteral("importYearsLabel"));
    m_years->setAccessibleName(tr("What each year gets"));
    m_years->setWordWrap(true);
    m_years->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_years->hide();
    m_leftOut = new QLabel(this);
    m_leftOut->setObjectName(QStringLiteral("importLeftOutLabel"));
    m_leftOut->setAccessibleName(tr("Left out of the import"));
    m_leftOut->setWordWrap(true);
    m_leftOut->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_leftOut->hide();

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setAccessibleName(tr("Import progress"));
    m_progress->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("importStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_previewButton = buttons->addButton(tr("&Preview"), QDialogButtonBox::ActionRole);
    m_previewButton->setObjectName(QStringLiteral("importPreviewButton"));
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setEnabled(false);
    m_cancelButton = buttons->addButton(tr("&Stop"), QDialogButtonBox::ActionRole);
    m_cancelButton->setObjectName(QStringLiteral("importCancelButton"));
    m_cancelButton->hide();
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("importCloseButton"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_years);
    layout->addWidget(m_leftOut);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    m_choosePath = [this](bool folder) {
        return folder
                ? QFileDialog::getExistingDirectory(this, tr("RedNotebook Journal Folder"))
                : QFileDialog::getOpenFileName(this, tr("Import"), QString(),
                                               tr("Retrospectives (*.md *.markdown *.txt *.json);;All files (*)"));
    };
    connect(fileButton, &QPushButton::clicked, this, [this] {
        if (const QString path = m_choosePath(false); !path.isEmpty())
            setPath(path);
    });
    connect(folderButton, &QPushButton::clicked, this, [this] {
        if (const QString path = m_choosePath(true); !path.isEmpty())
            setPath(path);
    });
    // Any change to what would be read invalidates the preview.
    connect(m_path, &QLineEdit::textChanged, this, [this] { m_importButton->setEnabled(false); });
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] { m_importButton->setEnabled(false); });
    connect(m_year, &QSpinBox::valueChanged, this, [this] { m_importButton->setEnabled(false); });
    connect(m_merge, &QCheckBox::toggled, this, [this] { m_importButton->setEnabled(false); });
    connect(m_previewButton, &QPushButton::clicked, this, &ImportDialog::preview);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_cancelButton, &QPushButton::clicked, m_task, &BackgroundTask::cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_task, &BackgroundTask::progressed, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, total > 0 ? 1000 : 0);
        if (total > 0)
            m_progress->setValue(int(done * 1000 / total));
    });
    connect(m_task, &BackgroundTask::finished, this, &ImportDialog::onFinished);
}

void ImportDialog::setPath(const QString &path)
{
    m_path->setText(path);
    preview();
}

QString ImportDialog::path() const
{
    return m_path->text().trimmed();
}

ImportRequest ImportDialog::request() const
{
    ImportRequest request;
    request.path = m_path->text().trimmed();
    const int format = m_format->currentData().toInt();
    request.format = format < 0 ? guessImportFormat(request.path) : ImportFormat(format);
    request.year = m_year->value() < kMinYear ? 0 : m_year->value();
    return request;
}

ImportOptions ImportDialog::baseOptions() const
{
    ImportOptions options;
    options.mergeIntoExisting = m_merge->isChecked();
    options.areaAliases = translatedStartingAreaNames();
    return options;
}

void ImportDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_cancelButton->setVisible(busy);
    m_previewButton->setEnabled(!busy);
    m_importButton->setEnabled(false);
    m_path->setEnabled(!busy);
    m_format->setEnabled(!busy);
    m_year->setEnabled(!busy);
    m_merge->setEnabled(!busy);
    m_table->setEnabled(!busy);
}

void ImportDialog::preview()
{
    if (m_task->isRunning() || m_path->text().trimmed().isEmpty())
        return;
    m_markdown.reset();
    m_table->setRowCount(0);
    showYearResults();
    const ImportRequest chosen = request();
    if (chosen.format == ImportFormat::Markdown) {
        // A post is small: it is read here, so each heading's kind can be shown and changed at once.
        auto document = readMarkdownDocument(chosen.path, chosen.year);
        if (!document.ok()) {
            m_status->setText(document.error().message);
            return;
        }
        m_markdown = std::move(document).value();
        showMarkdownParts();
        m_status->setText(tr("The year %1: choose what each heading becomes, then import.").arg(m_markdown->year));
        m_importButton->setEnabled(true);
        return;
    }
    // A JSON file or a journal gets a dry run on the worker: the full import with every check, rolled back.
    m_dryRun = true;
    setBusy(true);
    m_status->setText(tr("Reading %1...").arg(chosen.path));
    const QString connection = m_connection;
    const ImportOptions options = baseOptions();
    auto result = m_result;
    m_task->start([connection, chosen, options, result](BackgroundTask::Progress &progress) -> Status {
        WorkerConnection worker(connection);
        if (!worker.status().ok())
            return worker.status();
        ImportOptions dry = options;
        dry.dryRun = true;
        dry.progress = [&progress](qint64 done, qint64 total) {
            progress.done = done;
            progress.total = total;
            return !progress.cancelled;
        };
        auto imported = importFile(worker.name(), chosen, dry);
        if (!imported.ok())
            return imported.error();
        *result = *imported;
        return {};
    });
}

void ImportDialog::showMarkdownParts()
{
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Heading"), tr("Becomes"), tr("Gives")});
    m_table->setRowCount(int(m_markdown->parts.size()));
    const QStringList areas = areaNames(m_connection);
    for (int row = 0; row < m_markdown->parts.size(); ++row) {
        const MarkdownPart &part = m_markdown->parts[row];
        // Sub-parts are indented under the part they were found in; goals say the year they go to.
        const auto headingText = [this](const MarkdownPart &shown) {
            QString heading
                    = QString(qMax(0, shown.level - m_markdown->partLevel) * 4, QLatin1Char(' ')) + shown.heading;
            if (shown.kind == Kind::Goals)
                heading += QStringLiteral(" → %1").arg(shown.goalYear);
            return heading;
        };
        auto *item = new QTableWidgetItem(headingText(part));
        item->setToolTip(tr("Line %1").arg(part.line));
        m_table->setItem(row, 0, item);
        auto *combo = new QComboBox(m_table);
        combo->setObjectName(QStringLiteral("importKindCombo_%1").arg(row));
        combo->setAccessibleName(i18n::fillWords(tr("What \"%1\" becomes"), part.heading));
        // Goals are offered for the post's year (a look back at its goals) and the next (the plans), and for
        // the year a heading names when it is another.
        QList<int> goalYears{m_markdown->year, m_markdown->year + 1};
        if (part.kind == Kind::Goals && !goalYears.contains(part.goalYear))
            goalYears << part.goalYear;
        for (Kind kind : kKinds) {
            if (kind != Kind::Goals) {
                combo->addItem(kindName(kind), int(kind));
                continue;
            }
            for (const int year : std::as_const(goalYears)) {
                combo->addItem(QStringLiteral("%1 · %2").arg(kindName(kind)).arg(year), int(kind));
                combo->setItemData(combo->count() - 1, year, kGoalYearRole);
            }
        }
        int current = combo->findData(int(part.kind));
        if (part.kind == Kind::Goals)
            current += int(goalYears.indexOf(part.goalYear));
        combo->setCurrentIndex(current);
        // What the part gives, so a wrong kind shows before the import ("nothing" under a list of lessons).
        auto *gives = new QTableWidgetItem(partResult(markdownPartBatch(*m_markdown, row, areas)));
        m_table->setItem(row, 2, gives);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, row, combo, item, gives, areas, headingText] {
            if (m_markdown && row < m_markdown->parts.size()) {
                MarkdownPart &changed = m_markdown->parts[row];
                changed.kind = Kind(combo->currentData().toInt());
                if (changed.kind == Kind::Goals)
                    changed.goalYear = combo->currentData(kGoalYearRole).toInt();
                item->setText(headingText(changed));
                gives->setText(partResult(markdownPartBatch(*m_markdown, row, areas)));
            }
            showYearResults();
        });
        m_table->setCellWidget(row, 1, combo);
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(1);
    showYearResults();
}

void ImportDialog::showYearResults()
{
    if (!m_markdown) {
        m_years->hide();
        m_leftOut->hide();
        return;
    }
    m_leftOut->setText(tr("Left out: %1").arg(m_markdown->leftOut.join(QStringLiteral(" · "))));
    m_leftOut->setVisible(!m_markdown->leftOut.isEmpty());
    // The batch the import would write, built again for every change of a kind: a post is small.
    const QStringList years = yearResults(markdownBatch(*m_markdown, areaNames(m_connection)));
    m_years->setText(tr("What each year gets:") + QLatin1Char('\n') + years.join(QLatin1Char('\n')));
    m_years->show();
}

void ImportDialog::startImport()
{
    if (m_task->isRunning())
        return;
    m_dryRun = false;
    const QString connection = m_connection;
    ImportOptions options = baseOptions();
    auto result = m_result;
    std::optional<ImportBatch> batch;
    if (m_markdown)
        batch = markdownBatch(*m_markdown, areaNames(m_connection));
    const ImportRequest chosen = request();
    m_before.reset();
    if (m_undo) {
        auto before = readYearsFootprint(Repositories(m_connection), yearsAboutToChange(batch));
        if (!before.ok()) {
            m_status->setText(tr("Nothing was imported: %1").arg(before.error().message));
            return;
        }
        m_before = before.value();
    }
    setBusy(true);
    m_status->setText(tr("Importing..."));
    m_task->start([connection, chosen, options, batch, result](BackgroundTask::Progress &progress) -> Status {
        WorkerConnection worker(connection);
        if (!worker.status().ok())
            return worker.status();
        ImportOptions withProgress = options;
        withProgress.progress = [&progress](qint64 done, qint64 total) {
            progress.done = done;
            progress.total = total;
            return !progress.cancelled;
        };
        auto imported = batch ? writeImportBatch(worker.name(), *batch, withProgress)
                              : importFile(worker.name(), chosen, withProgress);
        if (!imported.ok())
            return imported.error();
        *result = *imported;
        return {};
    });
}

void ImportDialog::onFinished(bool ok, const QString &message)
{
    setBusy(false);
    if (!ok) {
        m_status->setText(m_dryRun ? message : tr("Nothing was imported: %1").arg(message));
        return;
    }
    const QStringList counts = m_result->countLines();
    if (m_dryRun) {
        m_table->setColumnCount(2);
        m_table->setHorizontalHeaderLabels({tr("Kind"), tr("Count")});
        m_table->setRowCount(int(counts.size()));
        for (int row = 0; row < counts.size(); ++row) {
            const QString label = counts[row].section(QStringLiteral(": "), 0, 0);
            const QString count = counts[row].section(QStringLiteral(": "), 1);
            m_table->setItem(row, 0, new QTableWidgetItem(label));
            m_table->setItem(row, 1, new QTableWidgetItem(count));
        }
        m_status->setText(tr("Ready to import. Nothing has been written yet."));
        m_importButton->setEnabled(m_result->itemCount() > 0 || !m_result->yearsCreated.isEmpty());
        return;
    }
    m_status->setText(tr("Imported: %1").arg(counts.join(QStringLiteral(", "))));
    m_markdown.reset();
    showYearResults();
    pushUndoStep();
    emit imported();
}

QList<int> ImportDialog::yearsAboutToChange(const std::optional<ImportBatch> &batch) const
{
    QList<int> years;
    if (batch) {
        for (const YearData &year : batch->years)
            years << year.year.number;
    } else {
        // The preview's dry run of this file found them.
        years << m_result->yearsCreated << m_result->yearsMerged;
    }
    return years;
}

void ImportDialog::pushUndoStep()
{
    if (!m_undo)
        return;
    std::optional<YearsFootprint> before = std::exchange(m_before, std::nullopt);
    QList<int> touched = before ? before->yearNumbers : QList<int>{};
    for (int year : m_result->yearsCreated + m_result->yearsMerged) {
        if (!touched.contains(year))
            touched << year;
    }
    const auto snapshotted = [&](int year) {
        return std::any_of(before->years.cbegin(), before->years.cend(),
                           [year](const YearSnapshot &snapshot) { return snapshot.year.number == year; });
    };
    // A year the import added to must have been read before, or undo could not give it back: then the import
    // is not undoable, and the steps below it no longer match what is stored.
    const bool complete
            = before && std::all_of(m_result->yearsMerged.cbegin(), m_result->yearsMerged.cend(), snapshotted);
    if (!complete) {
        m_undo->clear();
        return;
    }
    const auto after = readYearsFootprint(Repositories(m_connection), touched);
    if (!after.ok()) {
        m_undo->clear();
        return;
    }
    before->yearNumbers = touched;
    m_undo->push(new ImportCommand(m_connection, *before, after.value(), path()));
}

} // namespace hoego
