# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Hoego developers

# Hoego's own translations, built with qt_add_translations and embedded under :/i18n in hoego_core, so the
# window, the command line and the tests all find them.
#
# hoego_ko.ts is the complete Korean translation. English is the source language: hoego_en.ts only carries
# plural forms ("%n year(s)" -> "1 year" / "2 years"); its other entries stay empty and show the source text.
#
# lupdate reads only the sources it is given, so every layer's files are listed here (not just hoego_core's),
# otherwise strings of the UI and the command line would be marked vanished.
# Update the .ts files with: cmake --build <build dir> --target update_translations
file(GLOB_RECURSE HOEGO_TRANSLATABLE_SOURCES CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/core/*.h ${PROJECT_SOURCE_DIR}/core/*.cpp
    ${PROJECT_SOURCE_DIR}/ui/*.h ${PROJECT_SOURCE_DIR}/ui/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.ui
    ${PROJECT_SOURCE_DIR}/app/*.h ${PROJECT_SOURCE_DIR}/app/*.cpp)

set(HOEGO_TS_FILES
    ${PROJECT_SOURCE_DIR}/resources/translations/hoego_ko.ts
    ${PROJECT_SOURCE_DIR}/resources/translations/hoego_en.ts)

qt_add_translations(hoego_core
    TS_FILES ${HOEGO_TS_FILES}
    SOURCES ${HOEGO_TRANSLATABLE_SOURCES}
    INCLUDE_DIRECTORIES ${PROJECT_SOURCE_DIR}/core ${PROJECT_SOURCE_DIR}/ui ${PROJECT_SOURCE_DIR}/app
    # No source locations: line numbers would churn the .ts files on every unrelated edit.
    LUPDATE_OPTIONS -locations none
    LRELEASE_OPTIONS -silent)
