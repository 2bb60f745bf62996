// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "outputspage.h"

#include "common/privatetoggle.h"
#include "i18n/dates.h"
#include "io/outputgroups.h"
#include "journal/journal.h"
#include "model/outputkinds.h"
#include "outputcommands.h"
#include "outputeditor.h"
#include "outputpaste.h"
#include "outputsmodel.h"
#include "storage/repositories.h"
#include "undo/privacycommand.h"

#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace hoego {
namespace {

// The strip's button for the whole year; outputs known only to the year show there (QButtonGroup takes -1 as
// "pick an id", so the whole year is 0).
constexpr int kAllMonths = 0;

} // namespace

OutputsPage::OutputsPage(Journal &journal, QUndoStack *undo, QWidget *parent)
    : QWidget(parent)
    , m_repos(journal.repositories())
    , m_undo(undo)
    , m_model(new OutputsModel(this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_months(new QButtonGroup(this))
    , m_summary(new QLabel(this))
    , m_view(new QTableView(this))
    , m_error(new QLabel(this))
    , m_add(new QPushButton(tr("&Add Output…"), this))
    , m_edit(new QPushButton(tr("Edit…"), this))
    , m_delete(new QPushButton(tr("Delete"), this))
    , m_open(new QPushButton(tr("Open Link"), this))
{
    setObjectName(QStringLiteral("outputsPage"));
    setAccessibleName(tr("Outputs"));
    m_filter->setSourceModel(m_model);
    m_filter->setFilterRole(OutputsModel::MonthRole);

    // The month strip: the whole year, then each month with its count.
    auto *strip = new QHBoxLayout;
    strip->setSpacing(2);
    m_months->setExclusive(true);
    for (int month = kAllMonths; month <= 12; ++month) {
        auto *button = new QToolButton(this);
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setObjectName(QStringLiteral("outputMonth%1").arg(month));
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        m_months->addButton(button, month);
        strip->addWidget(button);
    }
    m_months->button(kAllMonths)->setChecked(true);
    connect(m_months, &QButtonGroup::idClicked, this, &OutputsPage::filterMonth);

    m_summary->setObjectName(QStringLiteral("outputsSummary"));
    m_summary->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("outputsView"));
    m_view->setAccessibleName(tr("Outputs of the year"));
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setDragEnabled(true);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(OutputsModel::TitleColumn, QHeaderView::Stretch);
    m_view->setToolTip(tr("Drag an output onto a goal on the Goals tab to make it evidence; Ctrl+V pastes lines "
                          "or links as outputs"));
    m_error->setObjectName(QStringLiteral("outputsError"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_add->setObjectName(QStringLiteral("addOutputButton"));
    m_edit->setObjectName(QStringLiteral("editOutputButton"));
    m_delete->setObjectName(QStringLiteral("deleteOutputButton"));
    m_open->setObjectName(QStringLiteral("openOutputLinkButton"));

    m_private = new PrivateToggle(m_view, m_undo, m_repos.years.connection(), [this] { return m_yearId; },
                                  {PrivateKind::Output, OutputsModel::IdRole, OutputsModel::PrivateRole,
                                   QStringLiteral("outputPrivateAction"),
                                   tr("Leave the output out of public exports (Ctrl+Shift+P)")});
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *privateButton = new QToolButton(this);
    privateButton->setObjectName(QStringLiteral("privateOutputButton"));
    privateButton->setDefaultAction(m_private->action());
    privateButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_open);
    buttons->addWidget(privateButton);
    buttons->addStretch();
    buttons->addWidget(m_delete);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(strip);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &OutputsPage::addOutput);
    connect(m_edit, &QPushButton::clicked, this, &OutputsPage::editOutput);
    connect(m_delete, &QPushButton::clicked, this, &OutputsPage::deleteOutput);
    connect(m_open, &QPushButton::clicked, this, &OutputsPage::openLink);
    connect(m_view, &QTableView::doubleClicked, this, &OutputsPage::editOutput);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &OutputsPage::updateEnabled);
    updateEnabled();
}

