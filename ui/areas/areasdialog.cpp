// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "areasdialog.h"
#include "i18n/particles.h"

#include "areacommands.h"
#include "areasmodel.h"
#include "common/lockglyph.h"
#include "undo/privacycommand.h"

#include <QAction>
#include <QColorDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <iterator>

namespace hoego {
namespace {

QPushButton *namedButton(const QString &text, const QString &name, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(name);
    return button;
}

// Colours for new areas, taken in turn; distinct from the starting six.
const QColor kNewAreaColors[] = {QColor(0x2A, 0x9D, 0x8F), QColor(0xE9, 0xC4, 0x6A), QColor(0x8E, 0x7D, 0xBE),
                                 QColor(0x58, 0x81, 0x57), QColor(0xBC, 0x47, 0x49), QColor(0x45, 0x7B, 0x9D)};

} // namespace

AreasDialog::AreasDialog(AreaRepository &areas, QUndoStack *undo, bool readOnly, QWidget *parent)
    : QDialog(parent)
    , m_areas(areas)
    , m_undo(undo)
    , m_readOnly(readOnly)
    , m_model(new AreasModel(areas, this))
    , m_list(new QListView(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("areasDialog"));
    setWindowTitle(tr("Areas"));
    m_model->setReadOnly(readOnly);
    m_list->setObjectName(QStringLiteral("areaList"));
    m_list->setAccessibleName(tr("Areas"));
    m_list->setModel(m_model);
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_message->setObjectName(QStringLiteral("areasMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    m_add = namedButton(tr("&Add"), QStringLiteral("addAreaButton"), this);
    m_rename = namedButton(tr("Re&name"), QStringLiteral("renameAreaButton"), this);
    m_color = namedButton(tr("&Colour…"), QStringLiteral("areaColorButton"), this);
    m_remove = namedButton(tr("Re&move"), QStringLiteral("removeAreaButton"), this);
    m_up = namedButton(tr("Move &Up"), QStringLiteral("moveAreaUpButton"), this);
    m_down = namedButton(tr("Move &Down"), QStringLiteral("moveAreaDownButton"), this);
    // A private area stays out of public exports with everything in it (issue 14).
    m_private = namedButton(tr("&Private"), QStringLiteral("privateAreaButton"), this);
    m_private->setCheckable(true);
    m_private->setIcon(lockglyph::icon(palette().color(QPalette::ButtonText)));
    m_private->setToolTip(tr("Leave the area and everything in it out of public exports (Ctrl+Shift+P)"));
    auto *buttons = new QVBoxLayout;
    for (QPushButton *button : {m_add, m_rename, m_color, m_remove, m_up, m_down, m_private})
        buttons->addWidget(button);
    buttons->addStretch();

    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(tr("Events and goals belong to these areas. Double-click or press F2 to rename."), this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addLayout(row, 1);
    layout->addWidget(m_message);
    layout->addWidget(close);

    // The window's Undo and Redo do not reach a dialog: the same keys work here.
    auto *undoHere = new QAction(this);
    undoHere->setShortcut(QKeySequence::Undo);
    connect(undoHere, &QAction::triggered, m_undo, &QUndoStack::undo);
    auto *redoHere = new QAction(this);
    redoHere->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    connect(redoHere, &QAction::triggered, m_undo, &QUndoStack::redo);
    auto *removeKey = new QAction(this);
    removeKey->setShortcut(QKeySequence::Delete);
    connect(removeKey, &QAction::triggered, this, [this] { removeCurrent(); });
    auto *privateKey = new QAction(this);
    privateKey->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(privateKey, &QAction::triggered, this, [this] { togglePrivateOfCurrent(); });
    addActions({undoHere, redoHere, removeKey, privateKey});

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, [this] { addArea(); });
    connect(m_rename, &QPushButton::clicked, this, [this] { m_list->edit(m_list->currentIndex()); });
    connect(m_color, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_list->currentIndex();
        if (!current.isValid())
            return;
        const QColor chosen = QColorDialog::getColor(current.data(AreasModel::ColorRole).value<QColor>(), this,
                                                     tr("Colour of %1").arg(current.data().toString()));
        if (chosen.isValid())
            recolorCurrent(chosen);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeCurrent(); });
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_private, &QPushButton::clicked, this, [this] { togglePrivateOfCurrent(); });
    connect(m_model, &AreasModel::renameRequested, this,
            [this](const Area &area, const QString &name) { push(renameAreaCommand(m_areas, area, name), area.id); });
    // Undo and redo from anywhere show here at once.
    connect(m_undo, &QUndoStack::indexChanged, this, [this] {
        const QModelIndex current = m_list->currentIndex();
        const long long id = current.isValid() ? current.data(AreasModel::AreaIdRole).toLongLong() : 0;
        reload();
        selectArea(id);
    });
    reload();
    m_list->setCurrentIndex(m_model->index(0));
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &AreasDialog::updateButtons);
    updateButtons();
    resize(420, 360);
}

