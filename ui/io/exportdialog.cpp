// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "exportdialog.h"
#include "i18n/particles.h"

#include "backgroundtask.h"
#include "exportpartspanel.h"
#include "io/html/htmlexport.h"
#include "io/publicview.h"
#include "io/workerconnection.h"
#include "journal/journal.h"
#include "settings/appsettings.h"
#include "storage/databaselanguage.h"
#include "storage/repositories.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

namespace hoego {
namespace {

// Text beyond this is cut from the preview only (a whole-database JSON can be megabytes).
constexpr int kPreviewLimit = 200'000;

} // namespace

ExportDialog::ExportDialog(Journal &journal, Id yearId, QWidget *parent)
    : QDialog(parent)
    , m_connection(journal.connection())
    , m_yearId(yearId)
    , m_task(new BackgroundTask(this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export Year"));
    auto year = journal.repositories().years.get(yearId);
    m_yearNumber = year.ok() ? year->number : 0;

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("exportFormatCombo"));
    m_format->setAccessibleName(tr("Format"));
    m_format->addItem(tr("Markdown (blog post)"), int(ExportFormat::Markdown));
    m_format->addItem(tr("HTML (one web page)"), int(ExportFormat::Html));
    m_format->addItem(tr("PDF (A4)"), int(ExportFormat::Pdf));
    m_format->addItem(tr("JSON (backup)"), int(ExportFormat::Json));

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("exportLanguageCombo"));
    m_language->setAccessibleName(tr("Heading language"));
    // Each language in its own script, so it can be found whatever the interface language is.
    m_language->addItem(i18n::nativeLanguageName(i18n::Language::Korean), int(i18n::Language::Korean));
    m_language->addItem(i18n::nativeLanguageName(i18n::Language::English), int(i18n::Language::English));
    // The database's own language when it has one stored, else the interface's.
    const i18n::Language startLanguage
            = storedDatabaseLanguage(m_connection).value_or(i18n::languageForLocale(QLocale()));
    m_language->setCurrentIndex(startLanguage == i18n::Language::Korean ? 0 : 1);

    m_grouping = new QComboBox(this);
    m_grouping->setObjectName(QStringLiteral("exportGroupingCombo"));
    m_grouping->setAccessibleName(tr("Group events"));
    m_grouping->addItem(tr("By area"), int(ReportOptions::Grouping::ByArea));
    m_grouping->addItem(tr("By month"), int(ReportOptions::Grouping::ByMonth));

    // Where the Markdown goes: each platform wants its own header and takes images its own way.
    m_flavour = new QComboBox(this);
    m_flavour->setObjectName(QStringLiteral("exportFlavourCombo"));
    m_flavour->setAccessibleName(tr("Markdown for"));
    m_flavour->addItem(tr("Jekyll or Hugo post (front matter: title, date, tags)"), int(MarkdownFlavour::StaticSite));
    m_flavour->addItem(tr("Plain CommonMark"), int(MarkdownFlavour::CommonMark));
    m_flavour->addItem(tr("Velog or Tistory editor (images as links)"), int(MarkdownFlavour::BlogEditor));

    m_allYears = new QCheckBox(tr("Every year (a full backup)"), this);
    m_allYears->setObjectName(QStringLiteral("exportAllYearsCheck"));
    m_allYears->setAccessibleName(m_allYears->text());

    m_public = new QCheckBox(tr("&Public: leave out private items"), this);
    m_public->setObjectName(QStringLiteral("exportPublicCheck"));
    m_public->setAccessibleName(tr("Public: leave out private items"));
    m_public->setToolTip(tr("Leaves out the items and areas marked private, and everything in a private area. "
                            "Counts and progress are those of the public goals."));

