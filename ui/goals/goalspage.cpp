// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "goalspage.h"

#include "closeyearcommands.h"
#include "closeyeardialog.h"
#include "common/lockglyph.h"
#include "goalcommands.h"
#include "goaldetailspanel.h"
#include "goaleditordialog.h"
#include "goalsdelegate.h"
#include "goalsfiltermodel.h"
#include "goalsmodel.h"
#include "io/pastedlist.h"
#include "journal/journal.h"
#include "outputs/outputdrop.h"
#include "progress/goalcounts.h"
#include "storage/repositories.h"
#include "undo/privacycommand.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace hoego {
namespace {

constexpr int kRepeatedlyCarriedYears = 2;

template<typename Widget>
Widget *named(Widget *widget, const QString &name, const QString &accessible)
{
    widget->setObjectName(name);
    widget->setAccessibleName(accessible);
    return widget;
}

} // namespace

GoalsPage::GoalsPage(Journal &journal, QUndoStack *undo, QWidget *parent)
    : QWidget(parent)
    , m_journal(journal)
    , m_repos(journal.repositories())
    , m_undo(undo ? undo : new QUndoStack(this))
{
    setObjectName(QStringLiteral("goalsPage"));
    setAccessibleName(tr("Goals"));
    connect(&journal, &Journal::changed, this, &GoalsPage::followStoredChanges);

    m_heading = named(new QLabel(this), QStringLiteral("goalsHeading"), tr("Year"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_summary = named(new QLabel(this), QStringLiteral("goalsSummary"), tr("Goals done"));
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_closeYear = named(new QPushButton(tr("Close the Year…"), this), QStringLiteral("closeYearButton"),
                        tr("Close the year"));
    m_closeYear->setToolTip(tr("Walk through the goals not done: carry them over, drop them or leave them open"));
    auto *header = new QHBoxLayout;
    header->addWidget(m_heading);
    header->addSpacing(12);
    header->addWidget(m_summary, 0, Qt::AlignBottom);
    header->addStretch();
    header->addWidget(m_closeYear);

    m_add = named(new QPushButton(tr("+ Add Goal"), this), QStringLiteral("addGoalButton"), tr("Add goal"));
    m_add->setToolTip(tr("Add a goal (Ctrl+G). Pasting several lines adds one goal per line."));
    m_areaFilter = named(new QComboBox(this), QStringLiteral("areaFilter"), tr("Filter by area"));
    m_statusFilter = named(new QComboBox(this), QStringLiteral("statusFilter"), tr("Filter by status"));
    m_statusFilter->addItem(tr("All statuses"));
    for (GoalStatus status : {GoalStatus::Open, GoalStatus::Done, GoalStatus::CarriedOver, GoalStatus::Dropped})
        m_statusFilter->addItem(GoalsModel::statusText(status), int(status));
    m_sort = named(new QComboBox(this), QStringLiteral("goalsSort"), tr("Sort"));
    m_sort->addItem(tr("Board order"), -1);
    m_sort->addItem(tr("Sort by title"), int(GoalsModel::TitleColumn));
    m_sort->addItem(tr("Sort by area"), int(GoalsModel::AreaColumn));
    m_sort->addItem(tr("Sort by progress"), int(GoalsModel::ProgressColumn));
    m_sort->addItem(tr("Sort by status"), int(GoalsModel::StatusColumn));
    m_carriedToggle = named(new QPushButton(tr("Carried Again and Again"), this), QStringLiteral("carriedToggle"),
                            tr("Show goals that keep being carried"));
    m_carriedToggle->setCheckable(true);
    m_carriedToggle->setToolTip(
            tr("Goals carried over %1 or more years, across all years").arg(kRepeatedlyCarriedYears));
    auto *tools = new QHBoxLayout;
    tools->addWidget(m_add);
    tools->addSpacing(12);
    tools->addWidget(m_areaFilter);
    tools->addWidget(m_statusFilter);
    tools->addWidget(m_sort);
    tools->addStretch();
    tools->addWidget(m_carriedToggle);

    m_error = named(new QLabel(this), QStringLiteral("goalsErrorLabel"), tr("Error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { background: #FDECEA; color: #8A1C1C; padding: 6px; "
                                          "border-radius: 4px; }"));
    m_error->hide();

    m_model = new GoalsModel(this);
    m_proxy = new GoalsFilterModel(this);
    m_proxy->setSourceModel(m_model);
    m_view = named(new QTreeView(this), QStringLiteral("goalsView"), tr("Goals"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new GoalsDelegate(m_view));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDropIndicatorShown(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->installEventFilter(this);
    // Outputs dragged from the Outputs tab onto a goal become its evidence (issue 13).
    new OutputDropOnGoals(m_view, GoalsModel::GoalIdRole, m_repos, m_undo);
    QHeaderView *columns = m_view->header();
    columns->setStretchLastSection(false);
    columns->setSectionsMovable(false);
    columns->setSectionResizeMode(GoalsModel::CheckColumn, QHeaderView::Fixed);
    columns->resizeSection(GoalsModel::CheckColumn, 34);
    columns->setSectionResizeMode(GoalsModel::TitleColumn, QHeaderView::Stretch);
    // Compact enough that at 1024 pixels the titles keep most of the board (they elide in the middle).
    columns->resizeSection(GoalsModel::AreaColumn, 92);
    columns->resizeSection(GoalsModel::ProgressColumn, 112);
    columns->resizeSection(GoalsModel::StatusColumn, 104);

    m_carried = named(new QTreeWidget(this), QStringLiteral("carriedList"), tr("Goals that keep being carried"));
    m_carried->setHeaderLabels({tr("Year"), tr("Goal"), tr("Carried")});
    m_carried->setRootIsDecorated(false);
    m_carried->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_carried->header()->setStretchLastSection(false);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_carried);

    m_details = new GoalDetailsPanel(
            m_repos, m_undo, [this](StoredCommand *command) { return push(command); }, this);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("goalDetailsScroll"));
    scroll->setWidget(m_details);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumWidth(300);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("goalsSplitter"));
    splitter->addWidget(m_stack);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(tools);
    layout->addWidget(m_error);
    layout->addWidget(splitter, 1);

    auto *add = new QAction(tr("Add Goal"), this);
    add->setObjectName(QStringLiteral("addGoalAction"));
    add->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    add->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(add);
    connect(add, &QAction::triggered, this, &GoalsPage::addGoal);
    auto *pasteAction = new QAction(tr("Paste Goals"), m_view);
    pasteAction->setObjectName(QStringLiteral("pasteGoalsAction"));
    pasteAction->setShortcut(QKeySequence::Paste);
    pasteAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(pasteAction);
    connect(pasteAction, &QAction::triggered, this, [this] { pasteGoals(QGuiApplication::clipboard()->text()); });
    m_privateAction = new QAction(tr("&Private"), m_view);
    m_privateAction->setObjectName(QStringLiteral("goalPrivateAction"));
    m_privateAction->setCheckable(true);
    m_privateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_privateAction->setShortcutContext(Qt::WidgetShortcut);
    m_privateAction->setIcon(lockglyph::icon(palette().color(QPalette::Text)));
    m_privateAction->setToolTip(tr("Leave the goal out of public exports (Ctrl+Shift+P)"));
    m_view->addAction(m_privateAction);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_privateAction, &QAction::triggered, this, &GoalsPage::toggleCurrentGoalPrivate);

    connect(m_add, &QPushButton::clicked, this, &GoalsPage::addGoal);
    connect(m_closeYear, &QPushButton::clicked, this, &GoalsPage::closeYear);
    connect(m_areaFilter, &QComboBox::currentIndexChanged, this, &GoalsPage::updateFilters);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &GoalsPage::updateFilters);
    connect(m_sort, &QComboBox::currentIndexChanged, this, &GoalsPage::updateFilters);
    connect(m_carriedToggle, &QPushButton::toggled, this, [this](bool on) {
        m_stack->setCurrentIndex(on ? 1 : 0);
        if (on)
            reloadCarried();
    });
    connect(m_model, &GoalsModel::checkRequested, this,
            [this](Id goalId, bool done) { push(new CheckGoalCommand(m_repos, goalId, done)); });
    // Queued: the move reloads the model, which must not happen inside the view's own drop handling.
    connect(
            m_model, &GoalsModel::moveRequested, this,
            [this](Id goalId, int from, int to) { push(new MoveGoalCommand(m_repos, goalId, from, to)); },
            Qt::QueuedConnection);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &GoalsPage::updateDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &GoalsPage::updateDetails);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &GoalsPage::updateDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &GoalsPage::updatePrivateAction);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &GoalsPage::updatePrivateAction);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &GoalsPage::updatePrivateAction);

    reload();
}

