// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "serversuite.h"

#include "journal/journal.h"
#include "storage/database.h"
#include "storage/databasecopy.h"
#include "storage/repositories.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace hoego::bench {
namespace {

constexpr double kPropagationTarget = 1000; // ms, issue 16
constexpr int kPropagationTimeout = 5000; // ms: a run that hears nothing by then failed

// An open check goal of the newest year with goals, or 0.
Id openCheckGoal(Repositories &repos)
{
    auto overviews = repos.years.overviews();
    if (!overviews.ok())
        return 0;
    for (auto year = overviews->crbegin(); year != overviews->crend(); ++year) {
        auto goals = repos.goals.forYear(year->year.id);
        if (!goals.ok())
            continue;
        for (const Goal &goal : *goals)
            if (goal.kind == GoalKind::Check && goal.status == GoalStatus::Open)
                return goal.id;
    }
    return 0;
}

} // namespace

QString prepareServerDatabase(const QString &address, const QString &sourceFile)
{
    auto target = Database::open(address);
    if (!target.ok())
        return target.error().message;
    auto empty = databasecopy::isEmpty(target.value()->connectionName());
    if (!empty.ok())
        return empty.error().message;
    if (!empty.value())
        return {};
    Database::Options readOnly;
    readOnly.readOnly = true;
    readOnly.lock = false;
    readOnly.create = false;
    auto source = Database::open(sourceFile, readOnly);
    if (!source.ok())
        return source.error().message;
    auto copied = databasecopy::copy(source.value()->connectionName(), target.value()->connectionName());
    return copied.ok() ? QString() : copied.error().message;
}

Measurement measureServerPropagation(const QString &label, const QString &address, int repeats)
{
    const QString name = QStringLiteral("goal check seen by a second client");
    auto writer = Database::open(address);
    auto reader = Database::open(address);
    if (!writer.ok() || !reader.ok())
        return namedRow(label, name, writer.ok() ? reader.error().message : writer.error().message);
    Repositories repos(writer.value()->connectionName());
    const Id goalId = openCheckGoal(repos);
    if (goalId == 0)
        return namedRow(label, name, QStringLiteral("no open check goal"));
    Journal other(reader.value()->connectionName());
    bool heard = false;
    QObject::connect(&other, &Journal::changed, &other, [&heard, goalId](const ChangeSet &changes) {
        heard = heard || changes.ids(Stored::Goal).contains(goalId);
    });
    bool checked = false;
    // Each run toggles the goal (a real write) and waits for the other client's journal to name it.
    return timeRepeated(label, name, repeats, kPropagationTarget, [&]() -> QString {
        heard = false;
        const Status written = checked ? repos.goals.uncheck(goalId) : repos.goals.check(goalId);
        if (!written.ok())
            return written.error().message;
        checked = !checked;
        QElapsedTimer waited;
        waited.start();
        while (!heard && waited.elapsed() < kPropagationTimeout)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
        return heard ? QString() : QStringLiteral("the second client heard nothing within 5 s");
    });
}

} // namespace hoego::bench
