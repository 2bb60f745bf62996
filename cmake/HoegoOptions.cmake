# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Hoego developers

# One interface target carries the project's compiler settings; every Hoego target links it.
add_library(hoego_options INTERFACE)
target_compile_options(hoego_options INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual)
if(HOEGO_WERROR)
    target_compile_options(hoego_options INTERFACE -Werror)
endif()
target_compile_definitions(hoego_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)
if(HOEGO_LLD)
    include(CheckLinkerFlag)
    check_linker_flag(CXX -fuse-ld=lld HOEGO_HAVE_LLD)
    if(NOT HOEGO_HAVE_LLD)
        message(FATAL_ERROR "HOEGO_LLD is ON but the compiler cannot link with lld: install lld (scripts/deps)")
    endif()
    target_link_options(hoego_options INTERFACE -fuse-ld=lld)
endif()
if(HOEGO_SANITIZE)
    target_compile_options(hoego_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(hoego_options INTERFACE -fsanitize=address,undefined)
endif()
# Fuzzing: every target (hoego_core above all) gets libFuzzer's coverage instrumentation plus ASan and UBSan;
# the fuzz executables add -fsanitize=fuzzer for libFuzzer's main(). Needs clang (Debian's clang-14).
if(HOEGO_BUILD_FUZZERS)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "HOEGO_BUILD_FUZZERS needs clang: configure with -DCMAKE_CXX_COMPILER=clang++")
    endif()
    target_compile_options(hoego_options INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(hoego_options INTERFACE -fsanitize=address,undefined)
endif()