GoalsPage::~GoalsPage() = default;

void GoalsPage::setYear(Id yearId)
{
    // The same year reads the goals again (they may have changed elsewhere, e.g. by an import) and keeps the
    // selection; another year starts at its first goal.
    const bool otherYear = yearId != m_yearId;
    m_yearId = yearId;
    // A failed edit stays named while the same year reads again (the failure itself may be what changed it).
    if (otherYear)
        m_error->hide();
    reload();
    if (otherYear && m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, GoalsModel::TitleColumn));
}

void GoalsPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_model->setReadOnly(readOnly);
    m_details->setReadOnly(readOnly);
    updateEnabled();
}

bool GoalsPage::showItem(const QString &kind, Id id)
{
    if (kind != QLatin1String("goal"))
        return false;
    const int row = m_model->rowOfGoal(id);
    if (row < 0)
        return false;
    m_carriedToggle->setChecked(false);
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, GoalsModel::TitleColumn));
    if (!index.isValid()) {
        m_areaFilter->setCurrentIndex(0);
        m_statusFilter->setCurrentIndex(0);
        index = m_proxy->mapFromSource(m_model->index(row, GoalsModel::TitleColumn));
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    m_view->setFocus();
    return true;
}

void GoalsPage::reload()
{
    QList<Goal> goals;
    QHash<Id, int> carried;
    int yearNumber = 0;
    if (m_yearId != 0) {
        auto loaded = m_repos.goals.forYear(m_yearId);
        auto carriedYears = m_repos.goals.carriedYearsForYear(m_yearId);
        auto areas = m_repos.areas.all();
        auto year = m_repos.years.get(m_yearId);
        for (const Status &status : {Status(loaded), Status(carriedYears), Status(areas), Status(year)}) {
            if (!status.ok()) {
                showError(status.error().message);
                return;
            }
        }
        goals = loaded.value();
        carried = carriedYears.value();
        m_areas = areas.value();
        yearNumber = year->number;
    }

    const Id current = currentGoalId();
    const QString areaChoice = m_areaFilter->currentText();
    m_areaFilter->blockSignals(true);
    m_areaFilter->clear();
    m_areaFilter->addItem(tr("All areas"));
    m_areaFilter->addItem(tr("No area"), Id(0));
    for (const Area &area : std::as_const(m_areas)) {
        QPixmap swatch(12, 12);
        swatch.fill(area.color);
        m_areaFilter->addItem(QIcon(swatch), area.name, area.id);
    }
    m_areaFilter->setCurrentIndex(qMax(0, m_areaFilter->findText(areaChoice)));
    m_areaFilter->blockSignals(false);

    m_model->setGoals(goals, carried, m_areas);
    if (current != 0) {
        const int row = m_model->rowOfGoal(current);
        if (row >= 0)
            m_view->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, GoalsModel::TitleColumn)));
    }

    m_heading->setText(yearNumber ? tr("Goals for %1").arg(yearNumber) : tr("Goals"));
    m_details->setYearNumber(yearNumber);
    showCounts();
    if (m_carriedToggle->isChecked())
        reloadCarried();
    updateDetails();
    updateEnabled();
}

