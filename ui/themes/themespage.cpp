// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "themespage.h"

#include "radarchart.h"
#include "themecommands.h"
#include "themehistorymodel.h"
#include "themestatedelegate.h"
#include "themestates.h"
#include "yearthemesmodel.h"

#include "common/privatetoggle.h"
#include "common/widgetimage.h"
#include "journal/journal.h"
#include "storage/repositories.h"

#include <QComboBox>
#include <QCompleter>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QStringListModel>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace hoego {

ThemesPage::ThemesPage(Journal &journal, QUndoStack *undo, QWidget *parent)
    : QWidget(parent)
    , m_repos(journal.repositories())
    , m_undo(undo)
    , m_model(new YearThemesModel(this))
    , m_history(new ThemeHistoryModel(this))
    , m_name(new QLineEdit(this))
    , m_state(new QComboBox(this))
    , m_add(new QPushButton(tr("&Add Theme"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_carry(new QPushButton(this))
    , m_links(new QPushButton(tr("Links…"), this))
    , m_table(new QTableView(this))
    , m_views(new QTabWidget(this))
    , m_radar(new RadarChart(this))
    , m_historyView(new QTableView(this))
    , m_error(new QLabel(this))
    , m_carryHint(new QLabel(this))
    , m_area(new QComboBox(this))
    , m_notes(new QLineEdit(this))
{
    setObjectName(QStringLiteral("themesPage"));
    setAccessibleName(tr("Themes"));

    m_name->setObjectName(QStringLiteral("themeNameField"));
    m_name->setPlaceholderText(tr("A technology, field or interest (e.g. RAG)"));
    m_name->setAccessibleName(tr("New theme's name"));
    m_name->setCompleter(new QCompleter(new QStringListModel(this), this));
    m_name->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_state->setObjectName(QStringLiteral("themeStateField"));
    m_state->setAccessibleName(tr("New theme's state"));
    for (const ThemeState state : themestates::ringOrder())
        m_state->addItem(themestates::name(state), int(state));
    m_state->setCurrentIndex(themestates::ringOf(ThemeState::Assess));
    m_add->setObjectName(QStringLiteral("addThemeButton"));
    m_remove->setObjectName(QStringLiteral("removeThemeButton"));
    m_remove->setToolTip(tr("Take the selected theme out of this year (Delete); its other years stay"));
    m_carry->setObjectName(QStringLiteral("carryThemesButton"));
    m_links->setObjectName(QStringLiteral("themeLinksButton"));
    m_links->setToolTip(tr("Link the selected theme to this year's goals, events and sections"));

    m_table->setObjectName(QStringLiteral("yearThemesView"));
    m_table->setAccessibleName(tr("This year's themes"));
    m_table->setModel(m_model);
    m_private = new PrivateToggle(m_table, m_undo, m_repos.years.connection(), [this] { return m_yearId; },
                                  {PrivateKind::Theme, YearThemesModel::EntryIdRole, YearThemesModel::PrivateRole,
                                   QStringLiteral("themePrivateAction"),
                                   tr("Leave the theme's year out of public exports (Ctrl+Shift+P)")});
    auto *privateButton = new QToolButton(this);
    privateButton->setObjectName(QStringLiteral("privateThemeButton"));
    privateButton->setDefaultAction(m_private->action());
    privateButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setItemDelegateForColumn(YearThemesModel::StateColumn, new ThemeStateDelegate(m_table));
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);

    m_historyView->setObjectName(QStringLiteral("themeHistoryView"));
    m_historyView->setAccessibleName(tr("Themes across years"));
    m_historyView->setModel(m_history);
    m_historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyView->horizontalHeader()->setStretchLastSection(true);
    m_historyView->setTextElideMode(Qt::ElideMiddle);

    auto *saveRadar = new QPushButton(tr("Save Radar As…"), this);
    saveRadar->setObjectName(QStringLiteral("saveRadarButton"));
    auto *radarPage = new QWidget(this);
    auto *radarLayout = new QVBoxLayout(radarPage);
    radarLayout->addWidget(m_radar, 1);
    radarLayout->addWidget(saveRadar, 0, Qt::AlignRight);
    m_views->addTab(radarPage, tr("Radar"));
    m_views->addTab(m_historyView, tr("Across Years"));
    m_views->setDocumentMode(true);

    m_error->setObjectName(QStringLiteral("themesError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();

    m_carryHint->setObjectName(QStringLiteral("carryThemesHint"));
    m_carryHint->setWordWrap(true);
    m_carryHint->hide();

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_carryHint);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_name, 1);
    addRow->addWidget(m_state);
    addRow->addWidget(m_add);
    leftLayout->addLayout(addRow);
    leftLayout->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_remove);
    buttons->addWidget(m_links);
    buttons->addWidget(privateButton);
    buttons->addStretch(1);
    buttons->addWidget(m_carry);
    m_area->setObjectName(QStringLiteral("themeAreaField"));
    m_area->setAccessibleName(tr("The theme's area"));
    m_notes->setObjectName(QStringLiteral("themeNotesField"));
    m_notes->setAccessibleName(tr("The theme's notes"));
    m_notes->setPlaceholderText(tr("Notes on the theme, for every year"));
    auto *details = new QHBoxLayout;
    details->addWidget(m_area);
    details->addWidget(m_notes, 1);
    leftLayout->addLayout(details);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(m_error);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_views);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_add, &QPushButton::clicked, this, &ThemesPage::addFromFields);
    connect(m_name, &QLineEdit::returnPressed, this, &ThemesPage::addFromFields);
    connect(m_remove, &QPushButton::clicked, this, &ThemesPage::removeSelected);
    connect(m_carry, &QPushButton::clicked, this, &ThemesPage::carryFromPreviousYear);
    connect(m_links, &QPushButton::clicked, this, &ThemesPage::showLinksMenu);
    connect(saveRadar, &QPushButton::clicked, this, [this] {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
        const QString path = QFileDialog::getSaveFileName(this, tr("Save Radar"), folder + QStringLiteral("/radar.png"),
                                                          tr("PNG image (*.png);;SVG drawing (*.svg)"));
        if (!path.isEmpty())
            showError(this->saveRadar(path));
    });
    connect(m_private, &PrivateToggle::stored, this, &ThemesPage::reload);
    auto *removeShortcut = new QAction(this);
    removeShortcut->setShortcut(QKeySequence::Delete);
    removeShortcut->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(removeShortcut);
    connect(removeShortcut, &QAction::triggered, this, &ThemesPage::removeSelected);

    connect(m_model, &YearThemesModel::entryEditRequested, this,
            [this](const ThemeYear &before, const ThemeYear &after) {
                const QString text = before.state != after.state ? tr("Change Theme State") : tr("Edit Theme Note");
                const Status edited = pushStored(m_undo, new EditThemeYearCommand(m_repos.themes, before, after, text));
                showError(edited.ok() ? QString() : edited.error().message);
                // Read again once the view has closed its editor (a reset inside setData would pull the row away).
                QMetaObject::invokeMethod(this, &ThemesPage::reload, Qt::QueuedConnection);
            });
    connect(m_model, &YearThemesModel::renameRequested, this, [this](const Theme &before, const QString &name) {
        Theme after = before;
        after.name = name;
        const Status renamed = pushStored(m_undo, new EditThemeCommand(m_repos.themes, before, after));
        showError(renamed.ok() ? QString() : renamed.error().message);
        QMetaObject::invokeMethod(this, &ThemesPage::reload, Qt::QueuedConnection);
    });
    connect(m_radar, &RadarChart::stateChangeRequested, this, &ThemesPage::requestState);
    connect(m_radar, &RadarChart::entrySelected, this, &ThemesPage::selectEntry);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_radar->setSelectedEntry(selectedEntry());
        updateButtons();
        showThemeDetails();
    });
    connect(m_area, &QComboBox::activated, this,
            [this] { editSelectedTheme(m_area->currentData().toLongLong(), std::nullopt); });
    connect(m_notes, &QLineEdit::editingFinished, this, [this] { editSelectedTheme(std::nullopt, m_notes->text()); });
    updateButtons();
}