void OutputsPage::setYear(Id yearId)
{
    m_yearId = yearId;
    m_months->button(kAllMonths)->setChecked(true);
    filterMonth(kAllMonths);
    reload();
}

void OutputsPage::reload()
{
    const Id selected = current() ? current()->id : 0;
    QList<Output> outputs;
    QHash<Id, int> goalCounts;
    m_yearNumber = 0;
    if (auto year = m_repos.years.get(m_yearId); year.ok())
        m_yearNumber = year->number;
    if (auto loaded = m_repos.outputs.forYear(m_yearId); loaded.ok()) {
        outputs = *loaded;
        for (const Output &output : outputs) {
            if (auto goals = m_repos.evidence.goalsOf(EvidenceSource::Output, output.id); goals.ok())
                goalCounts.insert(output.id, int(goals->size()));
        }
    } else {
        m_error->setText(loaded.error().message);
        m_error->show();
    }
    m_model->setOutputs(outputs, goalCounts);
    m_view->resizeColumnToContents(OutputsModel::DateColumn);
    m_view->resizeColumnToContents(OutputsModel::KindColumn);
    updateStrip();
    if (selected != 0)
        showOutput(selected);
    updateEnabled();
}

void OutputsPage::updateStrip()
{
    QHash<int, int> perMonth;
    for (const Output &output : m_model->outputs())
        ++perMonth[output.date.month()];
    for (QAbstractButton *button : m_months->buttons()) {
        const int month = m_months->id(button);
        const int count = month == kAllMonths ? int(m_model->outputs().size()) : perMonth.value(month);
        const QString name = month == kAllMonths ? tr("All") : i18n::monthName(month);
        button->setText(count > 0 ? QStringLiteral("%1\n%2").arg(name).arg(count) : name);
        button->setAccessibleName(tr("%1: %n output(s)", nullptr, count).arg(name));
    }
    QStringList parts;
    for (const OutputGroup &group : outputsByKind(m_model->outputs()))
        parts << QStringLiteral("%1 %2").arg(outputkinds::pluralLabel(group.kind)).arg(group.outputs.size());
    m_summary->setText(parts.isEmpty() ? tr("Nothing recorded yet: add a post, a talk or a release, or paste links.")
                                       : parts.join(QStringLiteral(" · ")));
}

void OutputsPage::filterMonth(int month)
{
    m_filter->setFilterRegularExpression(month == kAllMonths ? QString() : QStringLiteral("^%1$").arg(month));
    updateEnabled();
}

void OutputsPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_private->setReadOnly(readOnly);
    updateEnabled();
}

const Output *OutputsPage::current() const
{
    const QModelIndex index = m_filter->mapToSource(m_view->currentIndex());
    return index.isValid() ? m_model->outputAt(index.row()) : nullptr;
}

void OutputsPage::updateEnabled()
{
    const Output *output = current();
    m_add->setEnabled(!m_readOnly && m_yearId != 0);
    m_edit->setEnabled(!m_readOnly && output);
    m_delete->setEnabled(!m_readOnly && output);
    m_open->setEnabled(output && !output->link.isEmpty());
}

