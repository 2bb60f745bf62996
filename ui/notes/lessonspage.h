// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/ids.h"

#include <QWidget>

class QSplitter;
class QUndoStack;

namespace hoego {

class InlineMessage;
class NoteListPanel;
class Journal;

// The "Lessons" and "Unfinished" lists of one year side by side.
class LessonsPage final : public QWidget
{
    Q_OBJECT

public:
    LessonsPage(Journal &journal, QUndoStack *undo, QWidget *parent = nullptr);
    ~LessonsPage() override;

    void setYear(Id yearId);
    Id yearId() const { return m_yearId; }
    void setReadOnly(bool readOnly);
    // Selects the item; kind is "lesson" or "unfinished". False when it is not in the shown year.
    bool showItem(const QString &kind, Id id);

    NoteListPanel *lessons() const { return m_lessons; }
    NoteListPanel *unfinished() const { return m_unfinished; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    QUndoStack *m_undo;
    InlineMessage *m_message;
    NoteListPanel *m_lessons;
    NoteListPanel *m_unfinished;
    QSplitter *m_splitter;
    Id m_yearId = 0;
};

} // namespace hoego
