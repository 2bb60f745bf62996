// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

// Empty on purpose: hoego_test_pch_gui (tests/CMakeLists.txt) only builds the precompiled header that the GUI
// tests reuse, and CMake needs one source file in the target to build it.