void GoalsPage::showCounts()
{
    const progress::GoalCounts counts = progress::countGoals(m_model->goals());
    m_summary->setText(counts.all() == 0 ? tr("No goals yet") : progress::CountsText::doneOfTotal(counts));
    m_summary->setToolTip(counts.all() == 0 ? QString() : progress::CountsText::line(counts));
}

void GoalsPage::followStoredChanges(const ChangeSet &changes)
{
    if (m_yearId == 0)
        return;
    // What the board's rows show besides the goals themselves, and what only the selected goal's details show
    // (its themes and the events and outputs offered as evidence).
    const bool boardTouched = changes.touchesAny(
            {Stored::Milestone, Stored::GoalLink, Stored::GoalEvidence, Stored::Area, Stored::Year});
    if (!boardTouched && !changes.touches(Stored::Goal)) {
        if (changes.touchesAny({Stored::Event, Stored::Output, Stored::Theme, Stored::ThemeLink}))
            updateDetails();
        return;
    }
    // The common case, a goal checked, counted, renamed or marked: read those goals alone (a few rows instead
    // of the year's goals, their milestones and the carried counts).
    if (!boardTouched && updateGoalsInPlace(changes.ids(Stored::Goal)))
        return;
    reload();
}

bool GoalsPage::updateGoalsInPlace(const QSet<Id> &goalIds)
{
    QList<Goal> stored;
    for (const Id id : goalIds) {
        if (m_model->rowOfGoal(id) < 0)
            return false; // a goal added here, or one of another year: only a full read can tell
        auto goal = m_repos.goals.get(id);
        if (!goal.ok() || goal->yearId != m_yearId)
            return false; // deleted or moved away
        if (goal->position != m_model->goalAt(m_model->rowOfGoal(id))->position)
            return false; // reordered: the rows move
        stored << goal.value();
    }
    for (const Goal &goal : std::as_const(stored))
        m_model->updateGoal(goal);
    showCounts();
    return true;
}

