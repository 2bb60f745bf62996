# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Hoego developers

# What `cmake --install` puts into the prefix besides the hoego binary (installed by app/CMakeLists.txt):
# the desktop entry, the hicolor app icon, the AppStream metainfo and the translations.
include(GNUInstallDirs)

set(HOEGO_APP_ID io.github.hoego.hoego)

install(FILES ${PROJECT_SOURCE_DIR}/resources/${HOEGO_APP_ID}.desktop
    DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/${HOEGO_APP_ID}.svg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES ${PROJECT_SOURCE_DIR}/resources/${HOEGO_APP_ID}.metainfo.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

# The .qm files are also embedded in the binary (:/i18n); the installed copies are looked up first, so a
# translator can try an updated translation without rebuilding (see core/i18n/translations.cpp).
foreach(ts ${HOEGO_TS_FILES})
    get_filename_component(qm ${ts} NAME_WLE)
    install(FILES ${CMAKE_CURRENT_BINARY_DIR}/${qm}.qm DESTINATION ${CMAKE_INSTALL_DATADIR}/hoego/translations)
endforeach()

# Files given to Hoego: the MIME type of its databases (*.hoego) and its icon, so file managers offer Hoego.
install(FILES ${PROJECT_SOURCE_DIR}/resources/${HOEGO_APP_ID}.mime.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages RENAME ${HOEGO_APP_ID}.xml)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/${HOEGO_APP_ID}.svg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/mimetypes RENAME application-x-hoego-database.svg)

# The manual page and the bash completion.
install(FILES ${PROJECT_SOURCE_DIR}/resources/completion/hoego.bash
    DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME hoego)

# Debian wants manual pages and changelogs compressed, without a time stamp so builds are reproducible.
find_program(HOEGO_GZIP gzip REQUIRED)
set(HOEGO_MAN_PAGE ${CMAKE_CURRENT_BINARY_DIR}/hoego.1.gz)
set(HOEGO_CHANGELOG ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz)
add_custom_command(OUTPUT ${HOEGO_MAN_PAGE}
    COMMAND ${HOEGO_GZIP} -9nc ${PROJECT_SOURCE_DIR}/docs/hoego.1 > ${HOEGO_MAN_PAGE}
    DEPENDS ${PROJECT_SOURCE_DIR}/docs/hoego.1 VERBATIM)
add_custom_command(OUTPUT ${HOEGO_CHANGELOG}
    COMMAND ${HOEGO_GZIP} -9nc ${PROJECT_SOURCE_DIR}/resources/debian/changelog > ${HOEGO_CHANGELOG}
    DEPENDS ${PROJECT_SOURCE_DIR}/resources/debian/changelog VERBATIM)
add_custom_target(hoego_compressed_docs ALL DEPENDS ${HOEGO_MAN_PAGE} ${HOEGO_CHANGELOG})
install(FILES ${HOEGO_MAN_PAGE} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

# The package's copyright and changelog, where Debian looks for them (named after the package, not the project).
install(FILES ${PROJECT_SOURCE_DIR}/resources/debian/copyright ${HOEGO_CHANGELOG}
    DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/hoego)
