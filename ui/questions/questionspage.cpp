// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "questionspage.h"

#include "questioncommands.h"

#include "common/lockglyph.h"
#include "common/markdownview.h"
#include "common/privatetoggle.h"
#include "journal/journal.h"
#include "model/builtinquestions.h"
#include "storage/repositories.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace hoego {
namespace {

constexpr int kSaveDelayMs = 700;
constexpr int kAnswerIdRole = Qt::UserRole + 1;
constexpr int kPrivateRole = Qt::UserRole + 2; // the answer is left out of a public export (issue 14)

// A read-only Markdown pane beside the editor.
QTextBrowser *markdownPane(QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    auto *pane = new QTextBrowser(parent);
    pane->setObjectName(objectName);
    pane->setAccessibleName(accessibleName);
    pane->setOpenExternalLinks(true);
    return pane;
}

} // namespace

QuestionsPage::QuestionsPage(Journal &journal, QUndoStack *undo, QWidget *parent)
    : QWidget(parent)
    , m_repos(journal.repositories())
    , m_undo(undo)
    , m_list(new QListWidget(this))
    , m_newQuestion(new QLineEdit(this))
    , m_add(new QPushButton(tr("&Ask"), this))
    , m_builtins(new QToolButton(this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_title(new QLabel(this))
    , m_answer(new QPlainTextEdit(this))
    , m_previousLabel(new QLabel(this))
    , m_previous(markdownPane(this, QStringLiteral("previousAnswerView"), tr("Last time's answer")))
    , m_history(markdownPane(this, QStringLiteral("answerHistoryView"), tr("Answers over the years")))
    , m_error(new QLabel(this))
    , m_saveTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("questionsPage"));
    setAccessibleName(tr("Questions"));
    m_list->setObjectName(QStringLiteral("yearQuestionsView"));
    m_list->setAccessibleName(tr("This year's questions"));
    m_list->setWordWrap(true);
    m_newQuestion->setObjectName(QStringLiteral("newQuestionField"));
    m_newQuestion->setPlaceholderText(tr("A question to ask yourself (e.g. What should I learn?)"));
    m_newQuestion->setAccessibleName(tr("New question"));
    m_add->setObjectName(QStringLiteral("askQuestionButton"));
    m_builtins->setObjectName(QStringLiteral("builtinQuestionsButton"));
    m_builtins->setText(tr("Suggested Questions"));
    m_builtins->setPopupMode(QToolButton::InstantPopup);
    m_builtins->setMenu(new QMenu(m_builtins));
    m_remove->setObjectName(QStringLiteral("removeQuestionButton"));
    m_remove->setToolTip(tr("Take the selected question out of this year; its other years' answers stay"));
    m_title->setObjectName(QStringLiteral("questionTitle"));
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_answer->setObjectName(QStringLiteral("answerEditor"));
    m_answer->setAccessibleName(tr("This year's answer"));
    m_answer->setPlaceholderText(tr("Your answer this year (Markdown)"));
    m_previousLabel->setObjectName(QStringLiteral("previousAnswerLabel"));
    m_error->setObjectName(QStringLiteral("questionsError"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(kSaveDelayMs);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *askRow = new QHBoxLayout;
    askRow->addWidget(m_newQuestion, 1);
    askRow->addWidget(m_add);
    leftLayout->addLayout(askRow);
    leftLayout->addWidget(m_list, 1);
    m_private = new PrivateToggle(m_list, m_undo, m_repos.years.connection(), [this] { return m_yearId; },
                                  {PrivateKind::Answer, kAnswerIdRole, kPrivateRole,
                                   QStringLiteral("answerPrivateAction"),
                                   tr("Leave the answer out of public exports (Ctrl+Shift+P)")});
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *privateButton = new QToolButton(this);
    privateButton->setObjectName(QStringLiteral("privateAnswerButton"));
    privateButton->setDefaultAction(m_private->action());
    privateButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_builtins);
    buttons->addWidget(privateButton);
    buttons->addStretch(1);
    buttons->addWidget(m_remove);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(m_error);

    auto *thisYear = new QWidget(this);
    auto *thisYearLayout = new QVBoxLayout(thisYear);
    thisYearLayout->setContentsMargins(0, 0, 0, 0);
    thisYearLayout->addWidget(m_answer);
    auto *lastTime = new QWidget(this);
    auto *lastTimeLayout = new QVBoxLayout(lastTime);
    lastTimeLayout->setContentsMargins(0, 0, 0, 0);
    lastTimeLayout->addWidget(m_previousLabel);
    lastTimeLayout->addWidget(m_previous);
    auto *beside = new QSplitter(Qt::Horizontal, this);
    beside->addWidget(thisYear);
    beside->addWidget(lastTime);
    beside->setChildrenCollapsible(false);
    auto *historyLabel = new QLabel(tr("Every year's answer"), this);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_title);
    rightLayout->addWidget(beside, 3);
    rightLayout->addWidget(historyLabel);
    rightLayout->addWidget(m_history, 2);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_add, &QPushButton::clicked, this, [this] { addQuestion(m_newQuestion->text()); });
    connect(m_newQuestion, &QLineEdit::returnPressed, this, [this] { addQuestion(m_newQuestion->text()); });
    connect(m_remove, &QPushButton::clicked, this, &QuestionsPage::removeSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        saveNow();
        showSelected();
    });
    connect(m_answer, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            m_saveTimer->start();
    });
    connect(m_saveTimer, &QTimer::timeout, this, &QuestionsPage::saveNow);
    showSelected();
}