    m_parts = new ExportPartsPanel(journal, yearId, this);
    m_parts->setLanguage(startLanguage);

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Headings:"), m_language);
    form->addRow(tr("&Events:"), m_grouping);
    form->addRow(tr("&Markdown for:"), m_flavour);
    form->addRow(QString(), m_allYears);
    form->addRow(QString(), m_public);

    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("exportPreview"));
    m_preview->setAccessibleName(tr("Preview"));
    m_preview->setOpenLinks(false);
    m_preview->setMinimumSize(440, 360);

    // Beside the preview: what the export leaves out (public) or includes although it is private (full).
    auto *leftOutPane = new QWidget(this);
    m_leftOutLabel = new QLabel(leftOutPane);
    m_leftOutLabel->setObjectName(QStringLiteral("exportLeftOutLabel"));
    m_leftOutLabel->setWordWrap(true);
    m_leftOut = new QListWidget(leftOutPane);
    m_leftOut->setObjectName(QStringLiteral("exportLeftOutList"));
    m_leftOut->setAccessibleName(tr("Private items"));
    m_leftOut->setMinimumWidth(200);
    // Long titles wrap instead of hiding the reason ("in the private area ...") past the edge.
    m_leftOut->setWordWrap(true);
    m_leftOut->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_leftOutLabel->setBuddy(m_leftOut);
    auto *leftOutLayout = new QVBoxLayout(leftOutPane);
    leftOutLayout->setContentsMargins(0, 0, 0, 0);
    leftOutLayout->addWidget(m_leftOutLabel);
    leftOutLayout->addWidget(m_leftOut, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("exportPreviewSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_preview);
    splitter->addWidget(leftOutPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setAccessibleName(tr("Export progress"));
    m_progress->setRange(0, 0);
    m_progress->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("exportStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(QStringLiteral("exportCopyButton"));
    m_copy->setToolTip(tr("Copy the Markdown, or the HTML article without its page, to paste into a blog editor"));
    connect(m_copy, &QPushButton::clicked, this, &ExportDialog::copyToClipboard);
    m_save = buttons->addButton(tr("&Save..."), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("exportSaveButton"));
    m_save->setAccessibleName(tr("Save"));
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("exportCloseButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &ExportDialog::save);

    auto *layout = new QVBoxLayout(this);
    // The parts beside the options rather than below them: the dialog keeps within a 700-pixel-high screen.
    auto *options = new QHBoxLayout;
    options->addLayout(form, 1);
    options->addWidget(m_parts, 1);
    layout->addLayout(options);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    m_chooseFile = [this](const QString &suggested) {
        return QFileDialog::getSaveFileName(this, tr("Export Year"), suggested);
    };
    for (QComboBox *combo : {m_format, m_language, m_grouping, m_flavour})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            updateControls();
            updatePreview();
        });
    for (QCheckBox *check : {m_allYears, m_public})
        connect(check, &QCheckBox::toggled, this, [this] { updatePreview(); });
    connect(m_public, &QCheckBox::toggled, this, &ExportDialog::rememberChoices);
    connect(m_parts, &ExportPartsPanel::changed, this, &ExportDialog::updatePreview);
    connect(m_parts, &ExportPartsPanel::changed, this, &ExportDialog::rememberChoices);
    // A language the user picks becomes the database's (issue 15): the command line's exports follow it too.
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        const auto language = i18n::Language(m_language->currentData().toInt());
        m_parts->setLanguage(language);
        (void)setDatabaseLanguage(m_connection, language);
    });
    connect(m_flavour, &QComboBox::currentIndexChanged, this, &ExportDialog::rememberChoices);
    // An item marked private (or public) in the window while the dialog is open shows at once. Changes come
    // in bursts (one per committed transaction): one refresh follows them.
    auto *refresh = new QTimer(this);
    refresh->setSingleShot(true);
    refresh->setInterval(0);
    connect(refresh, &QTimer::timeout, this, &ExportDialog::updatePreview);
    connect(refresh, &QTimer::timeout, m_parts, &ExportPartsPanel::refresh);
    connect(&journal, &Journal::changed, refresh, [refresh](const ChangeSet &changes) {
        if (changes.touchesYearContent())
            refresh->start();
    });
    connect(m_task, &BackgroundTask::finished, this, &ExportDialog::onFinished);
    updateControls();
    updatePreview();
}

ExportFormat ExportDialog::format() const
{
    return ExportFormat(m_format->currentData().toInt());
}

ReportOptions ExportDialog::options() const
{
    ReportOptions options;
    options.language = i18n::Language(m_language->currentData().toInt());
    options.grouping = ReportOptions::Grouping(m_grouping->currentData().toInt());
    options.flavour = MarkdownFlavour(m_flavour->currentData().toInt());
    options.publicOnly = m_public->isChecked();
    options.headings = m_parts->headings();
    return options;
}

std::optional<Id> ExportDialog::exportedYear() const
{
    if (format() == ExportFormat::Json && m_allYears->isChecked())
        return std::nullopt;
    return m_yearId;
}

void ExportDialog::updateControls()
{
    const ExportFormat current = format();
    m_flavour->setEnabled(current == ExportFormat::Markdown);
    m_copy->setEnabled(current == ExportFormat::Markdown || current == ExportFormat::Html);
    m_allYears->setEnabled(current == ExportFormat::Json);
    m_language->setEnabled(current != ExportFormat::Json);
    m_parts->setEnabled(current != ExportFormat::Json);
    m_grouping->setEnabled(current != ExportFormat::Json);
}

void ExportDialog::rememberPerDatabase(const QString &databasePath, const QString &settingsFile)
{
    m_databasePath = databasePath;
    m_settingsFile = settingsFile;
    const auto settings
            = settingsFile.isEmpty() ? std::make_unique<AppSettings>() : std::make_unique<AppSettings>(settingsFile);
    const QSignalBlocker quiet(m_public);
    m_public->setChecked(settings->exportPublic(databasePath));
    if (const auto flavour = flavourFromKey(settings->exportFlavour(databasePath))) {
        const QSignalBlocker quietFlavour(m_flavour);
        m_flavour->setCurrentIndex(m_flavour->findData(int(*flavour)));
    }
    {
        const QSignalBlocker quietParts(m_parts);
        m_parts->selectProfile(settings->exportProfile(databasePath));
    }
    updatePreview();
}

