// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "eventspage.h"

#include "common/lockglyph.h"
#include "eventdetails.h"
#include "eventeditor.h"
#include "eventfiltermodel.h"
#include "eventsmodel.h"
#include "eventtimelineview.h"
#include "i18n/dates.h"
#include "journal/journal.h"
#include "storage/repositories.h"
#include "undo/eventcommands.h"
#include "undo/privacycommand.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSplitter>
#include <QUndoStack>
#include <QVBoxLayout>

namespace hoego {
namespace {

const QString kSplitterKey = QStringLiteral("events/splitter");

} // namespace

EventsPage::EventsPage(Journal &journal, QUndoStack *undo, QWidget *parent)
    : QWidget(parent)
    , m_repos(journal.repositories())
    , m_undo(undo)
    , m_model(new EventsModel(journal.repositories(), this))
    , m_filter(new EventFilterModel(this))
    , m_view(new EventTimelineView(this))
    , m_details(new EventDetails(this))
    , m_areaFilter(new QComboBox(this))
    , m_tagFilter(new QComboBox(this))
    , m_splitter(new QSplitter(this))
{
    setObjectName(QStringLiteral("eventsPage"));
    setAccessibleName(tr("Events"));
    m_filter->setSourceModel(m_model);
    m_view->setModel(m_filter);

    m_areaFilter->setObjectName(QStringLiteral("eventAreaFilter"));
    m_areaFilter->setAccessibleName(tr("Show events of area"));
    m_areaFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_tagFilter->setObjectName(QStringLiteral("eventTagFilter"));
    m_tagFilter->setAccessibleName(tr("Show events with tag"));
    m_tagFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *add = new QPushButton(tr("Add Event…"), this);
    add->setObjectName(QStringLiteral("addEventButton"));
    add->setAccessibleName(tr("Add an event"));
    add->setToolTip(tr("Add an event to the selected month (Ctrl+E)"));
    connect(add, &QPushButton::clicked, this, &EventsPage::addEvent);
    m_addButton = add;

    auto *areaLabel = new QLabel(tr("&Area:"), this);
    areaLabel->setBuddy(m_areaFilter);
    auto *tagLabel = new QLabel(tr("&Tag:"), this);
    tagLabel->setBuddy(m_tagFilter);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(12, 8, 12, 4);
    bar->setSpacing(8);
    bar->addWidget(areaLabel);
    bar->addWidget(m_areaFilter);
    bar->addSpacing(8);
    bar->addWidget(tagLabel);
    bar->addWidget(m_tagFilter);
    bar->addStretch();
    bar->addWidget(add);

    m_splitter->setObjectName(QStringLiteral("eventsSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_details->setMinimumWidth(220);
    if (!m_splitter->restoreState(QSettings().value(kSplitterKey).toByteArray()))
        m_splitter->setSizes({760, 300});
    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this] { QSettings().setValue(kSplitterKey, m_splitter->saveState()); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_splitter, 1);

    connect(m_areaFilter, &QComboBox::activated, this,
            [this] { m_filter->setAreaFilter(m_areaFilter->currentData().toLongLong()); });
    connect(m_tagFilter, &QComboBox::activated, this,
            [this] { m_filter->setTagFilter(m_tagFilter->currentData().toString()); });
    connect(m_view, &EventTimelineView::currentChanged, this, [this](const QModelIndex &index) {
        m_details->display(index);
        emit currentEventChanged(index.isValid() ? index.data(EventsModel::EventIdRole).toLongLong() : 0);
    });
    connect(m_view, &EventTimelineView::activated, this, [this] { editCurrentEvent(); });
    connect(m_view, &EventTimelineView::addRequested, this, [this] { addEvent(); });
    connect(m_view, &EventTimelineView::deleteRequested, this, &EventsPage::deleteCurrentEvent);
    connect(m_view, &EventTimelineView::eventDropped, this, &EventsPage::moveEventToMonth);
    connect(m_view, &EventTimelineView::pasteRequested, this, &EventsPage::addEventsFromLines);
    connect(m_view, &EventTimelineView::contextMenuRequested, this, &EventsPage::showContextMenu);
    connect(m_details, &EventDetails::editRequested, this, [this] { editCurrentEvent(); });

    m_privateAction = new QAction(tr("&Private"), this);
    m_privateAction->setObjectName(QStringLiteral("eventPrivateAction"));
    m_privateAction->setCheckable(true);
    m_privateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_privateAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_privateAction->setIcon(lockglyph::icon(palette().color(QPalette::Text)));
    m_privateAction->setToolTip(tr("Leave the event out of public exports (Ctrl+Shift+P)"));
    connect(m_privateAction, &QAction::triggered, this, &EventsPage::toggleCurrentEventPrivate);
    addAction(m_privateAction);
    connect(m_view, &EventTimelineView::currentChanged, this, &EventsPage::updatePrivateAction);
    connect(m_model, &QAbstractItemModel::modelReset, this, &EventsPage::updatePrivateAction);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &EventsPage::updatePrivateAction);
    updatePrivateAction();
    refillFilters();
}

void EventsPage::updatePrivateAction()
{
    const QModelIndex current = m_view->currentIndex();
    m_privateAction->setEnabled(!m_readOnly && current.isValid());
    m_privateAction->setChecked(current.isValid() && current.data(EventsModel::PrivateRole).toBool());
}

void EventsPage::toggleCurrentEventPrivate()
{
    const QModelIndex current = m_view->currentIndex();
    if (m_readOnly || !current.isValid())
        return updatePrivateAction();
    const Id eventId = current.data(EventsModel::EventIdRole).toLongLong();
    const bool makePrivate = !current.data(EventsModel::PrivateRole).toBool();
    auto *command = new SetPrivateCommand(m_repos.years.connection(), PrivateKind::Event, eventId, makePrivate);
    command->setYearId(m_model->yearId());
    // The change feed re-reads the page; the selection stays on the event.
    const Status stored = pushStored(m_undo, command); // a failure is announced by pushStored
    Q_UNUSED(stored);
    updatePrivateAction();
    emit changed();
}

void EventsPage::setYear(Id yearId)
{
    if (const QString error = m_model->setYear(yearId); !error.isEmpty())
        showError(error);
    m_view->setYearNumber(m_model->yearNumber());
    m_filter->setAreaFilter(EventFilterModel::kAnyArea);
    m_filter->setTagFilter({});
    refillFilters();
}

void EventsPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_view->setReadOnly(readOnly);
    m_addButton->setEnabled(!readOnly);
    updatePrivateAction();
}

