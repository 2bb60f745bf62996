// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/ids.h"
#include "storage/lessonrepository.h"
#include "storage/sectionrepository.h"

#include <QWidget>

class QLineEdit;
class QListView;
class QPlainTextEdit;
class QSplitter;
class QStackedWidget;
class QTextBrowser;
class QTimer;
class QToolButton;
class QUndoStack;

namespace hoego {

class InlineMessage;
class PrivateToggle;
class SectionsModel;
class StoredCommand;
struct ChangeSet;
class Journal;

// The narrative review of a year: its sections on the left; the chosen section's heading and Markdown body on
// the right, with a rendered preview beside the editor. Text is saved by itself while the user pauses, and
// every change is one undo step (typing in one section merges into one).
class ReviewPage final : public QWidget
{
    Q_OBJECT

public:
    ReviewPage(Journal &journal, QUndoStack *undo, QWidget *parent = nullptr);
    ~ReviewPage() override;

    void setYear(Id yearId);
    Id yearId() const { return m_yearId; }
    void setReadOnly(bool readOnly);
    // Shows the sections as stored, row by row (a rename, a move, a private mark, an undo, a write from
    // elsewhere); the section being typed stays in the editor. The page calls it when the change feed reports
    // a write to the year's sections.
    void syncWithStore();
    // Selects the section (kind "section"); false when it is not in the shown year.
    bool showItem(const QString &kind, Id id);
    // Stores the body being typed now instead of after the pause (e.g. before the window closes).
    void saveNow();

    SectionsModel *model() const { return m_model; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createListPane();
    QWidget *createEditorPane();
    void createActions();
    void followStoredChanges(const ChangeSet &changes);
    // Pushes an edit of a section and shows it at once; false when it was not stored (the page says why).
    bool push(StoredCommand *command);

    void addSection();
    void removeCurrent();
    void moveCurrent(int delta);
    void renameSection(Id id, const QString &heading);
    void requestMove(Id id, int newIndex);
    void commitHeading();
    void saveBody();
    void scheduleSync();
    void syncEditorToCurrent();
    void showSection(Id id);
    void refreshShownSection();
    void renderPreview();
    void updateEmptyState();
    Id currentListId() const;

    Journal &m_journal;
    SectionRepository m_sections;
    LessonRepository m_lessons;
    QUndoStack *m_undo;
    SectionsModel *m_model;
    InlineMessage *m_message;
    QSplitter *m_splitter = nullptr;
    QSplitter *m_editorSplitter = nullptr;
    QListView *m_list = nullptr;
    PrivateToggle *m_private = nullptr;
    QToolButton *m_addButton = nullptr;
    QStackedWidget *m_right = nullptr;
    QLineEdit *m_heading = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    QTextBrowser *m_preview = nullptr;
    QTimer *m_previewTimer;
    QTimer *m_saveTimer;
    Id m_yearId = 0;
    Id m_shownId = 0; // the section in the editor
    bool m_loading = false;
    bool m_readOnly = false;
    bool m_syncQueued = false;
};

} // namespace hoego
