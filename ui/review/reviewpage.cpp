// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "reviewpage.h"

#include "i18n/particles.h"

#include "common/markdownview.h"
#include "common/privatetoggle.h"
#include "inlinemessage.h"
#include "journal/journal.h"
#include "sectioncommands.h"
#include "sectionsmodel.h"
#include "storage/repositories.h"
#include "storage/server/clientledger.h"
#include "twolinedelegate.h"

#include <QAction>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace hoego {
namespace {

constexpr int kPreviewDelayMs = 300;
// Long enough not to write on every keystroke, short enough that little is lost if the app dies.
constexpr int kSaveDelayMs = 700;

bool isMoveKey(const QKeyEvent *key)
{
    return key->modifiers() == Qt::AltModifier && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down);
}

bool isUndoKey(const QKeyEvent *key)
{
    return key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo);
}

} // namespace

ReviewPage::ReviewPage(Journal &journal, QUndoStack *undo, QWidget *parent)
    : QWidget(parent)
    , m_journal(journal)
    , m_sections(journal.repositories().sections)
    , m_lessons(journal.repositories().lessons)
    , m_undo(undo ? undo : new QUndoStack(this))
    , m_model(new SectionsModel(this))
    , m_message(new InlineMessage(this))
    , m_previewTimer(new QTimer(this))
    , m_saveTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("reviewPage"));
    setAccessibleName(tr("Review"));
    m_message->setObjectName(QStringLiteral("reviewMessage"));

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("reviewSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(createListPane());
    m_splitter->addWidget(createEditorPane());
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({220, 780});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_splitter, 1);

    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(kPreviewDelayMs);
    connect(m_previewTimer, &QTimer::timeout, this, &ReviewPage::renderPreview);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(kSaveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, &ReviewPage::saveBody);

    connect(m_model, &SectionsModel::renameRequested, this, &ReviewPage::renameSection);
    connect(m_model, &SectionsModel::moveRequested, this, &ReviewPage::requestMove);
    connect(m_model, &SectionsModel::errorOccurred, m_message, &InlineMessage::showError);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ReviewPage::refreshShownSection);
    // The current row changes inside undo commands too (a section removed); the editor follows once the
    // command is done, never saving into the stack while it runs.
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &ReviewPage::scheduleSync);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ReviewPage::scheduleSync);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ReviewPage::scheduleSync);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReviewPage::scheduleSync);
    createActions();
    updateEmptyState();
}

ReviewPage::~ReviewPage()
{
    // Keep what was typed during the last pause, then cut the signals that hiding the children would send
    // (focus leaving an editor) to this half-destroyed page.
    saveNow();
    for (QObject *sender : {static_cast<QObject *>(m_model), static_cast<QObject *>(m_heading),
                            static_cast<QObject *>(m_editor), static_cast<QObject *>(m_list->selectionModel())})
        sender->disconnect(this);
    m_editor->removeEventFilter(this);
    m_list->removeEventFilter(this);
}

QWidget *ReviewPage::createListPane()
{
    auto *pane = new QWidget(this);
    auto *title = new QLabel(tr("Sections"), pane);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    title->setFont(titleFont);

    m_addButton = new QToolButton(pane);
    m_addButton->setObjectName(QStringLiteral("addSectionButton"));
    m_addButton->setText(QStringLiteral("+"));
    m_addButton->setIcon(QIcon::fromTheme(QStringLiteral("list-add"))); // without a theme icon the "+" shows
    m_addButton->setAutoRaise(true);
    m_addButton->setAccessibleName(tr("Add Section"));
    m_addButton->setToolTip(
            tr("Add Section (%1)")
                    .arg(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S).toString(QKeySequence::NativeText)));
    connect(m_addButton, &QToolButton::clicked, this, &ReviewPage::addSection);

    m_list = new QListView(pane);
    m_list->setObjectName(QStringLiteral("sectionList"));
    m_list->setAccessibleName(tr("Sections"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new TwoLineDelegate(SectionsModel::SummaryRole, QString(), m_list));
    m_list->setResizeMode(QListView::Adjust);
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setSpacing(2);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setDropIndicatorShown(true);
    m_list->installEventFilter(this);
    title->setBuddy(m_list);

    auto *header = new QHBoxLayout;
    header->addWidget(title, 1);
    header->addWidget(m_addButton);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_list, 1);
    pane->setMinimumWidth(160);
    return pane;
}