void ThemesPage::setYear(Id yearId)
{
    m_yearId = yearId;
    reload();
}

void ThemesPage::reload()
{
    const Id keep = selectedEntry();
    auto themes = m_repos.themes.forYear(m_yearId);
    auto areas = m_repos.areas.all();
    auto all = m_repos.themes.all();
    if (!themes.ok() || !areas.ok() || !all.ok()) {
        showError((!themes.ok() ? themes.error() : !areas.ok() ? areas.error() : all.error()).message);
        return;
    }
    m_areas.clear();
    for (const Area &area : areas.value())
        m_areas.insert(area.id, area);
    m_model->setThemes(*themes, m_areas);
    m_radar->setThemes(*themes, m_areas);
    QStringList names;
    for (const Theme &theme : all.value())
        names << theme.name;
    static_cast<QStringListModel *>(m_name->completer()->model())->setStringList(names);
    if (const QString error = m_history->load(m_repos); !error.isEmpty())
        showError(error);
    m_table->resizeColumnToContents(YearThemesModel::NameColumn);
    m_table->resizeColumnToContents(YearThemesModel::StateColumn);
    if (keep != 0)
        selectEntry(keep);
    updateButtons();
    showThemeDetails();
}

void ThemesPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_model->setEditable(!readOnly);
    m_radar->setEditable(!readOnly);
    m_name->setEnabled(!readOnly);
    m_state->setEnabled(!readOnly);
    m_private->setReadOnly(readOnly);
    updateButtons();
}

