// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "backgroundtask.h"

#include <QThread>

namespace hoego {

BackgroundTask::BackgroundTask(QObject *parent)
    : QObject(parent)
{
    m_poll.setInterval(100);
    connect(&m_poll, &QTimer::timeout, this, [this] { emit progressed(m_progress.done, m_progress.total); });
}

BackgroundTask::~BackgroundTask()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void BackgroundTask::start(Job job)
{
    if (m_thread)
        return;
    m_progress.done = 0;
    m_progress.total = 0;
    m_progress.cancelled = false;
    m_thread = QThread::create([this, job = std::move(job)] { m_status = job(m_progress); });
    // QThread::finished is delivered to this object on the GUI thread (the QThread object lives there).
    connect(m_thread, &QThread::finished, this, &BackgroundTask::onThreadFinished);
    m_poll.start();
    m_thread->start();
}

void BackgroundTask::onThreadFinished()
{
    m_poll.stop();
    m_thread->deleteLater();
    m_thread = nullptr;
    emit progressed(m_progress.done, m_progress.total);
    emit finished(m_status.ok(), m_status.ok() ? QString() : m_status.error().message);
}

} // namespace hoego
