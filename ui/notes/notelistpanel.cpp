// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "notelistpanel.h"

#include "io/pastedlist.h"
#include "journal/journal.h"

#include "common/privatetoggle.h"
#include "notecommands.h"
#include "notesmodel.h"
#include "review/twolinedelegate.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace hoego {
namespace {

bool isMoveKey(const QKeyEvent *key)
{
    return key->modifiers() == Qt::AltModifier && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down);
}

bool isDeleteKey(const QKeyEvent *key)
{
    return key->matches(QKeySequence::Delete)
            || (key->key() == Qt::Key_Backspace && key->modifiers() == Qt::NoModifier);
}

bool isMultiLinePaste()
{
    const QString text = QApplication::clipboard()->text();
    return text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'));
}

} // namespace

NoteListPanel::NoteListPanel(Journal &journal, ListKind kind, QUndoStack *undo, const Texts &texts, QWidget *parent)
    : QWidget(parent)
    , m_journal(journal)
    , m_store(journal.repositories(), kind)
    , m_undo(undo)
    , m_model(new NotesModel(kind, this))
    , m_view(new QListView(this))
    , m_emptyHint(new QLabel(texts.emptyHint, m_view->viewport()))
    , m_linkCombo(new QComboBox(this))
    , m_linkLabel(new QLabel(tr("Linked to:"), this))
    , m_entry(new QLineEdit(this))
{
    Q_ASSERT(m_undo);
    setObjectName(texts.objectPrefix + QStringLiteral("Panel"));

    auto *title = new QLabel(texts.title, this);
    title->setObjectName(texts.objectPrefix + QStringLiteral("Title"));
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    title->setFont(titleFont);
    title->setBuddy(m_view);

    m_view->setObjectName(texts.objectPrefix + QStringLiteral("List"));
    m_view->setAccessibleName(texts.title);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new TwoLineDelegate(NotesModel::LinkLabelRole, QStringLiteral("\u21B3 "), m_view));
    m_view->setWordWrap(true);
    m_view->setUniformItemSizes(false);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setAlternatingRowColors(true);
    m_view->setSpacing(1);
    m_view->setTextElideMode(Qt::ElideNone);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDropIndicatorShown(true);
    m_view->installEventFilter(this);
    m_view->viewport()->installEventFilter(this);

    m_emptyHint->setObjectName(texts.objectPrefix + QStringLiteral("EmptyHint"));
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setMargin(16);
    m_emptyHint->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);

    m_linkCombo->setObjectName(texts.objectPrefix + QStringLiteral("LinkCombo"));
    m_linkCombo->setAccessibleName(tr("Link of the selected item"));
    m_linkCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_linkCombo->setMinimumContentsLength(12);
    m_linkLabel->setBuddy(m_linkCombo);
    connect(m_linkCombo, &QComboBox::activated, this, &NoteListPanel::linkCurrentTo);

    m_entry->setObjectName(texts.objectPrefix + QStringLiteral("Entry"));
    m_entry->setAccessibleName(texts.entryPlaceholder);
    m_entry->setPlaceholderText(texts.entryPlaceholder);
    m_entry->setClearButtonEnabled(true);
    m_entry->installEventFilter(this);
    connect(m_entry, &QLineEdit::returnPressed, this, &NoteListPanel::addFromEntry);

    auto *linkRow = new QHBoxLayout;
    linkRow->addWidget(m_linkLabel);
    linkRow->addWidget(m_linkCombo, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_view, 1);
    layout->addLayout(linkRow);
    layout->addWidget(m_entry);

    connect(m_model, &NotesModel::textEditRequested, this, &NoteListPanel::requestTextEdit);
    connect(m_model, &NotesModel::moveRequested, this, &NoteListPanel::requestMove);
    connect(&journal, &Journal::changed, this, &NoteListPanel::followStoredChanges);
    connect(m_model, &NotesModel::errorOccurred, this, &NoteListPanel::errorOccurred);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &NoteListPanel::updateEmptyHint);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &NoteListPanel::updateEmptyHint);
    connect(m_model, &QAbstractItemModel::modelReset, this, &NoteListPanel::updateEmptyHint);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &NoteListPanel::updateLinkRow);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &NoteListPanel::updateLinkRow);
    createActions();
    updateLinkRow();
    updateEmptyHint();
}

NoteListPanel::~NoteListPanel()
{
    // Hiding the children while this panel is destroyed can commit an open in-place editor; its signals must
    // not reach the half-destroyed panel.
    m_model->disconnect(this);
    m_view->selectionModel()->disconnect(this);
    m_view->removeEventFilter(this);
    m_view->viewport()->removeEventFilter(this);
    m_entry->removeEventFilter(this);
}