bool ThemesPage::showEntry(Id entryId)
{
    if (m_model->rowOfEntry(entryId) < 0)
        return false;
    m_views->setCurrentIndex(0);
    selectEntry(entryId);
    m_table->setFocus();
    return true;
}

void ThemesPage::addTheme(const QString &name, ThemeState state)
{
    if (name.simplified().isEmpty() || m_yearId == 0)
        return;
    auto *command = new AddThemeCommand(m_repos.themes, m_yearId, name, state);
    const Status added = pushStored(m_undo, command);
    if (!added.ok()) {
        showError(added.error().message);
        return;
    }
    showError({});
    reload();
}

void ThemesPage::addFromFields()
{
    const QString name = m_name->text().simplified();
    if (name.isEmpty())
        return;
    const int before = m_model->rowCount();
    addTheme(name, ThemeState(m_state->currentData().toInt()));
    if (m_model->rowCount() > before) {
        m_name->clear();
        selectEntry(m_model->themes().last().entry.id);
    }
}

void ThemesPage::removeSelected()
{
    const int row = m_model->rowOfEntry(selectedEntry());
    if (row < 0 || m_readOnly)
        return;
    const YearTheme theme = m_model->themes().at(row);
    const Status removed
            = pushStored(m_undo, new RemoveThemeFromYearCommand(m_repos.themes, theme.entry, theme.theme.name));
    showError(removed.ok() ? QString() : removed.error().message);
    reload();
}

Year ThemesPage::previousYear() const
{
    auto years = m_repos.years.overviews();
    if (!years.ok())
        return {};
    Year previous;
    for (const YearOverview &overview : years.value()) {
        if (overview.year.id == m_yearId)
            return previous;
        previous = overview.year;
    }
    return {};
}

void ThemesPage::carryFromPreviousYear()
{
    const Id from = previousYear().id;
    if (from == 0 || m_readOnly)
        return;
    auto *command = new CarryThemesCommand(m_repos.themes, from, m_yearId);
    const Status carried = pushStored(m_undo, command);
    showError(carried.ok() ? QString() : carried.error().message);
    reload();
}

void ThemesPage::requestState(Id entryId, ThemeState state)
{
    const int row = m_model->rowOfEntry(entryId);
    if (row < 0 || m_readOnly)
        return;
    const ThemeYear before = m_model->themes().at(row).entry;
    ThemeYear after = before;
    after.state = state;
    const Status changed
            = pushStored(m_undo, new EditThemeYearCommand(m_repos.themes, before, after, tr("Change Theme State")));
    showError(changed.ok() ? QString() : changed.error().message);
    reload();
    selectEntry(entryId);
}

