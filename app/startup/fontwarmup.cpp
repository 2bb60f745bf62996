// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "fontwarmup.h"

#include "perf.h"

#include <QFontDatabase>
#include <QStringList>

namespace hoego {

FontWarmUp::FontWarmUp()
    : m_thread([] {
        QFontDatabase::families();
        perf::milestone("font list read");
    })
{ }

FontWarmUp::~FontWarmUp()
{
    m_thread.join();
}

} // namespace hoego