void ExportDialog::rememberChoices()
{
    if (m_databasePath.isEmpty())
        return;
    const auto settings = m_settingsFile.isEmpty() ? std::make_unique<AppSettings>()
                                                   : std::make_unique<AppSettings>(m_settingsFile);
    settings->setExportPublic(m_databasePath, m_public->isChecked());
    settings->setExportFlavour(m_databasePath, flavourKey(MarkdownFlavour(m_flavour->currentData().toInt())));
    settings->setExportProfile(m_databasePath, m_parts->profileName());
    settings->sync();
}

void ExportDialog::copyToClipboard()
{
    const ExportFormat current = format();
    auto text = exportText(m_connection, exportedYear(), current, options());
    if (!text.ok()) {
        m_status->setText(tr("Copy failed: %1").arg(text.error().message));
        return;
    }
    auto *copied = new QMimeData;
    if (current == ExportFormat::Html) {
        // Rich editors take the markup; a plain text field gets the article's text.
        const QString article = htmlArticle(QString::fromUtf8(*text));
        QTextDocument plain;
        plain.setHtml(article);
        copied->setHtml(article);
        copied->setText(plain.toPlainText());
        m_status->setText(tr("Copied the article as HTML: paste it into the blog editor."));
    } else {
        copied->setText(QString::fromUtf8(*text));
        m_status->setText(tr("Copied the Markdown: paste it into the blog editor."));
    }
    QGuiApplication::clipboard()->setMimeData(copied);
}

void ExportDialog::updateLeftOut()
{
    m_leftOut->clear();
    auto leftOut = leftOutOfPublicExport(Repositories(m_connection), exportedYear());
    if (!leftOut.ok()) {
        m_leftOutLabel->setText(leftOut.error().message);
        return;
    }
    const bool publicOnly = m_public->isChecked();
    const qsizetype count = leftOut->size();
    if (publicOnly)
        m_leftOutLabel->setText(count == 0 ? tr("Nothing is private: the public export is the whole year.")
                                           : tr("Left out of this public export (%n):", nullptr, int(count)));
    else
        m_leftOutLabel->setText(count == 0
                                        ? tr("Nothing is marked private.")
                                        : tr("Private, but included in this full export (%n):", nullptr, int(count)));
    for (const LeftOutItem &item : std::as_const(*leftOut)) {
        QString text = QStringLiteral("%1 · %2").arg(item.kind, item.title);
        if (!item.areaName.isEmpty())
            text += QLatin1Char(' ') + tr("(in the private area %1)").arg(item.areaName);
        if (item.year != 0 && item.year != m_yearNumber)
            text += QStringLiteral(" — %1").arg(item.year);
        m_leftOut->addItem(text);
    }
}

void ExportDialog::updatePreview()
{
    updateLeftOut();
    // A PDF is previewed as the same content in HTML; the page layout is the PDF's own.
    const ExportFormat current = format();
    const ExportFormat shown = current == ExportFormat::Pdf ? ExportFormat::Html : current;
    auto text = exportText(m_connection, exportedYear(), shown, options());
    if (!text.ok()) {
        m_preview->setPlainText(text.error().message);
        return;
    }
    const QString content = QString::fromUtf8(*text);
    if (shown == ExportFormat::Html)
        m_preview->setHtml(content);
    else
        m_preview->setPlainText(content.size() > kPreviewLimit ? content.left(kPreviewLimit) + QStringLiteral("\n…")
                                                               : content);
}

void ExportDialog::save()
{
    if (m_task->isRunning())
        return;
    const ExportFormat current = format();
    const QString base = exportedYear() ? QStringLiteral("hoego-%1").arg(m_yearNumber) : QStringLiteral("hoego-backup");
    const QString path = m_chooseFile(base + QLatin1Char('.') + exportFormatSuffix(current));
    if (path.isEmpty())
        return;
    m_savingTo = path;
    m_save->setEnabled(false);
    m_progress->show();
    m_status->setText(tr("Writing %1...").arg(QFileInfo(path).fileName()));
    const QString connection = m_connection;
    const std::optional<Id> year = exportedYear();
    const ReportOptions chosen = options();
    m_task->start([connection, year, current, chosen, path](BackgroundTask::Progress &) -> Status {
        WorkerConnection worker(connection);
        if (!worker.status().ok())
            return worker.status();
        return exportToFile(worker.name(), year, current, chosen, path);
    });
}

void ExportDialog::onFinished(bool ok, const QString &message)
{
    m_progress->hide();
    m_save->setEnabled(true);
    if (!ok) {
        m_status->setText(tr("Export failed: %1").arg(message));
        return;
    }
    m_status->setText(i18n::fillWords(tr("Saved %1."), QDir::toNativeSeparators(m_savingTo)));
    emit exported(m_savingTo);
}

} // namespace hoego