void EventsPage::reload()
{
    const Id current = currentEventId();
    if (const QString error = m_model->reload(); !error.isEmpty())
        showError(error);
    refillFilters();
    if (current > 0)
        m_view->setCurrentIndex(m_filter->mapFromSource(m_model->indexOfEvent(current)));
}

void EventsPage::refillFilters()
{
    const Id area = m_filter->areaFilter();
    m_areaFilter->clear();
    m_areaFilter->addItem(tr("All areas"), EventFilterModel::kAnyArea);
    for (const Area &a : m_model->areas())
        m_areaFilter->addItem(a.name, a.id);
    m_areaFilter->addItem(tr("No area"), EventFilterModel::kNoArea);
    m_areaFilter->setCurrentIndex(std::max(0, m_areaFilter->findData(area)));

    QStringList tags;
    if (m_model->yearId() > 0) {
        auto loaded = m_repos.events.tagsOfYear(m_model->yearId());
        if (loaded.ok())
            tags = *loaded;
    }
    const QString tag = m_filter->tagFilter();
    m_tagFilter->clear();
    m_tagFilter->addItem(tr("Any tag"), QString());
    for (const QString &t : std::as_const(tags))
        m_tagFilter->addItem(QStringLiteral("#") + t, t);
    const int tagIndex = m_tagFilter->findData(tag);
    m_tagFilter->setCurrentIndex(std::max(0, tagIndex));
    if (tagIndex < 0 && !tag.isEmpty())
        m_filter->setTagFilter({}); // the last event with that tag is gone
}

Id EventsPage::currentEventId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(EventsModel::EventIdRole).toLongLong() : 0;
}

