// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include <QString>
#include <QStringList>

namespace hoego::test {

struct HoegoRun
{
    int exitCode = -1; // -1 also when it did not finish in time
    QString out;
    QString err;
};

// Runs the real hoego executable the way a script on a server would: no display, Qt's font-less platform.
HoegoRun runHoegoAt(const QString &executable, const QStringList &arguments);

} // namespace hoego::test
