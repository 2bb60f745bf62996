// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The kinds of output Hoego knows (post, talk, course, book, paper, release, other). They are stored by key and
// shown in the interface language; any other text is a kind the user named, stored and shown as written.
namespace hoego::outputkinds {

QStringList builtinKeys();
bool isBuiltin(const QString &kind);
// The kind as the interface shows it: a built-in kind translated, a user's kind as written.
QString label(const QString &kind);
// The plural heading for a kind ("Posts", "글"), for exports and summaries.
QString pluralLabel(const QString &kind);
// Reads a kind typed or imported in either language ("글", "talk", "Talks") back to its key; other text is
// returned trimmed, as a user's kind.
QString fromText(const QString &text);

} // namespace hoego::outputkinds
