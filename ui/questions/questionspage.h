// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/entities.h"

#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QTimer;
class QToolButton;
class QUndoStack;

namespace hoego {

class PrivateToggle;
class Journal;
struct Repositories;

// The Questions tab of a year (issue 12): the questions asked this year, this year's answer beside last
// time's, and every year's answer to the chosen question. Answers are saved as the user pauses typing, each
// save an undo step (consecutive saves merge).
class QuestionsPage final : public QWidget
{
    Q_OBJECT

public:
    QuestionsPage(Journal &journal, QUndoStack *undo, QWidget *parent = nullptr);

    void setYear(Id yearId);
    void reload();
    void setReadOnly(bool readOnly);
    // Stores typing not saved yet (before the year changes or the window closes).
    void saveNow();
    // Selects the question whose answer this is ("answer" hits of the search); false when not in this year.
    bool showAnswer(Id answerId);

    // What the user adds: an own question, or one of the built-in ones by key.
    void addQuestion(const QString &text);
    void addBuiltinQuestion(const QString &key);
    void selectAnswer(Id answerId);
    QPlainTextEdit *answerEditor() const { return m_answer; }
    QTextBrowser *previousAnswerView() const { return m_previous; }
    QTextBrowser *historyView() const { return m_history; }
    int questionCount() const { return int(m_questions.size()); }

private:
    void showSelected();
    void removeSelected();
    void rebuildBuiltinMenu();
    Id selectedAnswer() const;
    void showError(const QString &message);

    Repositories &m_repos;
    QUndoStack *m_undo;
    Id m_yearId = 0;
    int m_yearNumber = 0;
    bool m_readOnly = false;
    bool m_loading = false;
    QList<YearQuestion> m_questions;
    QListWidget *m_list;
    QLineEdit *m_newQuestion;
    QPushButton *m_add;
    QToolButton *m_builtins;
    QPushButton *m_remove;
    QLabel *m_title;
    QPlainTextEdit *m_answer;
    QLabel *m_previousLabel;
    QTextBrowser *m_previous;
    QTextBrowser *m_history;
    QLabel *m_error;
    QTimer *m_saveTimer;
    PrivateToggle *m_private = nullptr;
};

} // namespace hoego
