# SPDX-License-Identifier: GPL-3.0-or-later
# Installation layout and CPack: two Debian packages on Linux (scripts/package), an NSIS
# installer on Windows (docs/windows.md). Included once, at the end of the top-level
# CMakeLists.txt, after every target exists.
#
# Every install() rule names its component, and each component is one Debian package:
#   station  sampling-station: the window, the CLI, desktop files, udev rule, user guides
#   server   province-server: the server, its systemd unit and deployment guide
include(GNUInstallDirs)

set(STATION_APP_ID org.samplingstation.SamplingStation)
set(STATION_PACKAGE_NAME sampling-station)
set(STATION_PACKAGE_MAINTAINER "Sampling Station developers <packaging@samplingstation.org>"
    CACHE STRING "Maintainer field of the Debian package (name <email>)")
set(STATION_PACKAGE_DOCDIR ${CMAKE_INSTALL_DATADIR}/doc/${STATION_PACKAGE_NAME})
set(STATION_SERVER_PACKAGE_NAME province-server)
set(STATION_SERVER_PACKAGE_DOCDIR ${CMAKE_INSTALL_DATADIR}/doc/${STATION_SERVER_PACKAGE_NAME})
set(STATION_INSTALLER_DIR ${CMAKE_CURRENT_LIST_DIR})
set(STATION_INSTALLER_BINARY_DIR ${CMAKE_BINARY_DIR}/installer)

if(UNIX AND NOT APPLE)
  include(${STATION_INSTALLER_DIR}/linux/DesktopIntegration.cmake)
  include(${STATION_INSTALLER_DIR}/linux/Guides.cmake)
  include(${STATION_INSTALLER_DIR}/linux/ServerService.cmake)
  # Debian's hardening: resolve every symbol at start-up so the GOT can be read-only.
  foreach(target sampling-station sampling-station-cli province-server)
    target_link_options(${target} PRIVATE LINKER:-z,relro,-z,now)
  endforeach()
endif()

# Qt's deployment script: on Windows it runs windeployqt into the install tree; on Linux
# the distribution's Qt packages are dependencies of the .deb instead, so the script only
# says it skipped (NO_UNSUPPORTED_PLATFORM_ERROR), and it is not installed.
foreach(target sampling-station sampling-station-cli province-server)
  string(MAKE_C_IDENTIFIER ${target} target_id)
  qt_generate_deploy_app_script(
    TARGET ${target}
    FILENAME_VARIABLE STATION_DEPLOY_SCRIPT_${target_id}
    NO_UNSUPPORTED_PLATFORM_ERROR)
endforeach()
if(WIN32)
  include(${STATION_INSTALLER_DIR}/windows/Windows.cmake)
endif()

# ---- CPack ---------------------------------------------------------------------------
set(CPACK_PACKAGE_NAME ${STATION_PACKAGE_NAME})
set(CPACK_PACKAGE_VENDOR "Sampling Station developers")
set(CPACK_PACKAGE_CONTACT ${STATION_PACKAGE_MAINTAINER})
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build/;/\\\\.git/")

if(WIN32)
  set(CPACK_GENERATOR NSIS)
  # One installer with everything, as before the components existed.
  set(CPACK_MONOLITHIC_INSTALL ON)
  set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "workstation of a mass-testing sampling table")
else()
  set(CPACK_GENERATOR DEB)
  # Each package's synopsis is the first line of its description below; CPack would put
  # this common one in front of both.
  set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "")
endif()

# Debian: one package per component. dpkg-shlibdeps finds the libraries the binaries link;
# the plugins Qt and GStreamer load at run time, and the programs the binaries run, are
# invisible to it and are listed by hand.
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL station server)
set(CPACK_DEBIAN_STATION_PACKAGE_NAME ${STATION_PACKAGE_NAME})
set(CPACK_DEBIAN_SERVER_PACKAGE_NAME ${STATION_SERVER_PACKAGE_NAME})
# Under /usr whatever CMAKE_INSTALL_PREFIX the tree was configured with (scripts/test keeps
# /usr/local); install destinations are relative, so they all land under it.
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${STATION_PACKAGE_MAINTAINER})
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION TRUE)