void GoalsPage::reloadCarried()
{
    m_carried->clear();
    auto carried = m_repos.goals.goalsCarriedRepeatedly(kRepeatedlyCarriedYears);
    if (!carried.ok()) {
        showError(carried.error().message);
        return;
    }
    for (const CarriedGoal &entry : carried.value()) {
        auto *item = new QTreeWidgetItem(
                m_carried,
                {QString::number(entry.yearNumber), entry.goal.title, GoalsModel::carriedText(entry.carriedYears)});
        item->setData(0, Qt::UserRole, entry.goal.id);
    }
    if (carried->isEmpty())
        new QTreeWidgetItem(m_carried,
                            {QString(), tr("No goal has been carried %1 or more years.").arg(kRepeatedlyCarriedYears)});
}

void GoalsPage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void GoalsPage::updateDetails()
{
    const Id id = currentGoalId();
    const int row = m_model->rowOfGoal(id);
    const Goal *goal = m_model->goalAt(row);
    m_details->setGoal(goal ? std::optional<Goal>(*goal) : std::nullopt, m_areas);
    // A goal shows the themes it is linked to, as a theme shows its goals.
    QStringList themes;
    if (goal) {
        if (auto links = m_repos.themes.linksTo(ThemeLinkTarget::Goal, goal->id); links.ok()) {
            for (const ThemeLink &link : links.value()) {
                if (auto theme = m_repos.themes.get(link.themeId); theme.ok())
                    themes << theme->name;
            }
        }
    }
    m_details->setThemes(themes);
}

void GoalsPage::updateEnabled()
{
    const bool editable = m_yearId != 0 && !m_readOnly;
    m_add->setEnabled(editable);
    m_closeYear->setEnabled(editable);
    for (QAction *action : actions())
        action->setEnabled(editable);
    for (QAction *action : m_view->actions())
        action->setEnabled(editable);
    m_view->setDragEnabled(editable && m_sort->currentData().toInt() < 0);
    updatePrivateAction();
}

void GoalsPage::updatePrivateAction()
{
    if (!m_privateAction)
        return;
    const QModelIndex current = m_view->currentIndex();
    m_privateAction->setEnabled(m_yearId != 0 && !m_readOnly && current.isValid());
    m_privateAction->setChecked(current.isValid() && current.data(GoalsModel::PrivateRole).toBool());
}

void GoalsPage::toggleCurrentGoalPrivate()
{
    const QModelIndex current = m_view->currentIndex();
    const Id goalId = currentGoalId();
    if (goalId == 0 || m_readOnly)
        return updatePrivateAction();
    const bool makePrivate = !current.data(GoalsModel::PrivateRole).toBool();
    auto *command = new SetPrivateCommand(m_repos.years.connection(), PrivateKind::Goal, goalId, makePrivate);
    command->setYearId(m_yearId);
    // The change feed shows the mark on the board, which keeps the selection.
    push(command);
    updatePrivateAction();
}

