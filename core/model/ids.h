// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include <QtGlobal>

namespace hoego {
// Row ids as SQLite hands them out; 0 means "not stored yet" or "no link".
using Id = qint64;
} // namespace hoego
