// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include <QString>
#include <QStringList>

namespace hoego {

// The YAML block a static site or blog export puts before a post ("---" lines around "title:", "date:",
// "tags:"), read with yaml-cpp. A block YAML cannot read is still read line by line for its title and date.
struct FrontMatter
{
    QString title;
    int titleLine = 0; // 1-based
    QString date; // as written: "2025-01-05", "2025-01-05T09:00:00+09:00"
    int dateLine = 0;
    QStringList tags; // "tags", "keywords" or "categories", as a list or one comma-separated line
    int tagsLine = 0;
    qsizetype bodyStart = 0; // the first line after the block (0 without one)
};

FrontMatter readFrontMatter(const QStringList &lines);

} // namespace hoego