void NoteListPanel::createActions()
{
    // Keys are handled in eventFilter (so a window-wide action with the same key cannot make them ambiguous);
    // the context menu shows them after a tab.
    auto addAction = [this](const QString &text, const QString &keys, auto slot) {
        auto *action = new QAction(keys.isEmpty() ? text : text + QLatin1Char('\t') + keys, m_view);
        connect(action, &QAction::triggered, this, slot);
        m_view->addAction(action);
        return action;
    };
    addAction(tr("Edit"), QKeySequence(Qt::Key_F2).toString(QKeySequence::NativeText),
              [this] { m_view->edit(m_view->currentIndex()); });
    addAction(tr("Move Up"), QKeySequence(Qt::ALT | Qt::Key_Up).toString(QKeySequence::NativeText),
              [this] { moveCurrent(-1); });
    addAction(tr("Move Down"), QKeySequence(Qt::ALT | Qt::Key_Down).toString(QKeySequence::NativeText),
              [this] { moveCurrent(1); });
    addAction(tr("Paste as Items"), QKeySequence(QKeySequence::Paste).toString(QKeySequence::NativeText),
              [this] { addLines(QApplication::clipboard()->text()); });
    addAction(tr("Delete"), QKeySequence(QKeySequence::Delete).toString(QKeySequence::NativeText),
              [this] { removeCurrent(); });
    const bool lesson = m_store.kind() == ListKind::Lesson;
    m_private = new PrivateToggle(m_view, m_undo, m_journal.connection(), [this] { return m_model->yearId(); },
                                  {lesson ? PrivateKind::Lesson : PrivateKind::Unfinished, NotesModel::IdRole,
                                   NotesModel::PrivateRole, m_view->objectName() + QStringLiteral("PrivateAction"),
                                   lesson ? tr("Leave the lesson out of public exports (Ctrl+Shift+P)")
                                          : tr("Leave the item out of public exports (Ctrl+Shift+P)")});
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
}

QString NoteListPanel::setYear(Id yearId)
{
    auto items = m_store.forYear(yearId);
    if (!items.ok()) {
        m_model->setItems(0, {});
        return items.error().message;
    }
    m_model->setItems(yearId, items.value());
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0));
    auto targets = m_store.linkTargets(yearId);
    showLinkTargets(targets.ok() ? targets.value() : QList<LinkTarget>());
    return targets.ok() ? QString() : targets.error().message;
}

void NoteListPanel::syncWithStore()
{
    const Id yearId = m_model->yearId();
    if (yearId == 0)
        return;
    auto items = m_store.forYear(yearId);
    if (!items.ok())
        return; // what is shown stays; the next full read reports the error
    // Row by row: the selection moves with its row, and a removed current row hands it to a neighbour.
    m_model->showStored(items.value());
    if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0));
}

void NoteListPanel::refreshLinkTargets()
{
    if (m_model->yearId() == 0)
        return;
    auto targets = m_store.linkTargets(m_model->yearId());
    if (targets.ok())
        showLinkTargets(targets.value());
    else
        emit errorOccurred(targets.error().message);
}

void NoteListPanel::showLinkTargets(const QList<LinkTarget> &targets)
{
    m_model->setLinkTargets(targets);
    m_updatingLinkRow = true;
    m_linkCombo->clear();
    m_linkCombo->addItem(tr("No link"));
    for (const LinkTarget &target : targets) {
        m_linkCombo->addItem(target.label);
        m_linkCombo->setItemData(m_linkCombo->count() - 1, target.label, Qt::ToolTipRole);
    }
    m_updatingLinkRow = false;
    updateLinkRow();
}

void NoteListPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_model->setEditable(!readOnly);
    m_entry->setVisible(!readOnly);
    m_view->setDragEnabled(!readOnly);
    m_view->setAcceptDrops(!readOnly);
    for (QAction *action : m_view->actions())
        action->setEnabled(!readOnly);
    m_private->setReadOnly(readOnly);
    updateLinkRow();
}

bool NoteListPanel::showItem(Id id)
{
    const QModelIndex index = m_model->indexOfItem(id);
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    m_view->setFocus(Qt::OtherFocusReason);
    return true;
}

void NoteListPanel::followStoredChanges(const ChangeSet &changes)
{
    const bool lessons = m_store.kind() == ListKind::Lesson;
    if (changes.touches(lessons ? Stored::Lesson : Stored::Unfinished))
        syncWithStore();
    // The events and sections a lesson links to, or the goals an unfinished item does, are named in the list.
    if (lessons ? changes.touchesAny({Stored::Event, Stored::Section}) : changes.touches(Stored::Goal))
        refreshLinkTargets();
}

bool NoteListPanel::push(StoredCommand *command)
{
    const Status stored = pushShownInPage(m_undo, command);
    if (!stored.ok())
        m_model->reportError(stored.error().message);
    // The list shows its own edit before the next keystroke reads it: the journal's announcement is queued, so
    // it is delivered now rather than on the next loop turn.
    m_journal.deliverPending();
    return stored.ok();
}

