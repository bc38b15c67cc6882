# SPDX-License-Identifier: GPL-3.0-or-later
# The man pages, made at build time from their hand-written templates (installer/man/*.1.in)
# and the --help of the programs they document (installer/man/ManPageGenerator.cpp), so that
# the options and commands in a page are the ones the installed program takes. Included by
# installer/linux/DesktopIntegration.cmake; sets STATION_MAN_PAGES to the generated files.
set(man_dir ${CMAKE_CURRENT_LIST_DIR})
# Not installer/man, where the compressed copies go (gzip replaces the file it compresses).
set(man_out ${STATION_INSTALLER_BINARY_DIR}/man-pages)

qt_add_executable(station_manpage ${man_dir}/ManPageGenerator.cpp)
target_link_libraries(station_manpage PRIVATE Qt6::Core station_build_options)

set(STATION_MAN_PAGES)
foreach(page sampling-station sampling-station-cli province-server)
  set(template ${man_dir}/${page}.1.in)
  set(output ${man_out}/${page}.1)
  add_custom_command(OUTPUT ${output}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${man_out}
    COMMAND station_manpage ${template} ${output} $<TARGET_FILE:${page}>
    DEPENDS station_manpage ${page} ${template}
    COMMENT "Writing the man page ${page}.1 from ${page} --help" VERBATIM)
  list(APPEND STATION_MAN_PAGES ${output})
endforeach()