void GoalsPage::updateFilters()
{
    const QVariant area = m_areaFilter->currentData();
    m_proxy->setAreaFilter(area.isValid() ? std::optional<Id>(area.toLongLong()) : std::nullopt);
    const QVariant status = m_statusFilter->currentData();
    m_proxy->setStatusFilter(status.isValid() ? std::optional<GoalStatus>(GoalStatus(status.toInt())) : std::nullopt);
    const int column = m_sort->currentData().toInt();
    m_proxy->sort(column, column == GoalsModel::ProgressColumn ? Qt::DescendingOrder : Qt::AscendingOrder);
    updateEnabled();
}

Id GoalsPage::currentGoalId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(GoalsModel::GoalIdRole).toLongLong() : 0;
}

bool GoalsPage::push(StoredCommand *command)
{
    if (m_readOnly || m_yearId == 0) {
        delete command;
        return false;
    }
    // The board shows its own failures in place; what was stored comes back through the change feed.
    const Status stored = pushShownInPage(m_undo, command);
    if (stored.ok())
        m_error->hide();
    else
        showError(stored.error().message);
    // The board shows its own edit before the next click reads it (a second +1, a second check): the journal's
    // announcement is queued, so it is delivered now rather than on the next loop turn.
    m_journal.deliverPending();
    return stored.ok();
}

void GoalsPage::toggleCurrent()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return;
    const QModelIndex check = index.siblingAtColumn(GoalsModel::CheckColumn);
    if (!(check.flags() & Qt::ItemIsUserCheckable))
        return;
    const bool done = check.data(Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Checked;
    m_proxy->setData(check, done ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
}

bool GoalsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier) {
            toggleCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void GoalsPage::addGoal()
{
    if (m_readOnly || m_yearId == 0)
        return;
    auto *dialog = new GoalEditorDialog(m_areas, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    Goal blank;
    blank.yearId = m_yearId;
    const QVariant area = m_areaFilter->currentData();
    if (area.isValid())
        blank.areaId = area.toLongLong();
    dialog->setGoal(blank);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        Goal goal = dialog->goal();
        goal.yearId = m_yearId;
        auto *command = new AddGoalCommand(m_repos, goal);
        const Id added = push(command) ? command->goalId() : 0;
        // Select the new goal so its steps can be filled in at once: read it now rather than when the change
        // feed's announcement arrives.
        if (added != 0) {
            reload();
            showItem(QStringLiteral("goal"), added);
        }
    });
    dialog->open();
}

int GoalsPage::pasteGoals(const QString &text)
{
    if (m_readOnly || m_yearId == 0)
        return 0;
    const QList<pastedlist::Item> pasted = pastedlist::parse(text);
    if (pasted.isEmpty())
        return 0;
    m_undo->beginMacro(pasted.size() == 1 ? tr("Paste Goal") : tr("Paste %1 Goals").arg(pasted.size()));
    for (const pastedlist::Item &line : pasted) {
        Goal goal;
        goal.yearId = m_yearId;
        goal.title = line.text;
        goal.status = line.checked.value_or(false) ? GoalStatus::Done : GoalStatus::Open;
        push(new AddGoalCommand(m_repos, goal));
    }
    m_undo->endMacro();
    return int(pasted.size());
}

void GoalsPage::closeYear()
{
    if (m_readOnly || m_yearId == 0)
        return;
    auto *dialog = new CloseYearDialog(m_repos, m_yearId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { applyCloseYear(dialog->plan()); });
    dialog->open();
}

void GoalsPage::applyCloseYear(const CloseYearPlan &plan)
{
    YearClosing closing;
    closing.yearId = plan.yearId;
    closing.nextYearNumber = plan.nextYearNumber;
    for (const CloseYearPlan::GoalChoice &choice : plan.goals) {
        if (choice.choice == CloseYearPlan::Choice::Carry)
            closing.carried << choice.goalId;
        else if (choice.choice == CloseYearPlan::Choice::Drop)
            closing.dropped.append({choice.goalId, choice.reason});
    }
    for (const QString &text : plan.lessons) {
        Lesson lesson;
        lesson.yearId = plan.yearId;
        lesson.text = text;
        closing.lessons << lesson;
    }
    closing.unfinished = plan.unfinished;
    if (closing.isEmpty())
        return;
    auto year = m_repos.years.get(plan.yearId);
    if (!year.ok())
        return;
    push(new CloseYearCommand(m_repos.years.connection(), closing, year->number));
}

} // namespace hoego