QWidget *ReviewPage::createEditorPane()
{
    m_right = new QStackedWidget(this);

    auto *empty = new QLabel(
            i18n::fillWords(tr("This year has no sections yet.\nAdd one with + or %1."),
                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S).toString(QKeySequence::NativeText)),
            m_right);
    empty->setObjectName(QStringLiteral("reviewEmptyHint"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setForegroundRole(QPalette::PlaceholderText);
    m_right->addWidget(empty);

    auto *editorPane = new QWidget(m_right);
    m_heading = new QLineEdit(editorPane);
    m_heading->setObjectName(QStringLiteral("sectionHeadingEdit"));
    m_heading->setAccessibleName(tr("Section heading"));
    m_heading->setPlaceholderText(tr("Heading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setFrame(false);
    connect(m_heading, &QLineEdit::editingFinished, this, &ReviewPage::commitHeading);

    m_editor = new QPlainTextEdit(editorPane);
    m_editor->setObjectName(QStringLiteral("sectionBodyEdit"));
    m_editor->setAccessibleName(tr("Section text (Markdown)"));
    m_editor->setPlaceholderText(tr("Write in Markdown: # headings, **bold**, - lists…"));
    m_editor->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_editor->setTabChangesFocus(true);
    // Ctrl+Z goes to the window's undo stack, where typing is one step per section (see eventFilter).
    m_editor->setUndoRedoEnabled(false);
    m_editor->document()->setDocumentMargin(10);
    m_editor->installEventFilter(this);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        m_previewTimer->start();
        m_saveTimer->start();
    });

    m_preview = new QTextBrowser(editorPane);
    m_preview->setObjectName(QStringLiteral("sectionPreview"));
    m_preview->setAccessibleName(tr("Preview"));
    m_preview->setOpenExternalLinks(true);
    m_preview->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_preview->document()->setDocumentMargin(12);
    m_preview->setFocusPolicy(Qt::ClickFocus);

    m_editorSplitter = new QSplitter(Qt::Horizontal, editorPane);
    m_editorSplitter->setObjectName(QStringLiteral("reviewEditorSplitter"));
    m_editorSplitter->setChildrenCollapsible(false);
    m_editorSplitter->addWidget(m_editor);
    m_editorSplitter->addWidget(m_preview);

    auto *layout = new QVBoxLayout(editorPane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_editorSplitter, 1);
    m_right->addWidget(editorPane);
    return m_right;
}

void ReviewPage::createActions()
{
    auto *add = new QAction(tr("Add Section"), this);
    add->setObjectName(QStringLiteral("addSectionAction"));
    add->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    add->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(add, &QAction::triggered, this, &ReviewPage::addSection);
    addAction(add);

    // List keys are handled in eventFilter (so window-wide actions with the same key stay unambiguous); the
    // context menu shows them after a tab.
    auto listAction = [this](const QString &text, const QKeySequence &keys, auto slot) {
        auto *action = new QAction(text + QLatin1Char('\t') + keys.toString(QKeySequence::NativeText), m_list);
        connect(action, &QAction::triggered, this, slot);
        m_list->addAction(action);
    };
    listAction(tr("Rename"), QKeySequence(Qt::Key_F2), [this] { m_list->edit(m_list->currentIndex()); });
    listAction(tr("Move Up"), QKeySequence(Qt::ALT | Qt::Key_Up), [this] { moveCurrent(-1); });
    listAction(tr("Move Down"), QKeySequence(Qt::ALT | Qt::Key_Down), [this] { moveCurrent(1); });
    listAction(tr("Delete"), QKeySequence(QKeySequence::Delete), [this] { removeCurrent(); });
    m_private = new PrivateToggle(m_list, m_undo, m_journal.connection(), [this] { return m_yearId; },
                                  {PrivateKind::Section, SectionsModel::IdRole, SectionsModel::PrivateRole,
                                   QStringLiteral("sectionPrivateAction"),
                                   tr("Leave the section out of public exports (Ctrl+Shift+P)")});
    // The year page does not re-read this page (that would disturb typing): every write to the sections comes
    // back here, row by row.
    connect(&m_journal, &Journal::changed, this, &ReviewPage::followStoredChanges);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
}

void ReviewPage::followStoredChanges(const ChangeSet &changes)
{
    if (changes.touches(Stored::Section))
        syncWithStore();
}

void ReviewPage::syncWithStore()
{
    if (m_yearId == 0)
        return;
    auto sections = m_sections.forYear(m_yearId);
    if (!sections.ok())
        return; // what is shown stays; the next read of the year reports the error
    m_model->showStored(sections.value());
}

bool ReviewPage::push(StoredCommand *command)
{
    const Status stored = pushShownInPage(m_undo, command);
    if (!stored.ok())
        m_message->showError(stored.error().message);
    // The page shows its own edit before the next keystroke reads it: the journal's announcement is queued, so
    // it is delivered now rather than on the next loop turn.
    m_journal.deliverPending();
    return stored.ok();
}

void ReviewPage::setYear(Id yearId)
{
    saveNow();
    m_yearId = yearId;
    m_message->hide();
    auto sections = m_sections.forYear(yearId);
    if (!sections.ok()) {
        m_model->setSections(0, {});
        m_message->showError(sections.error().message);
    } else {
        m_model->setSections(yearId, sections.value());
    }
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0));
    syncEditorToCurrent();
}

void ReviewPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_model->setEditable(!readOnly);
    m_addButton->setEnabled(!readOnly);
    m_heading->setReadOnly(readOnly);
    m_editor->setReadOnly(readOnly);
    m_list->setDragEnabled(!readOnly);
    m_list->setAcceptDrops(!readOnly);
    for (QAction *action : m_list->actions())
        action->setEnabled(!readOnly);
    for (QAction *action : actions())
        action->setEnabled(!readOnly);
    m_private->setReadOnly(readOnly);
}

bool ReviewPage::showItem(const QString &kind, Id id)
{
    if (kind != QLatin1String("section"))
        return false;
    const QModelIndex index = m_model->indexOfSection(id);
    if (!index.isValid())
        return false;
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
    syncEditorToCurrent();
    m_editor->setFocus(Qt::OtherFocusReason);
    return true;
}

void ReviewPage::saveNow()
{
    saveBody();
    if (m_heading->isModified())
        commitHeading();
}

void ReviewPage::addSection()
{
    if (m_readOnly || m_yearId == 0)
        return;
    saveNow();
    auto *command = new AddSectionCommand(m_sections, m_yearId, tr("New section"));
    if (!push(command))
        return;
    const QModelIndex index = m_model->indexOfSection(command->sectionId());
    if (!index.isValid())
        return;
    m_list->setFocus(Qt::OtherFocusReason);
    m_list->setCurrentIndex(index);
    syncEditorToCurrent();
    // A new section wants a name first: open the name for editing in place.
    m_list->edit(index);
}

void ReviewPage::removeCurrent()
{
    const Section section = m_model->sectionAt(m_list->currentIndex().row());
    if (m_readOnly || section.id == 0)
        return;
    saveNow();
    push(new RemoveSectionCommand(m_sections, m_lessons, section));
}

void ReviewPage::moveCurrent(int delta)
{
    const int row = m_list->currentIndex().row();
    const Section section = m_model->sectionAt(row);
    if (m_readOnly || section.id == 0 || row + delta < 0 || row + delta >= m_model->rowCount())
        return;
    requestMove(section.id, row + delta);
}

void ReviewPage::renameSection(Id id, const QString &heading)
{
    const QModelIndex index = m_model->indexOfSection(id);
    if (!index.isValid())
        return;
    push(renameSectionCommand(m_sections, id, m_model->sectionAt(index.row()).heading, heading));
}

void ReviewPage::requestMove(Id id, int newIndex)
{
    const QModelIndex index = m_model->indexOfSection(id);
    if (!index.isValid() || index.row() == newIndex)
        return;
    saveNow();
    push(new MoveSectionCommand(m_sections, id, index.row(), newIndex));
    const QModelIndex moved = m_model->indexOfSection(id);
    if (moved.isValid())
        m_list->setCurrentIndex(moved);
}

void ReviewPage::commitHeading()
{
    const QModelIndex index = m_model->indexOfSection(m_shownId);
    if (!index.isValid() || m_readOnly)
        return;
    const QString heading = m_heading->text();
    m_heading->setModified(false);
    if (heading.trimmed() == m_model->sectionAt(index.row()).heading)
        return;
    renameSection(m_shownId, heading);
    // A refused name (empty, too long) puts back the stored one; the message bar says why.
    refreshShownSection();
}

void ReviewPage::saveBody()
{
    m_saveTimer->stop();
    const QModelIndex index = m_model->indexOfSection(m_shownId);
    if (!index.isValid() || m_readOnly || m_loading)
        return;
    const QString body = m_editor->toPlainText();
    const QString stored = m_model->sectionAt(index.row()).body;
    if (body == stored)
        return;
    push(editSectionBodyCommand(m_sections, m_shownId, stored, body));
}

