// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include <QObject>
#include <QPointer>

namespace hoego {

struct Repositories;

// Where goal commands report: the board reloads on applied() and shows failed() without blocking. Commands hold
// it weakly, so a command left on a shared undo stack outlives a closed board safely.
class GoalCommandSink final : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

signals:
    void applied();
    void failed(const QString &message);
};

// What every goal command needs: the repositories to write through and the sink to report to.
struct GoalCommandEnv
{
    Repositories *repos = nullptr;
    QPointer<GoalCommandSink> sink;
};

} // namespace hoego
