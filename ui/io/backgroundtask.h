// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "result.h"

#include <QObject>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace hoego {

// Runs one slow job (an import, a PDF) on a worker thread so the window never freezes. The job reports
// progress through atomics that a timer reads on the GUI thread; finished() is emitted on the GUI thread.
class BackgroundTask final : public QObject
{
    Q_OBJECT

public:
    struct Progress
    {
        std::atomic<qint64> done{0};
        std::atomic<qint64> total{0};
        std::atomic<bool> cancelled{false};
    };
    using Job = std::function<Status(Progress &)>;

    explicit BackgroundTask(QObject *parent = nullptr);
    // Cancels a running job and waits for it: the job must not outlive what it writes to.
    ~BackgroundTask() override;

    bool isRunning() const { return m_thread != nullptr; }
    void start(Job job);
    void cancel() { m_progress.cancelled = true; }

signals:
    void progressed(qint64 done, qint64 total);
    void finished(bool ok, const QString &message);

private:
    void onThreadFinished();

    QThread *m_thread = nullptr;
    Progress m_progress;
    Status m_status;
    QTimer m_poll;
};

} // namespace hoego