bool OutputsPage::showOutput(Id id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    QModelIndex index = m_filter->mapFromSource(m_model->index(row, OutputsModel::TitleColumn));
    if (!index.isValid()) {
        m_months->button(kAllMonths)->setChecked(true);
        filterMonth(kAllMonths);
        index = m_filter->mapFromSource(m_model->index(row, OutputsModel::TitleColumn));
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

void OutputsPage::addOutput()
{
    Output fresh;
    fresh.yearId = m_yearId;
    fresh.kind = QStringLiteral("post");
    fresh.date = PartialDate::ofYear(m_yearNumber);
    const QStringList kinds
            = m_repos.outputs.kindsInUse().ok() ? *m_repos.outputs.kindsInUse() : outputkinds::builtinKeys();
    OutputEditor editor(fresh, m_yearNumber, kinds, m_repos.areas.all().ok() ? *m_repos.areas.all() : QList<Area>{},
                        this);
    while (editor.exec() == QDialog::Accepted) {
        auto *command = new AddOutputCommand(m_repos, editor.output());
        const Status added = pushStored(m_undo, command);
        if (added.ok()) {
            const Id id = command->outputId();
            reload();
            showOutput(id);
            return;
        }
        editor.showError(added.error().message);
    }
}

void OutputsPage::editOutput()
{
    const Output *output = current();
    if (!output || m_readOnly)
        return;
    Output before = *output;
    const QStringList kinds
            = m_repos.outputs.kindsInUse().ok() ? *m_repos.outputs.kindsInUse() : outputkinds::builtinKeys();
    OutputEditor editor(before, m_yearNumber, kinds, m_repos.areas.all().ok() ? *m_repos.areas.all() : QList<Area>{},
                        this);
    while (editor.exec() == QDialog::Accepted) {
        const Output after = editor.output();
        // The fields and the private mark are one undo step.
        const bool privacyChanged = after.isPrivate != before.isPrivate;
        if (privacyChanged)
            m_undo->beginMacro(tr("Edit Output"));
        Status edited = pushStored(m_undo, new EditOutputCommand(m_repos, before, after));
        if (edited.ok() && privacyChanged)
            edited = pushStored(
                    m_undo,
                    new SetPrivateCommand(m_repos.years.connection(), PrivateKind::Output, after.id, after.isPrivate));
        if (privacyChanged)
            m_undo->endMacro();
        if (edited.ok()) {
            reload();
            return;
        }
        editor.showError(edited.error().message);
        // Changed on another computer meanwhile (issue 16): the page shows that change, the editor keeps what was
        // typed, and saving again puts it over that change, as the user then chooses to.
        if (edited.error().code == Error::Code::Changed) {
            reload();
            if (auto now = m_repos.outputs.get(before.id); now.ok())
                before = *now;
        }
    }
}

void OutputsPage::deleteOutput()
{
    const Output *output = current();
    if (!output || m_readOnly)
        return;
    auto snapshot = m_repos.outputs.snapshot(output->id);
    const Status deleted = snapshot.ok() ? pushStored(m_undo, new DeleteOutputCommand(m_repos, *snapshot))
                                         : Status(snapshot.error());
    m_error->setText(deleted.ok() ? QString() : deleted.error().message);
    m_error->setVisible(!deleted.ok());
    reload();
}

void OutputsPage::openLink()
{
    if (const Output *output = current(); output && !output->link.isEmpty())
        QDesktopServices::openUrl(output->link);
}

int OutputsPage::addFromText(const QString &text)
{
    if (m_readOnly || m_yearId == 0)
        return 0;
    const QList<Output> outputs = outputpaste::parse(text, m_yearId, m_yearNumber, QStringLiteral("post"));
    if (outputs.isEmpty())
        return 0;
    // One undo step for the paste; a refused line (a title over the limit) stops it and says which.
    m_undo->beginMacro(tr("Paste %n Output(s)", nullptr, int(outputs.size())));
    int added = 0;
    QString problem;
    for (const Output &output : outputs) {
        const Status status = pushStored(m_undo, new AddOutputCommand(m_repos, output));
        if (!status.ok()) {
            problem = tr("\"%1\": %2").arg(output.title.left(40), status.error().message);
            break;
        }
        ++added;
    }
    m_undo->endMacro();
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    reload();
    return added;
}

void OutputsPage::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Paste)) {
        addFromText(QApplication::clipboard()->text());
        return;
    }
    if (event->matches(QKeySequence::Delete)) {
        deleteOutput();
        return;
    }
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_F2) {
        editOutput();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace hoego
