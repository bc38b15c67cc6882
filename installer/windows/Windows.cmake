# SPDX-License-Identifier: GPL-3.0-or-later
# Windows: the install tree that NSIS packs. Qt's deployment scripts (generated in
# Packaging.cmake) run windeployqt on each executable; ZXing and libsodium DLLs are
# copied next to them. NOT VERIFIED: no Windows machine was available (docs/windows.md).

# The table application is a GUI program: no console window behind it.
set_target_properties(sampling-station PROPERTIES WIN32_EXECUTABLE ON)

install(SCRIPT ${STATION_DEPLOY_SCRIPT_sampling_station})
install(SCRIPT ${STATION_DEPLOY_SCRIPT_sampling_station_cli})
install(SCRIPT ${STATION_DEPLOY_SCRIPT_province_server})

# windeployqt copies Qt only. The other DLLs the executables load (ZXing, libsodium and
# what they need) are found next to the build's executables or on PATH at install time.
install(CODE [[
  file(GET_RUNTIME_DEPENDENCIES
    EXECUTABLES
      "${CMAKE_INSTALL_PREFIX}/bin/sampling-station.exe"
      "${CMAKE_INSTALL_PREFIX}/bin/sampling-station-cli.exe"
      "${CMAKE_INSTALL_PREFIX}/bin/province-server.exe"
    RESOLVED_DEPENDENCIES_VAR station_resolved
    UNRESOLVED_DEPENDENCIES_VAR station_unresolved
    DIRECTORIES $ENV{PATH}
    PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-" "^Qt6"
    POST_EXCLUDE_REGEXES ".*[Ss]ystem32/.*\\.dll$" ".*[/\\\\]Qt6[^/\\\\]*\\.dll$")
  foreach(dll IN LISTS station_resolved)
    file(INSTALL "${dll}" DESTINATION "${CMAKE_INSTALL_PREFIX}/bin")
  endforeach()
  foreach(dll IN LISTS station_unresolved)
    message(WARNING "Sampling Station installer: ${dll} not found; add its folder to PATH")
  endforeach()
]])

set(CPACK_PACKAGE_INSTALL_DIRECTORY "Sampling Station")
set(CPACK_NSIS_PACKAGE_NAME "Sampling Station")
set(CPACK_NSIS_DISPLAY_NAME "Sampling Station ${PROJECT_VERSION}")
# Start menu and desktop shortcuts to the table application only; the command-line tools
# are for IT staff, who run them from a terminal.
set(CPACK_PACKAGE_EXECUTABLES "sampling-station;Sampling Station")
set(CPACK_CREATE_DESKTOP_LINKS sampling-station)
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\sampling-station.exe")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
# Per-machine install under Program Files, as IT staff roll it out to many laptops.
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
