// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "yearpage.h"

#include "events/eventsmodel.h"
#include "events/eventspage.h"
#include "goals/goalsmodel.h"
#include "goals/goalspage.h"
#include "mainwindow.h"
#include "storage/database.h"
#include "yearpage/yearpage.h"

#include <QAction>
#include <QApplication>
#include <QTabWidget>

namespace hoego::bench {

struct WindowDriver::Parts
{
    std::unique_ptr<MainWindow> window;
    Id goalId = 0;
    bool goalChecked = false;
};

WindowDriver::WindowDriver(Database &database)
    : m_database(database)
    , m_parts(std::make_unique<Parts>())
{ }

WindowDriver::~WindowDriver() = default;

QString WindowDriver::openWindow()
{
    m_parts->window.reset();
    m_parts->window = std::make_unique<MainWindow>(m_database);
    m_parts->window->resize(1100, 720);
    m_parts->window->show();
    m_parts->window->repaint();
    return {};
}

QString WindowDriver::showTab(int number)
{
    if (!m_parts->window)
        return QStringLiteral("no window");
    auto *action = m_parts->window->findChild<QAction *>(QStringLiteral("showTab%1Action").arg(number));
    if (action == nullptr)
        return QStringLiteral("no tab %1").arg(number);
    action->trigger();
    m_parts->window->repaint();
    return {};
}

QString WindowDriver::switchYear(bool back)
{
    if (!m_parts->window)
        return QStringLiteral("no window");
    auto *action = m_parts->window->findChild<QAction *>(back ? QStringLiteral("nextYearAction")
                                                              : QStringLiteral("previousYearAction"));
    if (action == nullptr || !action->isEnabled())
        return QStringLiteral("no other year to switch to");
    action->trigger();
    m_parts->window->repaint();
    return {};
}

int WindowDriver::eventRows() const
{
    if (!m_parts->window)
        return 0;
    auto *events = m_parts->window->yearPage()->eventsPage()->findChild<EventsModel *>();
    return events == nullptr ? 0 : events->rowCount();
}

QString WindowDriver::currentTab() const
{
    auto *tabs = m_parts->window ? m_parts->window->findChild<QTabWidget *>(QStringLiteral("yearTabs")) : nullptr;
    return tabs ? tabs->tabText(tabs->currentIndex()).remove(QLatin1Char('&')) : QString();
}

QString WindowDriver::toggleGoal()
{
    if (!m_parts->window)
        return QStringLiteral("no window");
    auto *goals = m_parts->window->yearPage()->goalsPage()->findChild<GoalsModel *>();
    if (goals == nullptr)
        return QStringLiteral("the window has no goals model");
    if (m_parts->goalId == 0) {
        for (const Goal &goal : goals->goals()) {
            if (goal.kind == GoalKind::Check && goal.status == GoalStatus::Open) {
                m_parts->goalId = goal.id;
                break;
            }
        }
        if (m_parts->goalId == 0)
            return QStringLiteral("no open check goal in the year");
    }
    const int row = goals->rowOfGoal(m_parts->goalId);
    if (row < 0)
        return QStringLiteral("the goal left the board");
    const bool check = !m_parts->goalChecked;
    goals->setData(goals->index(row, GoalsModel::CheckColumn), check ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
    // The board shows the check when the change feed's queued announcement arrives, as in the running window.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::MetaCall);
    const Goal *after = goals->goalAt(goals->rowOfGoal(m_parts->goalId));
    if (after == nullptr || (after->status == GoalStatus::Done) != check)
        return QStringLiteral("the board did not follow the check");
    m_parts->goalChecked = check;
    m_parts->window->repaint();
    return {};
}

} // namespace hoego::bench