void AreasDialog::reload()
{
    if (const QString error = m_model->reload(); !error.isEmpty())
        showMessage(error, true);
    updateButtons();
}

void AreasDialog::selectArea(long long id)
{
    const QModelIndex index = m_model->indexOfArea(id);
    m_list->setCurrentIndex(index.isValid() ? index : m_model->index(0));
}

void AreasDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #B3261E;") : QString());
    m_message->setVisible(!text.isEmpty());
}

void AreasDialog::updateButtons()
{
    const int row = m_list->currentIndex().row();
    const bool any = row >= 0;
    m_add->setEnabled(!m_readOnly);
    for (QPushButton *button : {m_rename, m_color, m_remove})
        button->setEnabled(!m_readOnly && any);
    m_up->setEnabled(!m_readOnly && row > 0);
    m_down->setEnabled(!m_readOnly && any && row < m_model->rowCount() - 1);
    m_private->setEnabled(!m_readOnly && any);
    m_private->setChecked(any && m_list->currentIndex().data(AreasModel::PrivateRole).toBool());
}

void AreasDialog::togglePrivateOfCurrent()
{
    const QModelIndex current = m_list->currentIndex();
    if (m_readOnly || !current.isValid())
        return updateButtons();
    const long long id = current.data(AreasModel::AreaIdRole).toLongLong();
    const bool makePrivate = !current.data(AreasModel::PrivateRole).toBool();
    push(new SetPrivateCommand(m_areas.connection(), PrivateKind::Area, id, makePrivate), id);
    updateButtons();
}

bool AreasDialog::push(StoredCommand *command, long long selectId)
{
    const QString action = command->text();
    const Status stored = pushStored(m_undo, command);
    if (!stored.ok()) {
        showMessage(tr("%1 failed: %2").arg(action, stored.error().message), true);
        return false;
    }
    showMessage({}, false);
    reload();
    selectArea(selectId);
    return true;
}

bool AreasDialog::addArea()
{
    if (m_readOnly)
        return false;
    QStringList taken;
    for (int row = 0; row < m_model->rowCount(); ++row)
        taken << m_model->areaAt(row)->name.toCaseFolded();
    QString name = tr("New area");
    for (int n = 2; taken.contains(name.toCaseFolded()); ++n)
        name = tr("New area %1").arg(n);
    const QColor color = kNewAreaColors[m_model->rowCount() % std::size(kNewAreaColors)];
    if (!push(new AddAreaCommand(m_areas, name, color), 0))
        return false;
    // A new area comes last: select it and let the user name it.
    const QModelIndex added = m_model->index(m_model->rowCount() - 1);
    m_list->setCurrentIndex(added);
    m_list->edit(added);
    return true;
}

bool AreasDialog::recolorCurrent(const QColor &color)
{
    const Area *area = m_model->areaAt(m_list->currentIndex().row());
    if (m_readOnly || !area || !color.isValid() || color == area->color)
        return false;
    return push(recolorAreaCommand(m_areas, *area, color), area->id);
}

bool AreasDialog::removeCurrent()
{
    const Area *area = m_model->areaAt(m_list->currentIndex().row());
    if (m_readOnly || !area)
        return false;
    const Area removed = *area;
    if (!push(new RemoveAreaCommand(m_areas, removed), 0))
        return false;
    showMessage(
            i18n::fillWords(
                    tr("Removed \u201c%1\u201d. Its events and goals have no area now; Undo (Ctrl+Z) gives it back."),
                    removed.name),
            false);
    return true;
}

bool AreasDialog::moveCurrent(int delta)
{
    const int row = m_list->currentIndex().row();
    const Area *area = m_model->areaAt(row);
    const int target = row + delta;
    if (m_readOnly || !area || target < 0 || target >= m_model->rowCount())
        return false;
    return push(new MoveAreaCommand(m_areas, *area, row, target), area->id);
}

} // namespace hoego
