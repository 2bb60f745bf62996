// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include <QByteArray>
#include <QString>

// One input through one importer, the way a user's file goes: decode, parse, then import into the database
// on `connection` as a dry run (every check runs, nothing stays). Shared by the libFuzzer targets and the
// regression test that replays the corpus and every input that once crashed.
namespace hoego::fuzz {

void feedMarkdown(const QByteArray &data, const QString &connection);
void feedJson(const QByteArray &data, const QString &connection);
// A saved web page: its article read as Markdown, then as a post.
void feedHtml(const QByteArray &data, const QString &connection);
// The RedNotebook importer reads files: the input is written to a month file in `scratchFolder` first.
void feedRedNotebook(const QByteArray &data, const QString &connection, const QString &scratchFolder);

} // namespace hoego::fuzz