void QuestionsPage::setYear(Id yearId)
{
    saveNow();
    m_yearId = yearId;
    m_list->clear(); // a new year's first question is selected, not the row of the last one
    reload();
}

void QuestionsPage::reload()
{
    auto year = m_repos.years.get(m_yearId);
    auto questions = m_repos.questions.forYear(m_yearId);
    if (!year.ok() || !questions.ok()) {
        showError((!year.ok() ? year.error() : questions.error()).message);
        return;
    }
    m_yearNumber = year->number;
    m_questions = *questions;
    const Id keep = selectedAnswer();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const YearQuestion &question : std::as_const(m_questions)) {
        auto *item = new QListWidgetItem(question.question.text, m_list);
        item->setData(kAnswerIdRole, question.answer.id);
        item->setData(kPrivateRole, question.answer.isPrivate);
        if (question.answer.isPrivate) {
            item->setIcon(lockglyph::icon(palette().color(QPalette::Text)));
            item->setData(Qt::AccessibleTextRole, tr("%1 (private)").arg(question.question.text));
        }
        // An unanswered question is marked, so the list shows what is left to write.
        item->setToolTip(question.answer.body.trimmed().isEmpty() ? tr("Not answered yet") : QString());
        if (question.answer.body.trimmed().isEmpty()) {
            QFont font = item->font();
            font.setItalic(true);
            item->setFont(font);
        }
    }
    int row = 0;
    for (int i = 0; i < m_questions.size(); ++i) {
        if (m_questions[i].answer.id == keep)
            row = i;
    }
    m_list->setCurrentRow(m_questions.isEmpty() ? -1 : row);
    rebuildBuiltinMenu();
    showSelected();
}

void QuestionsPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_newQuestion->setEnabled(!readOnly);
    m_add->setEnabled(!readOnly);
    m_builtins->setEnabled(!readOnly);
    m_remove->setEnabled(!readOnly && selectedAnswer() != 0);
    m_answer->setReadOnly(readOnly);
    m_private->setReadOnly(readOnly);
}

Id QuestionsPage::selectedAnswer() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(kAnswerIdRole).toLongLong() : 0;
}

void QuestionsPage::selectAnswer(Id answerId)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(kAnswerIdRole).toLongLong() == answerId)
            m_list->setCurrentRow(row);
    }
}

bool QuestionsPage::showAnswer(Id answerId)
{
    selectAnswer(answerId);
    return selectedAnswer() == answerId && answerId != 0;
}