# ---- sampling-station ------------------------------------------------------------------
set(STATION_DEBIAN_RUNTIME_PLUGINS
    # the station database (QSQLITE driver)
    libqt6sql6-sqlite
    # platform plugins beyond those in libqt6gui6
    qt6-qpa-plugins
    # camera scanning: Qt Multimedia's GStreamer back end and the GStreamer elements it uses
    libqt6multimedia6
    gstreamer1.0-plugins-base
    gstreamer1.0-plugins-good
    # SVG icons (image format and icon engine plugins)
    libqt6svg6
    # TLS to the provincial server: Qt's OpenSSL back end loads libssl at run time
    libssl3
    # Chinese text on screen and on labels; Latin text of the shift report PDF
    fonts-wqy-microhei
    fonts-dejavu-core
    # Qt's own buttons and menus in Chinese (qtbase_zh_CN.qm, loaded at start-up)
    qt6-translations-l10n
    # site time zones for the dashboard and shift report (QTimeZone reads the system's)
    tzdata)
string(REPLACE ";" ", " CPACK_DEBIAN_PACKAGE_DEPENDS "${STATION_DEBIAN_RUNTIME_PLUGINS}")
# Printing: both programs print `cups:` and `cups-raw:` printers by running `lp`
# (labels/CupsBackend); the window also prints through QPrinter, whose CUPS plugin comes
# with libqt6printsupport6 (found by dpkg-shlibdeps). A printer plugged into the laptop
# needs the CUPS daemon; a ZPL printer on the network (zpl://) needs neither.
set(CPACK_DEBIAN_STATION_PACKAGE_DEPENDS "${CPACK_DEBIAN_PACKAGE_DEPENDS}, cups-client")
set(CPACK_DEBIAN_STATION_PACKAGE_RECOMMENDS "cups")
# The first line is the synopsis; CPack indents the others and turns the empty line into
# the " ." paragraph separator.
set(CPACK_DEBIAN_STATION_DESCRIPTION
"workstation of a mass-testing sampling table
Sampling Station runs one sampling table of a mass-testing site: staff scan a
tube, then the residents whose swabs go into it; the station caps the tube at
its pooling ratio, prints tube and box labels, records the hand-over of boxes
and uploads the records to the provincial server, working offline when the
network drops.

The package holds the desktop application (sampling-station), its command-line
companion for provisioning, printing, backups and checks (sampling-station-cli)
and the guides for a site in Chinese and English. The provincial server is the
province-server package.")
set(CPACK_DEBIAN_STATION_PACKAGE_CONTROL_EXTRA
    ${STATION_INSTALLER_DIR}/linux/postinst
    ${STATION_INSTALLER_DIR}/linux/postrm)

# ---- province-server -------------------------------------------------------------------
set(STATION_DEBIAN_SERVER_DEPENDS
    # the default database (QSQLITE driver)
    libqt6sql6-sqlite
    # HTTPS: Qt's OpenSSL back end loads libssl at run time
    libssl3
    # the postinst creates the service's system user
    adduser)
string(REPLACE ";" ", " CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "${STATION_DEBIAN_SERVER_DEPENDS}")
# A deployment keeps its records in PostgreSQL (QPSQL driver), on this machine or another.
set(CPACK_DEBIAN_SERVER_PACKAGE_RECOMMENDS "libqt6sql6-psql")
# Until 0.2.0 the server came inside the sampling-station package: upgrading that one
# package from 0.1.x hands /usr/bin/province-server and its man page over to this one.
set(CPACK_DEBIAN_SERVER_PACKAGE_REPLACES "sampling-station (<< 0.2.0)")
set(CPACK_DEBIAN_SERVER_PACKAGE_BREAKS "sampling-station (<< 0.2.0)")
set(CPACK_DEBIAN_SERVER_PACKAGE_SUGGESTS "postgresql")
set(CPACK_DEBIAN_SERVER_DESCRIPTION
"provincial sync server for Sampling Station sites
province-server receives the records of the sampling stations of a province
over HTTPS, exactly once however often a station resends them, enrolls stations
with one-time codes and keeps each station's audit head. It stores the records
in PostgreSQL or, for tests and small set-ups, in SQLite.

The package holds the server, a systemd unit run as the system user
province-server (configured in /etc/province-server) and the deployment guide.")
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
    ${STATION_INSTALLER_DIR}/linux/server/conffiles
    ${STATION_INSTALLER_DIR}/linux/server/postinst
    ${STATION_INSTALLER_DIR}/linux/server/prerm
    ${STATION_INSTALLER_DIR}/linux/server/postrm)

include(CPack)
