// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "lessonspage.h"

#include "notelistpanel.h"
#include "notestore.h"
#include "review/inlinemessage.h"

#include <QSplitter>
#include <QUndoStack>
#include <QVBoxLayout>

namespace hoego {

LessonsPage::LessonsPage(Journal &journal, QUndoStack *undo, QWidget *parent)
    : QWidget(parent)
    , m_undo(undo ? undo : new QUndoStack(this))
    , m_message(new InlineMessage(this))
    , m_lessons(new NoteListPanel(journal, ListKind::Lesson, m_undo,
                                  {tr("Lessons"), tr("Add a lesson and press Enter"),
                                   tr("What did this year teach you? Type below, or paste a list."),
                                   QStringLiteral("lesson")},
                                  this))
    , m_unfinished(new NoteListPanel(journal, ListKind::Unfinished, m_undo,
                                     {tr("Unfinished"), tr("Add an unfinished item and press Enter"),
                                      tr("What is left for next year? Type below, or paste a list."),
                                      QStringLiteral("unfinished")},
                                     this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("lessonsPage"));
    setAccessibleName(tr("Lessons and unfinished items"));
    m_message->setObjectName(QStringLiteral("lessonsMessage"));
    m_splitter->setObjectName(QStringLiteral("lessonsSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setHandleWidth(12);
    m_splitter->addWidget(m_lessons);
    m_splitter->addWidget(m_unfinished);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_splitter, 1);

    for (NoteListPanel *panel : {m_lessons, m_unfinished}) {
        connect(panel, &NoteListPanel::errorOccurred, m_message, &InlineMessage::showError);
    }
}

LessonsPage::~LessonsPage()
{
    m_lessons->disconnect(this);
    m_unfinished->disconnect(this);
}

void LessonsPage::setYear(Id yearId)
{
    m_yearId = yearId;
    m_message->hide();
    for (NoteListPanel *panel : {m_lessons, m_unfinished}) {
        const QString error = panel->setYear(yearId);
        if (!error.isEmpty())
            m_message->showError(error);
    }
}

void LessonsPage::setReadOnly(bool readOnly)
{
    m_lessons->setReadOnly(readOnly);
    m_unfinished->setReadOnly(readOnly);
}

void LessonsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Events, sections and goals are edited on other tabs; offer their current names as links.
    m_lessons->refreshLinkTargets();
    m_unfinished->refreshLinkTargets();
}

bool LessonsPage::showItem(const QString &kind, Id id)
{
    if (kind == QLatin1String("lesson"))
        return m_lessons->showItem(id);
    if (kind == QLatin1String("unfinished"))
        return m_unfinished->showItem(id);
    return false;
}

} // namespace hoego
