// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "measurement.h"

#include <QString>

namespace hoego::bench {

// Makes the server database at `address` hold what `sourceFile` holds: copied in when it holds nothing yet (a copy
// refuses anything else), used as it is when it holds years already. Empty on success, else what went wrong.
QString prepareServerDatabase(const QString &address, const QString &sourceFile);

// Two clients of one server, as on two computers: a goal checked off through one connection, timed until the
// journal of the other has heard of it (issue 16's target: within a second).
Measurement measureServerPropagation(const QString &label, const QString &address, int repeats);

} // namespace hoego::bench