void ReviewPage::scheduleSync()
{
    if (m_syncQueued)
        return;
    m_syncQueued = true;
    QMetaObject::invokeMethod(this, &ReviewPage::syncEditorToCurrent, Qt::QueuedConnection);
}

void ReviewPage::syncEditorToCurrent()
{
    m_syncQueued = false;
    if (!m_list->currentIndex().isValid() && m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0));
    const Id current = currentListId();
    if (current != m_shownId) {
        saveBody(); // only when the shown section still exists; a removed one has nothing left to save
        showSection(current);
    }
    updateEmptyState();
}

void ReviewPage::showSection(Id id)
{
    m_saveTimer->stop();
    m_shownId = id;
    const Section section = m_model->sectionAt(m_model->indexOfSection(id).row());
    m_loading = true;
    m_heading->setText(section.heading);
    m_heading->setModified(false);
    m_editor->setPlainText(section.body);
    m_loading = false;
    renderPreview();
}

void ReviewPage::refreshShownSection()
{
    const QModelIndex index = m_model->indexOfSection(m_shownId);
    if (!index.isValid())
        return;
    const Section section = m_model->sectionAt(index.row());
    if (!m_heading->isModified() && m_heading->text() != section.heading)
        m_heading->setText(section.heading);
    if (m_editor->toPlainText() == section.body)
        return;
    // On a server another computer may change the text while this one has typing not yet saved (issue 16). Showing
    // theirs would lose the typing and saving it silently would lose theirs: the typing is saved as an undoable
    // step over theirs, so Undo brings theirs back, and the page says so.
    if (m_saveTimer->isActive()
        && clientledger::lastWrittenElsewhere(m_journal.connection(), QStringLiteral("section"), section.id)) {
        saveBody();
        m_message->showError(tr("This section was also changed on another computer while you were writing. "
                                "Your text was saved over it; Undo brings the other text back."));
        return;
    }
    // The body changed under the editor (undo/redo, another computer): show it, keeping the cursor near where it was.
    m_saveTimer->stop();
    const int cursorPosition = m_editor->textCursor().position();
    const int scroll = m_editor->verticalScrollBar()->value();
    m_loading = true;
    m_editor->setPlainText(section.body);
    m_loading = false;
    QTextCursor cursor = m_editor->textCursor();
    cursor.setPosition(qMin(cursorPosition, int(section.body.size())));
    m_editor->setTextCursor(cursor);
    m_editor->verticalScrollBar()->setValue(scroll);
    renderPreview();
}

void ReviewPage::renderPreview()
{
    m_previewTimer->stop();
    const int scroll = m_preview->verticalScrollBar()->value();
    showMarkdown(m_preview, m_editor->toPlainText());
    m_preview->verticalScrollBar()->setValue(scroll);
}

void ReviewPage::updateEmptyState()
{
    m_right->setCurrentIndex(m_shownId == 0 ? 0 : 1);
}

Id ReviewPage::currentListId() const
{
    return m_model->sectionAt(m_list->currentIndex().row()).id;
}

bool ReviewPage::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (watched == m_editor) {
        if (type == QEvent::FocusOut) {
            saveBody();
        } else if (type == QEvent::ShortcutOverride && isUndoKey(static_cast<QKeyEvent *>(event))) {
            // Keep the editor from claiming Ctrl+Z: store the typing, then let the window's undo action run.
            saveBody();
            return true;
        } else if (type == QEvent::KeyPress && isUndoKey(static_cast<QKeyEvent *>(event))) {
            // No window action took the key (the page stands alone): undo on our stack.
            saveBody();
            if (static_cast<QKeyEvent *>(event)->matches(QKeySequence::Undo))
                m_undo->undo();
            else
                m_undo->redo();
            return true;
        }
        return QWidget::eventFilter(watched, event);
    }
    // While a name is edited in place the editor has the focus, so these keys never reach the list.
    if (watched == m_list && (type == QEvent::KeyPress || type == QEvent::ShortcutOverride) && !m_readOnly) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool isDelete = key->matches(QKeySequence::Delete);
        if (isMoveKey(key) || isDelete) {
            event->accept();
            if (type == QEvent::KeyPress) {
                if (isDelete)
                    removeCurrent();
                else
                    moveCurrent(key->key() == Qt::Key_Up ? -1 : 1);
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace hoego