bool EventsPage::selectEvent(Id eventId)
{
    const QModelIndex source = m_model->indexOfEvent(eventId);
    if (!source.isValid())
        return false;
    QModelIndex shown = m_filter->mapFromSource(source);
    if (!shown.isValid()) {
        m_filter->setAreaFilter(EventFilterModel::kAnyArea);
        m_filter->setTagFilter({});
        refillFilters();
        shown = m_filter->mapFromSource(source);
    }
    m_view->setCurrentIndex(shown);
    m_view->setFocus();
    return shown.isValid();
}

EventEditor *EventsPage::openEditor(const Event &event)
{
    return openEditor(event, event);
}

EventEditor *EventsPage::openEditor(const Event &original, const Event &shown)
{
    if (m_editor) // one editor at a time
        m_editor->close();
    auto *editor = new EventEditor(m_model->areas(), shown, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this,
            [this, editor, original] { storeEdited(original, editor->editedEvent()); });
    m_editor = editor;
    editor->open();
    return editor;
}

void EventsPage::offerAgainIfChangedElsewhere(const Event &original, const Event &edited)
{
    auto now = m_repos.events.get(edited.id);
    if (!now.ok() || now->version == edited.version)
        return; // refused for another reason, which the window has said
    // What the user changed, over what the other client left: a field not touched here keeps the other change.
    Event shown = *now;
    const auto mine = [&](auto Event::*field) {
        if (!(edited.*field == original.*field))
            shown.*field = edited.*field;
    };
    mine(&Event::title);
    mine(&Event::date);
    mine(&Event::areaId);
    mine(&Event::notes);
    mine(&Event::tags);
    mine(&Event::isPrivate);
    openEditor(*now, shown);
}

EventEditor *EventsPage::addEvent()
{
    if (m_readOnly || m_model->yearId() <= 0)
        return nullptr;
    Event event;
    event.yearId = m_model->yearId();
    const int month = m_view->selectedMonth();
    event.date = month > 0 ? PartialDate::ofMonth(m_model->yearNumber(), month)
                           : PartialDate::ofYear(m_model->yearNumber());
    // New events start in the area being looked at.
    if (const Id area = m_filter->areaFilter(); area > 0)
        event.areaId = area;
    return openEditor(event);
}

EventEditor *EventsPage::editCurrentEvent()
{
    const QModelIndex current = m_view->currentIndex();
    if (m_readOnly || !current.isValid())
        return nullptr;
    return openEditor(m_model->eventAt(m_filter->mapToSource(current).row()));
}

void EventsPage::storeEdited(const Event &original, const Event &edited)
{
    if (original.id <= 0) {
        auto *command = new AddEventCommand(m_repos.events, edited);
        if (pushStored(m_undo, command).ok())
            selectEvent(command->eventId());
        emit changed();
        return;
    }
    const bool same = original.title == edited.title && original.date == edited.date && original.areaId == edited.areaId
            && original.tags == edited.tags && original.notes == edited.notes;
    const bool privacyChanged = original.isPrivate != edited.isPrivate;
    if (same && !privacyChanged)
        return;
    // One undo step for the editor's OK, whether it changed the fields, the private mark or both.
    const bool both = !same && privacyChanged;
    if (both)
        m_undo->beginMacro(tr("Edit Event"));
    Status stored;
    if (!same)
        stored = pushStored(m_undo, new EditEventCommand(m_repos.events, original, edited));
    if (stored.ok() && privacyChanged) {
        auto *mark = new SetPrivateCommand(m_repos.years.connection(), PrivateKind::Event, edited.id, edited.isPrivate);
        mark->setYearId(m_model->yearId());
        stored = pushStored(m_undo, mark);
    }
    if (both)
        m_undo->endMacro();
    if (stored.ok())
        selectEvent(edited.id);
    else
        QMetaObject::invokeMethod(
                this, [this, original, edited] { offerAgainIfChangedElsewhere(original, edited); },
                Qt::QueuedConnection);
    updatePrivateAction();
    emit changed();
}

