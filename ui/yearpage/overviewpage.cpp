// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "overviewpage.h"

#include "journal/journal.h"
#include "progress/goalcounts.h"
#include "progress/goalreportcard.h"
#include "storage/repositories.h"
#include "undo/yearcommands.h"

#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QScrollArea>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace hoego {
namespace {

constexpr int kNoteIdleMs = 800; // typing pauses longer than this store the note

QLabel *sectionLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

OverviewPage::OverviewPage(Journal &journal, QUndoStack *undo, QWidget *parent)
    : QWidget(parent)
    , m_repos(journal.repositories())
    , m_undo(undo)
    , m_heading(new QLabel(this))
    , m_title(new QLineEdit(this))
    , m_summary(new QLineEdit(this))
    , m_counts(new QLabel(this))
    , m_goalsText(new QLabel(this))
    , m_goalsBar(new QProgressBar(this))
    , m_report(new GoalReportCard(journal.repositories(), undo, this))
    , m_note(new QPlainTextEdit(this))
    , m_noteTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("overviewPage"));
    setAccessibleName(tr("Overview"));

    m_heading->setObjectName(QStringLiteral("overviewHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 2.2);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    // The title and summary look like text until clicked: edited in place, not in a form.
    m_title->setObjectName(QStringLiteral("yearTitleEdit"));
    m_title->setAccessibleName(tr("Title of the year"));
    m_title->setPlaceholderText(tr("Give the year a title"));
    m_title->setFrame(false);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    m_title->setFont(titleFont);
    m_summary->setObjectName(QStringLiteral("yearSummaryEdit"));
    m_summary->setAccessibleName(tr("Summary of the year in one line"));
    m_summary->setPlaceholderText(tr("The year in one line"));
    m_summary->setFrame(false);

    m_counts->setObjectName(QStringLiteral("overviewCounts"));
    m_counts->setWordWrap(true);
    m_counts->setTextFormat(Qt::PlainText);
    m_goalsText->setObjectName(QStringLiteral("overviewGoalsText"));
    m_goalsBar->setObjectName(QStringLiteral("overviewGoalsBar"));
    m_goalsBar->setAccessibleName(tr("Share of the year's goals done"));
    m_goalsBar->setTextVisible(false);
    m_goalsBar->setMaximumHeight(8);
    m_goalsBar->setMaximumWidth(360);

    m_note->setObjectName(QStringLiteral("closingNoteEdit"));
    m_note->setAccessibleName(tr("Closing note"));
    m_note->setPlaceholderText(tr("A few words to close the year: what it meant, what you take with you."));
    m_note->setTabChangesFocus(true);
    m_noteTimer->setSingleShot(true);
    m_noteTimer->setInterval(kNoteIdleMs);

    auto *content = new QWidget;
    content->setMaximumWidth(820);
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(28, 22, 28, 22);
    column->setSpacing(6);
    column->addWidget(m_heading);
    column->addWidget(m_title);
    column->addWidget(m_summary);
    column->addSpacing(14);
    column->addWidget(sectionLabel(tr("In this year"), content));
    column->addWidget(m_counts);
    column->addSpacing(10);
    column->addWidget(sectionLabel(tr("Goals"), content));
    column->addWidget(m_goalsText);
    column->addWidget(m_goalsBar);
    column->addWidget(m_report, 1);
    column->addSpacing(14);
    auto *noteLabel = sectionLabel(tr("Closing &note"), content);
    noteLabel->setBuddy(m_note);
    column->addWidget(noteLabel);
    column->addWidget(m_note, 1);
    m_heading->setParent(content);
    m_title->setParent(content);
    m_summary->setParent(content);
    m_counts->setParent(content);
    m_goalsText->setParent(content);
    m_goalsBar->setParent(content);
    m_report->setParent(content);
    m_report->setHeadingVisible(false);
    m_report->setFitToContents(true);
    m_note->setParent(content);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // A readable column: it grows with the window up to a comfortable line length, centred.
    layout->addStretch(1);
    layout->addWidget(content, 6);
    layout->addStretch(1);
    content->setMinimumWidth(420);
    content->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);

    connect(m_title, &QLineEdit::editingFinished, this, &OverviewPage::commitTitle);
    connect(m_summary, &QLineEdit::editingFinished, this, &OverviewPage::commitSummary);
    connect(m_note, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            m_noteTimer->start();
    });
    connect(m_noteTimer, &QTimer::timeout, this, &OverviewPage::commitNote);
    connect(m_report, &GoalReportCard::goalActivated, this, &OverviewPage::goalActivated);
    m_note->installEventFilter(this);
    setEnabled(false);
}