void QuestionsPage::showSelected()
{
    const Id answerId = selectedAnswer();
    const auto found = std::find_if(m_questions.cbegin(), m_questions.cend(),
                                    [answerId](const YearQuestion &q) { return q.answer.id == answerId; });
    const bool has = found != m_questions.cend();
    m_remove->setEnabled(!m_readOnly && has);
    m_answer->setEnabled(has);
    if (!has) {
        m_title->setText(m_questions.isEmpty() ? tr("Ask yourself a question for this year, or pick a suggested one.")
                                               : QString());
        const QSignalBlocker blocker(m_answer);
        m_answer->clear();
        m_previous->clear();
        m_history->clear();
        m_previousLabel->clear();
        return;
    }
    m_title->setText(found->question.text);
    // Typing saved by this page comes back unchanged: leave the editor (and its cursor) alone then.
    if (m_answer->toPlainText() != found->answer.body || m_answer->property("answerId").toLongLong() != answerId) {
        m_loading = true;
        m_answer->setPlainText(found->answer.body);
        m_answer->setProperty("answerId", answerId);
        m_loading = false;
    }
    auto previous = m_repos.questions.previousAnswer(found->question.id, m_yearNumber);
    if (previous.ok() && previous->answer.id != 0) {
        m_previousLabel->setText(tr("Last time (%1)").arg(previous->yearNumber));
        showMarkdown(m_previous, previous->answer.body);
    } else {
        m_previousLabel->setText(tr("Last time"));
        m_previous->setPlainText(tr("No earlier answer."));
    }
    auto answers = m_repos.questions.answersOf(found->question.id);
    QString history;
    if (answers.ok()) {
        for (const DatedAnswer &answer : answers.value()) {
            const QString body = answer.answer.body.trimmed().isEmpty() ? tr("*(not answered)*") : answer.answer.body;
            history += QStringLiteral("#### %1\n\n%2\n\n").arg(answer.yearNumber).arg(body);
        }
    }
    showMarkdown(m_history, history);
}

void QuestionsPage::saveNow()
{
    m_saveTimer->stop();
    const Id answerId = m_answer->property("answerId").toLongLong();
    if (answerId == 0 || m_readOnly)
        return;
    const auto found = std::find_if(m_questions.begin(), m_questions.end(),
                                    [answerId](const YearQuestion &q) { return q.answer.id == answerId; });
    if (found == m_questions.end() || found->answer.body == m_answer->toPlainText())
        return;
    const QString body = m_answer->toPlainText();
    const Status saved = pushStored(m_undo, setAnswerCommand(m_repos.questions, found->answer, body));
    if (!saved.ok()) {
        showError(saved.error().message);
        return;
    }
    found->answer.body = body;
    showError({});
}

void QuestionsPage::addQuestion(const QString &text)
{
    if (text.simplified().isEmpty() || m_yearId == 0 || m_readOnly)
        return;
    saveNow();
    auto *command = new AddQuestionCommand(m_repos.questions, m_yearId, Question{0, text.simplified(), {}});
    const Status added = pushStored(m_undo, command);
    if (!added.ok()) {
        showError(added.error().message);
        return;
    }
    const Id answerId = command->answerId();
    showError({});
    m_newQuestion->clear();
    reload();
    selectAnswer(answerId);
    m_answer->setFocus();
}

void QuestionsPage::addBuiltinQuestion(const QString &key)
{
    for (const BuiltinQuestion &builtin : builtinQuestions()) {
        if (builtin.key != key)
            continue;
        saveNow();
        auto *command = new AddQuestionCommand(m_repos.questions, m_yearId, Question{0, builtin.text, builtin.key});
        const Status added = pushStored(m_undo, command);
        if (!added.ok()) {
            showError(added.error().message);
            return;
        }
        const Id answerId = command->answerId();
        reload();
        selectAnswer(answerId);
        return;
    }
}

void QuestionsPage::rebuildBuiltinMenu()
{
    QMenu *menu = m_builtins->menu();
    menu->clear();
    QStringList asked;
    for (const YearQuestion &question : std::as_const(m_questions))
        asked << question.question.builtinKey;
    for (const BuiltinQuestion &builtin : builtinQuestions()) {
        if (asked.contains(builtin.key))
            continue;
        QAction *action = menu->addAction(builtin.text);
        action->setData(builtin.key);
        connect(action, &QAction::triggered, this, [this, key = builtin.key] { addBuiltinQuestion(key); });
    }
    m_builtins->setEnabled(!m_readOnly && !menu->isEmpty());
}

void QuestionsPage::removeSelected()
{
    const Id answerId = selectedAnswer();
    const auto found = std::find_if(m_questions.cbegin(), m_questions.cend(),
                                    [answerId](const YearQuestion &q) { return q.answer.id == answerId; });
    if (found == m_questions.cend() || m_readOnly)
        return;
    saveNow();
    const Status removed = pushStored(
            m_undo, new RemoveQuestionFromYearCommand(m_repos.questions, found->answer, found->question.text));
    showError(removed.ok() ? QString() : removed.error().message);
    reload();
}

void QuestionsPage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace hoego
