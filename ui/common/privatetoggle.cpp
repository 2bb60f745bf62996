// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "privatetoggle.h"

#include "common/lockglyph.h"
#include "undo/privacycommand.h"

#include <QAbstractItemView>
#include <QAction>
#include <QItemSelectionModel>
#include <QUndoStack>

#include <utility>

namespace hoego {

PrivateToggle::PrivateToggle(QAbstractItemView *view, QUndoStack *undo, QString connection, std::function<Id()> yearId,
                             const Setup &setup)
    : QObject(view)
    , m_selection(view->selectionModel())
    , m_undo(undo)
    , m_connection(std::move(connection))
    , m_yearId(std::move(yearId))
    , m_setup(setup)
    , m_action(new QAction(tr("&Private"), view))
{
    m_action->setObjectName(setup.objectName);
    m_action->setCheckable(true);
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    // Only the focused list answers: several pages and lists each have their own Ctrl+Shift+P.
    m_action->setShortcutContext(Qt::WidgetShortcut);
    m_action->setIcon(lockglyph::icon(view->palette().color(QPalette::Text)));
    m_action->setToolTip(setup.toolTip);
    view->addAction(m_action);
    connect(m_action, &QAction::triggered, this, &PrivateToggle::toggle);
    QAbstractItemModel *model = view->model();
    Q_ASSERT(model); // the view has its model before the toggle follows it
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this, &PrivateToggle::update);
    connect(model, &QAbstractItemModel::modelReset, this, &PrivateToggle::update);
    connect(model, &QAbstractItemModel::dataChanged, this, &PrivateToggle::update);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &PrivateToggle::update);
    update();
}

void PrivateToggle::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    update();
}

QModelIndex PrivateToggle::currentIndex() const
{
    return m_selection ? m_selection->currentIndex() : QModelIndex();
}

void PrivateToggle::update()
{
    // The year is asked only with an item current: while the page is destroyed there is none.
    const QModelIndex current = currentIndex();
    m_action->setEnabled(current.isValid() && !m_readOnly && m_yearId() != 0);
    m_action->setChecked(current.isValid() && current.data(m_setup.privateRole).toBool());
}

void PrivateToggle::toggle()
{
    const QModelIndex current = currentIndex();
    const Id id = current.isValid() ? current.data(m_setup.idRole).toLongLong() : 0;
    if (m_readOnly || id == 0)
        return update();
    const bool makePrivate = !current.data(m_setup.privateRole).toBool();
    auto *command = new SetPrivateCommand(m_connection, m_setup.kind, id, makePrivate);
    command->setYearId(m_yearId());
    // The change feed re-reads the page; stored() lets it show the mark before that.
    if (pushStored(m_undo, command).ok()) // a failure is announced by pushStored
        emit stored();
    update();
}

} // namespace hoego