void OverviewPage::setYear(Id yearId)
{
    saveNow();
    m_yearId = yearId;
    setEnabled(yearId > 0);
    // A new year: its text replaces whatever the fields held.
    m_loading = true;
    m_title->clear();
    m_summary->clear();
    m_note->clear();
    m_loading = false;
    reload();
}

void OverviewPage::setReadOnly(bool readOnly)
{
    m_title->setReadOnly(readOnly);
    m_summary->setReadOnly(readOnly);
    m_note->setReadOnly(readOnly);
    m_report->setReadOnly(readOnly);
}

void OverviewPage::reload()
{
    if (m_yearId <= 0)
        return;
    auto overview = m_repos.years.overview(m_yearId);
    if (!overview.ok())
        return; // the year was just removed; the window moves on
    m_overview = *overview;
    const Year &year = m_overview.year;
    m_loading = true;
    m_heading->setText(QString::number(year.number));
    if (!m_title->hasFocus() || !m_title->isModified())
        m_title->setText(year.title);
    if (!m_summary->hasFocus() || !m_summary->isModified())
        m_summary->setText(year.summary);
    if (!m_noteTimer->isActive() && m_note->toPlainText() != year.closingNote) {
        const int position = m_note->textCursor().position();
        m_note->setPlainText(year.closingNote);
        QTextCursor cursor = m_note->textCursor();
        cursor.setPosition(std::min(position, int(year.closingNote.size())));
        m_note->setTextCursor(cursor);
    }
    m_loading = false;

    const QString separator = QStringLiteral("   ·   ");
    m_counts->setText(tr("%n event(s)", "", m_overview.eventCount) + separator
                      + tr("%n section(s)", "", m_overview.sectionCount) + separator
                      + tr("%n lesson(s)", "", m_overview.lessonCount) + separator
                      + tr("%n unfinished", "", m_overview.unfinishedCount) + separator
                      + tr("%n goal(s)", "", m_overview.goalCount));
    m_report->setYear(m_yearId);
    if (m_overview.goalCount == 0) {
        m_goalsText->setText(tr("No goals set for %1 yet.").arg(year.number));
        m_goalsBar->setRange(0, 1);
        m_goalsBar->setValue(0);
    } else {
        // From the goals the card read: the overview query does not tell goals under way from open ones.
        const progress::GoalCounts &counts = m_report->counts();
        m_goalsText->setText(progress::CountsText::line(counts));
        m_goalsBar->setRange(0, std::max(1, counts.total()));
        m_goalsBar->setValue(counts.done);
    }
    m_goalsBar->setAccessibleDescription(m_goalsText->text());
    m_report->setVisible(m_overview.goalCount > 0); // the line above already says there are none
}

void OverviewPage::commitTitle()
{
    if (m_yearId <= 0 || m_title->isReadOnly() || m_title->text() == m_overview.year.title)
        return;
    const Status stored = pushStored(
            m_undo, editYearField(m_repos.years, m_yearId, YearField::Title, m_overview.year.title, m_title->text()));
    m_title->setModified(false);
    if (!stored.ok())
        m_title->setText(m_overview.year.title); // refused: show what is stored (the message says why)
    emit changed();
}

void OverviewPage::commitSummary()
{
    if (m_yearId <= 0 || m_summary->isReadOnly() || m_summary->text() == m_overview.year.summary)
        return;
    const Status stored = pushStored(
            m_undo,
            editYearField(m_repos.years, m_yearId, YearField::Summary, m_overview.year.summary, m_summary->text()));
    m_summary->setModified(false);
    if (!stored.ok())
        m_summary->setText(m_overview.year.summary);
    emit changed();
}

void OverviewPage::commitNote()
{
    m_noteTimer->stop();
    const QString text = m_note->toPlainText();
    if (m_yearId <= 0 || m_note->isReadOnly() || text == m_overview.year.closingNote)
        return;
    (void)pushStored(m_undo,
                     editYearField(m_repos.years, m_yearId, YearField::ClosingNote, m_overview.year.closingNote, text));
    emit changed();
}

void OverviewPage::saveNow()
{
    if (m_noteTimer->isActive())
        commitNote();
}

bool OverviewPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_note && event->type() == QEvent::FocusOut)
        saveNow();
    return QWidget::eventFilter(watched, event);
}

} // namespace hoego
