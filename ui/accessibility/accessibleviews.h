// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

namespace hoego {

// Installs the accessibility interfaces of Hoego's hand-drawn views, so screen readers get their items:
// every event card of the events timeline, every theme on the radar, every value of a chart (Qt Charts).
// Call once before the first window is shown; later calls do nothing.
void installAccessibleViews();

} // namespace hoego
