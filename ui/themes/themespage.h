// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/entities.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTabWidget;
class QUndoStack;

namespace hoego {

class Journal;
struct Repositories;
class PrivateToggle;
class RadarChart;
class ThemeHistoryModel;
class YearThemesModel;

// The Themes tab of a year (issue 12): the year's themes with their state and note, the radar, and the history
// of every theme across years. Every edit is an undo step; the page reads the year again when the change feed
// says so (through YearPage).
class ThemesPage final : public QWidget
{
    Q_OBJECT

public:
    ThemesPage(Journal &journal, QUndoStack *undo, QWidget *parent = nullptr);

    void setYear(Id yearId);
    void reload();
    void setReadOnly(bool readOnly);
    // Selects the theme's entry of this year ("theme" hits of the search); false when it is not here.
    bool showEntry(Id entryId);

    // For tests and the window: the parts a user works with.
    YearThemesModel *model() const { return m_model; }
    RadarChart *radar() const { return m_radar; }
    ThemeHistoryModel *history() const { return m_history; }
    // Adds a theme by name to the year in the given state (what the Add button does).
    void addTheme(const QString &name, ThemeState state);
    // Saves the radar as PNG or SVG (by the extension); returns the error message, empty when written.
    QString saveRadar(const QString &path) const;

private:
    void addFromFields();
    void removeSelected();
    void carryFromPreviousYear();
    void requestState(Id entryId, ThemeState state);
    void showLinksMenu();
    void selectEntry(Id entryId);
    Id selectedEntry() const;
    Year previousYear() const; // id 0 when this is the first year
    void showError(const QString &message);
    void updateButtons();
    void showThemeDetails();
    // Changes the selected theme's area and/or notes (what is given) as one undo step.
    void editSelectedTheme(std::optional<Id> areaId, std::optional<QString> notes);

    Repositories &m_repos;
    QUndoStack *m_undo;
    Id m_yearId = 0;
    bool m_readOnly = false;
    QHash<Id, Area> m_areas;
    YearThemesModel *m_model;
    ThemeHistoryModel *m_history;
    QLineEdit *m_name;
    QComboBox *m_state;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_carry;
    QPushButton *m_links;
    QTableView *m_table;
    QTabWidget *m_views;
    RadarChart *m_radar;
    QTableView *m_historyView;
    QLabel *m_error;
    QLabel *m_carryHint; // offered on a year without themes when the year before has some
    QComboBox *m_area; // the selected theme's area and notes, shared by all its years
    QLineEdit *m_notes;
    PrivateToggle *m_private = nullptr;
};

} // namespace hoego
