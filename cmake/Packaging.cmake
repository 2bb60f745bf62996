# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Hoego developers

# `cpack -G DEB` (see scripts/package): a Debian package of what cmake/Install.cmake installs, under /usr.
set(CPACK_PACKAGE_NAME hoego)
set(CPACK_PACKAGE_VENDOR "The Hoego developers")
set(CPACK_PACKAGE_CONTACT "The Hoego developers <hoego@users.noreply.github.com>")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/hoego/hoego")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "yearly retrospective and goals for the next year")
# Lines under 80 columns: dpkg shows the description as it is written (lintian checks the width).
set(CPACK_PACKAGE_DESCRIPTION
    "Hoego (회고) is a desktop app for a yearly retrospective. Write down what\n\
happened month by month, mark the moments that mattered, keep the lessons and\n\
unfinished things, and turn them into goals for the coming year. Notes stay on\n\
your computer in a local SQLite database; the interface is in Korean and\n\
English.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build/;/\\\\.git/")

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# Library dependencies come from dpkg-shlibdeps (dpkg-dev). Qt loads the SQLite driver as a plugin at run
# time, which shlibdeps cannot see, so it is named here.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
# Without a CJK font Korean shows as empty boxes; Qt's own translations give Korean standard buttons.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-cjk, qt6-translations-l10n")

include(CPack)
