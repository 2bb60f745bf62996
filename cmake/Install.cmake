# What `cmake --install` puts into the prefix besides the hoego binary (installed by app/CMakeLists.txt):
# the desktop entry, the hicolor app icon, the AppStream metainfo and the translations.
include(GNUInstallDirs)

set(HOEGO_APP_ID io.github.hoego.Hoego)

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
