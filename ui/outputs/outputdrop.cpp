// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "outputdrop.h"

#include "goalevidencebox.h"
#include "outputsmodel.h"
#include "storage/repositories.h"

#include <QDragMoveEvent>
#include <QDropEvent>
#include <QMimeData>

namespace hoego {

OutputDropOnGoals::OutputDropOnGoals(QAbstractItemView *view, int goalIdRole, Repositories &repos, QUndoStack *undo)
    : QObject(view)
    , m_view(view)
    , m_goalIdRole(goalIdRole)
    , m_repos(repos)
    , m_undo(undo)
{
    // An InternalMove view refuses drags from elsewhere: it has to accept drops for outputs to arrive at all.
    m_view->setAcceptDrops(true);
    m_view->viewport()->installEventFilter(this);
}

Id OutputDropOnGoals::goalAt(const QPoint &position) const
{
    return m_view->indexAt(position).data(m_goalIdRole).toLongLong();
}

bool OutputDropOnGoals::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (type != QEvent::DragEnter && type != QEvent::DragMove && type != QEvent::Drop)
        return QObject::eventFilter(watched, event);
    auto *drop = static_cast<QDropEvent *>(event);
    if (!drop->mimeData()->hasFormat(QString::fromLatin1(kOutputMimeType)))
        return QObject::eventFilter(watched, event);
    const Id goal = goalAt(drop->position().toPoint());
    if (type == QEvent::DragEnter) {
        drop->acceptProposedAction(); // moves over rows follow
        return true;
    }
    if (goal == 0) {
        drop->ignore();
        return true;
    }
    if (type == QEvent::DragMove) {
        drop->setDropAction(Qt::LinkAction);
        drop->accept();
        return true;
    }
    QList<Id> outputs;
    const QList<QByteArray> ids = drop->mimeData()->data(QString::fromLatin1(kOutputMimeType)).split(',');
    for (const QByteArray &id : ids) {
        if (const Id output = id.toLongLong(); output > 0)
            outputs << output;
    }
    auto stored = m_repos.goals.get(goal);
    if (!outputs.isEmpty() && stored.ok()) {
        GoalEvidenceBox::linkOutputs(m_repos, m_undo, *stored, outputs);
        emit linked(goal);
    }
    drop->setDropAction(Qt::LinkAction);
    drop->accept();
    return true;
}

} // namespace hoego
