// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include <QList>
#include <QString>

// Reflection questions Hoego offers for any year, written for Hoego in Korean and English. Each has a stable
// key: a database stores the key with the question, so adding it again to another year reuses the same
// question (and its answers line up year after year) whatever language the window is in.
namespace hoego {

struct BuiltinQuestion
{
    QString key;
    QString text; // in the interface language
};

QList<BuiltinQuestion> builtinQuestions();

} // namespace hoego
