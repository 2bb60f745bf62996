// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "interrupter.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace hoego {
namespace {

// Virtual-machine steps between two looks at the flag: a few microseconds of work.
constexpr int kProgressSteps = 1000;

} // namespace

int Interrupter::progress(void *self)
{
    return static_cast<Interrupter *>(self)->interrupted() ? 1 : 0;
}

void Interrupter::attach(const QString &connection)
{
    const QVariant handle = QSqlDatabase::database(connection, false).driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return;
    const QMutexLocker locker(&m_mutex);
    m_handle = *static_cast<sqlite3 *const *>(handle.constData());
    sqlite3_progress_handler(m_handle, kProgressSteps, &Interrupter::progress, this);
}

void Interrupter::detach()
{
    const QMutexLocker locker(&m_mutex);
    if (m_handle)
        sqlite3_progress_handler(m_handle, 0, nullptr, nullptr);
    m_handle = nullptr;
}

void Interrupter::interrupt()
{
    m_interrupted.store(true);
    const QMutexLocker locker(&m_mutex);
    if (m_handle)
        sqlite3_interrupt(m_handle);
}

} // namespace hoego
