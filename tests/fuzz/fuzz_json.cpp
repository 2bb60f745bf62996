// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

// libFuzzer target: Hoego's JSON exchange format, parsed and imported (dry run).
#include "fuzzdatabase.h"
#include "fuzzinputs.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    hoego::fuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    hoego::fuzz::feedJson(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), hoego::fuzz::connection());
    return 0;
}