int NoteListPanel::addLines(const QString &text)
{
    if (m_readOnly || m_model->yearId() == 0)
        return 0;
    const QStringList lines = pastedlist::texts(text);
    if (lines.isEmpty())
        return 0;
    const int before = m_model->rowCount();
    if (lines.size() == 1) {
        push(new AddNoteCommand(m_store, m_model->yearId(), lines.first()));
    } else {
        m_undo->beginMacro(m_store.kind() == ListKind::Lesson
                                   ? tr("Paste %n Lesson(s)", "", int(lines.size()))
                                   : tr("Paste %n Unfinished Item(s)", "", int(lines.size())));
        for (const QString &line : lines)
            push(new AddNoteCommand(m_store, m_model->yearId(), line));
        m_undo->endMacro();
    }
    const Id lastId = m_model->rowCount() > 0 ? m_model->itemAt(m_model->rowCount() - 1).id : 0;
    const int added = m_model->rowCount() - before;
    if (added > 0)
        showItem(lastId);
    return added;
}

void NoteListPanel::addFromEntry()
{
    if (addLines(m_entry->text()) > 0)
        m_entry->clear();
    m_entry->setFocus(Qt::OtherFocusReason);
}

void NoteListPanel::removeCurrent()
{
    const ListItem item = currentItem();
    if (m_readOnly || item.id == 0)
        return;
    const int row = m_view->currentIndex().row();
    push(new RemoveNoteCommand(m_store, item));
    // Keep the keyboard in the list: select the row that took the deleted one's place.
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(qMin(row, m_model->rowCount() - 1)));
}

void NoteListPanel::moveCurrent(int delta)
{
    const ListItem item = currentItem();
    const int row = m_view->currentIndex().row();
    const int target = row + delta;
    if (m_readOnly || item.id == 0 || target < 0 || target >= m_model->rowCount())
        return;
    requestMove(item.id, target);
}

void NoteListPanel::requestTextEdit(Id id, const QString &text)
{
    const QModelIndex index = m_model->indexOfItem(id);
    if (!index.isValid())
        return;
    push(editNoteTextCommand(m_store, id, m_model->itemAt(index.row()).text, text));
}

void NoteListPanel::requestMove(Id id, int newIndex)
{
    const QModelIndex index = m_model->indexOfItem(id);
    if (!index.isValid() || index.row() == newIndex)
        return;
    push(new MoveNoteCommand(m_store, id, index.row(), newIndex));
    const QModelIndex moved = m_model->indexOfItem(id);
    if (moved.isValid())
        m_view->setCurrentIndex(moved);
}

void NoteListPanel::linkCurrentTo(int comboIndex)
{
    const ListItem item = currentItem();
    if (m_updatingLinkRow || m_readOnly || item.id == 0 || comboIndex < 0)
        return;
    LinkTarget target;
    if (comboIndex > 0 && comboIndex <= m_model->linkTargets().size())
        target = m_model->linkTargets().at(comboIndex - 1);
    if (target.firstLink == item.firstLink && target.secondLink == item.secondLink)
        return;
    push(new LinkNoteCommand(m_store, item, target.firstLink, target.secondLink));
}

void NoteListPanel::updateLinkRow()
{
    const ListItem item = currentItem();
    m_updatingLinkRow = true;
    int selected = 0;
    const QList<LinkTarget> &targets = m_model->linkTargets();
    for (int i = 0; i < targets.size(); ++i) {
        if (targets[i].firstLink == item.firstLink && targets[i].secondLink == item.secondLink)
            selected = i + 1;
    }
    m_linkCombo->setCurrentIndex(selected);
    m_updatingLinkRow = false;
    const bool enabled = !m_readOnly && item.id != 0 && !targets.isEmpty();
    m_linkCombo->setEnabled(enabled);
    m_linkLabel->setEnabled(enabled);
    m_linkCombo->setToolTip(targets.isEmpty() ? tr("Nothing in this year to link to yet.") : QString());
}

void NoteListPanel::updateEmptyHint()
{
    m_emptyHint->setVisible(m_model->rowCount() == 0);
}

ListItem NoteListPanel::currentItem() const
{
    return m_model->itemAt(m_view->currentIndex().row());
}

bool NoteListPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize) {
        m_emptyHint->setGeometry(m_view->viewport()->rect());
        return false;
    }
    const bool isKey = event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride;
    if (!isKey || m_readOnly)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    bool handled = false;
    if (watched == m_view) {
        handled = key->matches(QKeySequence::Paste) || isMoveKey(key) || isDeleteKey(key);
    } else if (watched == m_entry) {
        handled = key->matches(QKeySequence::Paste) && isMultiLinePaste();
    }
    if (!handled)
        return QWidget::eventFilter(watched, event);
    // Claim the key before window-wide shortcuts see it, then act on the key press itself.
    event->accept();
    if (event->type() == QEvent::ShortcutOverride)
        return true;
    if (key->matches(QKeySequence::Paste)) {
        QString text = QApplication::clipboard()->text();
        if (watched == m_entry && !m_entry->text().trimmed().isEmpty())
            text.prepend(m_entry->text() + QLatin1Char('\n'));
        if (addLines(text) > 0 && watched == m_entry)
            m_entry->clear();
    } else if (isMoveKey(key)) {
        moveCurrent(key->key() == Qt::Key_Up ? -1 : 1);
    } else {
        removeCurrent();
    }
    return true;
}

} // namespace hoego