void EventsPage::deleteCurrentEvent()
{
    const QModelIndex current = m_view->currentIndex();
    if (m_readOnly || !current.isValid())
        return;
    const int sourceRow = m_filter->mapToSource(current).row();
    // Keep the neighbour selected, so pressing Delete repeatedly walks through the events.
    const int nextRow = current.row() + 1 < m_filter->rowCount() ? current.row() + 1 : current.row() - 1;
    const Id next = nextRow >= 0 ? m_filter->index(nextRow, 0).data(EventsModel::EventIdRole).toLongLong() : 0;
    auto stored = m_repos.events.get(m_model->eventAt(sourceRow).id); // the full row, tags and position included
    if (!stored.ok())
        return showError(stored.error().message);
    if (pushStored(m_undo, new DeleteEventCommand(m_repos.events, *stored)).ok() && next > 0)
        selectEvent(next);
    emit changed();
}

bool EventsPage::moveEventToMonth(Id eventId, int month)
{
    if (m_readOnly || month < 1 || month > 12)
        return false;
    auto stored = m_repos.events.get(eventId);
    if (!stored.ok()) {
        showError(stored.error().message);
        return false;
    }
    if (stored->date.month() == month)
        return true; // dropped where it already is
    const bool ok = pushStored(m_undo, new MoveEventToMonthCommand(m_repos.events, *stored, month)).ok();
    if (ok)
        selectEvent(eventId);
    emit changed();
    return ok;
}

int EventsPage::addEventsFromLines(const QString &text)
{
    if (m_readOnly || m_model->yearId() <= 0)
        return 0;
    // Bullets and numbers the user's notes already have: "- ", "* ", "• ", "1. ", "2) ".
    static const QRegularExpression bullet(QStringLiteral("^\\s*(?:[-*+\\x{2022}\\x{00B7}]|\\d+[.)])\\s+"));
    QStringList titles;
    for (QString line : text.split(QLatin1Char('\n'))) {
        line.remove(bullet);
        line = line.trimmed();
        if (!line.isEmpty())
            titles << line;
    }
    if (titles.isEmpty())
        return 0;
    const int month = m_view->selectedMonth();
    const PartialDate date = month > 0 ? PartialDate::ofMonth(m_model->yearNumber(), month)
                                       : PartialDate::ofYear(m_model->yearNumber());
    int added = 0;
    m_undo->beginMacro(tr("Paste %n Event(s)", "", int(titles.size())));
    for (const QString &title : std::as_const(titles)) {
        Event event;
        event.yearId = m_model->yearId();
        event.title = title;
        event.date = date;
        if (pushStored(m_undo, new AddEventCommand(m_repos.events, event)).ok())
            ++added;
    }
    m_undo->endMacro();
    if (added == 0) // nothing stored: leave no empty step behind
        m_undo->undo();
    emit changed();
    return added;
}

void EventsPage::showContextMenu(const QModelIndex &index, const QPoint &globalPos)
{
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("eventContextMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (index.isValid()) {
        const Id eventId = index.data(EventsModel::EventIdRole).toLongLong();
        menu->addAction(tr("&Edit…"), this, [this] { editCurrentEvent(); })->setEnabled(!m_readOnly);
        QMenu *moveMenu = menu->addMenu(tr("&Move to"));
        moveMenu->setEnabled(!m_readOnly);
        const int month = index.data(EventsModel::MonthRole).toInt();
        for (int target = 1; target <= 12; ++target) {
            QAction *move = moveMenu->addAction(i18n::monthName(target), this,
                                                [this, eventId, target] { moveEventToMonth(eventId, target); });
            move->setEnabled(target != month);
        }
        menu->addAction(m_privateAction);
        menu->addSeparator();
        menu->addAction(tr("&Delete"), this, &EventsPage::deleteCurrentEvent)->setEnabled(!m_readOnly);
    } else {
        const int month = m_view->selectedMonth();
        const QString where = month > 0 ? i18n::monthName(month) : QString::number(m_model->yearNumber());
        menu->addAction(tr("&Add Event in %1…").arg(where), this, [this] { addEvent(); })->setEnabled(!m_readOnly);
    }
    menu->popup(globalPos);
}

void EventsPage::showError(const QString &message)
{
    emit CommandFailures::instance()->failed(tr("Events"), message, false);
}

} // namespace hoego