void ThemesPage::showLinksMenu()
{
    const int row = m_model->rowOfEntry(selectedEntry());
    if (row < 0)
        return;
    const Id themeId = m_model->themes().at(row).theme.id;
    auto links = m_repos.themes.linksOf(themeId);
    auto goals = m_repos.goals.forYear(m_yearId);
    auto events = m_repos.events.forYear(m_yearId);
    auto sections = m_repos.sections.forYear(m_yearId);
    if (!links.ok() || !goals.ok() || !events.ok() || !sections.ok())
        return;
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("themeLinksMenu"));
    const auto addEntries = [&](QMenu *submenu, ThemeLinkTarget target, Id id, const QString &title) {
        QAction *action = submenu->addAction(title);
        action->setCheckable(true);
        ThemeLink existing{0, themeId, target, id};
        for (const ThemeLink &link : links.value()) {
            if (link.target == target && link.targetId == id)
                existing = link;
        }
        action->setChecked(existing.id != 0);
        action->setEnabled(!m_readOnly);
        connect(action, &QAction::triggered, this, [this, existing] {
            const Status done = pushStored(m_undo, new ThemeLinkCommand(m_repos.themes, existing, existing.id != 0));
            showError(done.ok() ? QString() : done.error().message);
            reload();
        });
    };
    QMenu *goalMenu = menu.addMenu(tr("Goals"));
    for (const Goal &goal : goals.value())
        addEntries(goalMenu, ThemeLinkTarget::Goal, goal.id, goal.title);
    QMenu *eventMenu = menu.addMenu(tr("Events"));
    for (const Event &event : events.value())
        addEntries(eventMenu, ThemeLinkTarget::Event, event.id, event.title);
    QMenu *sectionMenu = menu.addMenu(tr("Review Sections"));
    for (const Section &section : sections.value())
        addEntries(sectionMenu, ThemeLinkTarget::Section, section.id, section.heading);
    goalMenu->setEnabled(!goals->isEmpty());
    eventMenu->setEnabled(!events->isEmpty());
    sectionMenu->setEnabled(!sections->isEmpty());
    menu.exec(m_links->mapToGlobal(QPoint(0, m_links->height())));
}

void ThemesPage::selectEntry(Id entryId)
{
    const int row = m_model->rowOfEntry(entryId);
    if (row < 0)
        return;
    m_table->selectionModel()->setCurrentIndex(m_model->index(row, YearThemesModel::NameColumn),
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_radar->setSelectedEntry(entryId);
}

Id ThemesPage::selectedEntry() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.data(YearThemesModel::EntryIdRole).toLongLong() : 0;
}

void ThemesPage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void ThemesPage::updateButtons()
{
    const bool selected = selectedEntry() != 0;
    m_add->setEnabled(!m_readOnly);
    m_remove->setEnabled(!m_readOnly && selected);
    m_links->setEnabled(selected);
    const Year previous = previousYear();
    m_carry->setEnabled(!m_readOnly && previous.id != 0);
    m_carry->setText(previous.id != 0 ? tr("Carry %1's Themes").arg(previous.number) : tr("Carry Last Year's Themes"));
    m_carry->setToolTip(tr("Add last year's themes to this year with their states"));
    // A new year starts empty: say what the year before followed, next to the button that brings it over.
    int previousCount = 0;
    if (previous.id != 0 && m_model->rowCount() == 0) {
        if (auto themes = m_repos.themes.forYear(previous.id); themes.ok())
            previousCount = int(themes->size());
    }
    m_carryHint->setText(
            tr("%1 followed %n theme(s). Carry them into this year with their states?", nullptr, previousCount)
                    .arg(previous.number));
    m_carryHint->setVisible(!m_readOnly && previousCount > 0);
    m_carry->setDefault(previousCount > 0);
}

void ThemesPage::showThemeDetails()
{
    const int row = m_model->rowOfEntry(selectedEntry());
    const QSignalBlocker blockArea(m_area);
    const QSignalBlocker blockNotes(m_notes);
    m_area->clear();
    m_area->addItem(tr("No area"), Id(0));
    for (const Area &area : std::as_const(m_areas))
        m_area->addItem(area.name, area.id);
    m_area->setEnabled(row >= 0 && !m_readOnly);
    m_notes->setEnabled(row >= 0 && !m_readOnly);
    if (row < 0) {
        m_notes->clear();
        return;
    }
    const Theme &theme = m_model->themes().at(row).theme;
    m_area->setCurrentIndex(std::max(0, m_area->findData(theme.areaId)));
    m_notes->setText(theme.notes);
}

void ThemesPage::editSelectedTheme(std::optional<Id> areaId, std::optional<QString> notes)
{
    const int row = m_model->rowOfEntry(selectedEntry());
    if (row < 0 || m_readOnly)
        return;
    const Theme before = m_model->themes().at(row).theme;
    Theme after = before;
    if (areaId)
        after.areaId = *areaId;
    if (notes)
        after.notes = notes->trimmed();
    if (after.areaId == before.areaId && after.notes == before.notes)
        return;
    const Status edited = pushStored(m_undo, new EditThemeCommand(m_repos.themes, before, after));
    showError(edited.ok() ? QString() : edited.error().message);
    reload();
}

QString ThemesPage::saveRadar(const QString &path) const
{
    return saveWidgetImage(m_radar, path, tr("Theme radar"));
}

} // namespace hoego
