// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/entities.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QComboBox;
class QModelIndex;
class QSplitter;
class QUndoStack;

namespace hoego {

class Journal;
struct Repositories;
class EventDetails;
class EventEditor;
class EventFilterModel;
class EventTimelineView;
class EventsModel;

// The Events tab of a year: filters by area and tag, the month-by-month timeline, and the selected event's
// details. Every edit goes through the undo stack as one command.
class EventsPage final : public QWidget
{
    Q_OBJECT

public:
    EventsPage(Journal &journal, QUndoStack *undo, QWidget *parent = nullptr);

    void setYear(Id yearId);
    void setReadOnly(bool readOnly);
    // Reads the events again, keeping the selection when the event still exists.
    void reload();
    // Selects the event (clearing filters that hide it); false when it is not in this year.
    bool selectEvent(Id eventId);
    Id currentEventId() const;

    // Opens the editor for a new event in the selected month (non-blocking); returns it for callers that
    // want to fill it in (tests, the menu). Null when read-only or no year is open.
    EventEditor *addEvent();
    EventEditor *editCurrentEvent();
    void deleteCurrentEvent();
    // Marks the selected event private, or public again (Ctrl+Shift+P; issue 14). One undo step.
    void toggleCurrentEventPrivate();
    QAction *privateAction() const { return m_privateAction; }
    // The drop path: moves the event to `month` of its year, keeping the day when it exists there.
    bool moveEventToMonth(Id eventId, int month);
    // Adds one event per non-empty line (bullets stripped), as one undo step. Returns how many.
    int addEventsFromLines(const QString &text);

    EventTimelineView *timeline() const { return m_view; }
    EventsModel *model() const { return m_model; }
    EventFilterModel *filterModel() const { return m_filter; }

signals:
    void changed();
    void currentEventChanged(Id eventId);

private:
    void refillFilters();
    void showContextMenu(const QModelIndex &index, const QPoint &globalPos);
    EventEditor *openEditor(const Event &event);
    // The editor filled with `shown`, saving over `original` (the event as stored).
    EventEditor *openEditor(const Event &original, const Event &shown);
    // An edit refused because another client changed the event meanwhile (issue 16): the editor opens again with
    // what the user typed over the event as it is now, so nothing typed is lost and saving again is a choice.
    void offerAgainIfChangedElsewhere(const Event &original, const Event &edited);
    void storeEdited(const Event &original, const Event &edited);
    void showError(const QString &message);
    void updatePrivateAction();

    Repositories &m_repos;
    QUndoStack *m_undo;
    EventsModel *m_model;
    EventFilterModel *m_filter;
    EventTimelineView *m_view;
    EventDetails *m_details;
    QComboBox *m_areaFilter;
    QComboBox *m_tagFilter;
    QWidget *m_addButton;
    QAction *m_privateAction;
    QSplitter *m_splitter;
    QPointer<EventEditor> m_editor;
    bool m_readOnly = false;
};

} // namespace hoego
