# SPDX-License-Identifier: GPL-3.0-or-later
# Linux desktop integration: menu entry, AppStream metadata, hicolor icons, the scanner
# udev rule, man pages and the Debian documentation files (the guides: Guides.cmake).
# Included by Packaging.cmake.
set(linux_dir ${STATION_INSTALLER_DIR}/linux)
set(out_dir ${STATION_INSTALLER_BINARY_DIR})
set(icon_svg ${linux_dir}/${STATION_APP_ID}.svg)

install(FILES ${linux_dir}/${STATION_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications COMPONENT station)
install(FILES ${linux_dir}/${STATION_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo COMPONENT station)
install(FILES ${icon_svg} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        COMPONENT station)

# Bitmap icons are rendered from the SVG at build time, so there is one source of truth.
find_program(STATION_RSVG_CONVERT rsvg-convert)
set(generated_files)
if(STATION_RSVG_CONVERT)
  foreach(size 48 256)
    set(png ${out_dir}/icons/${size}x${size}/${STATION_APP_ID}.png)
    add_custom_command(OUTPUT ${png}
      COMMAND ${CMAKE_COMMAND} -E make_directory ${out_dir}/icons/${size}x${size}
      COMMAND ${STATION_RSVG_CONVERT} -w ${size} -h ${size} -o ${png} ${icon_svg}
      DEPENDS ${icon_svg}
      COMMENT "Rendering the ${size} px application icon" VERBATIM)
    list(APPEND generated_files ${png})
    install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
            COMPONENT station)
  endforeach()
else()
  message(WARNING "rsvg-convert (package librsvg2-bin) not found: the package will have "
                  "only the scalable icon, no 48 and 256 px icons.")
endif()

# Debian wants man pages and the changelog compressed with gzip -9n (no name, no time).
find_program(STATION_GZIP gzip REQUIRED)
function(station_gzip_file source output)
  get_filename_component(name ${output} NAME_WLE)
  get_filename_component(dir ${output} DIRECTORY)
  add_custom_command(OUTPUT ${output}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${dir}
    COMMAND ${CMAKE_COMMAND} -E copy ${source} ${dir}/${name}
    COMMAND ${STATION_GZIP} -9nf ${dir}/${name}
    DEPENDS ${source}
    COMMENT "Compressing ${name}" VERBATIM)
endfunction()

include(${STATION_INSTALLER_DIR}/man/ManPages.cmake)
foreach(page sampling-station sampling-station-cli province-server)
  set(gz ${out_dir}/man/${page}.1.gz)
  station_gzip_file(${out_dir}/man-pages/${page}.1 ${gz})
  list(APPEND generated_files ${gz})
  # Each page goes with its program's package.
  set(component station)
  if(page STREQUAL "province-server")
    set(component server)
  endif()
  install(FILES ${gz} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT ${component})
endforeach()

set(changelog_gz ${out_dir}/doc/changelog.gz)
station_gzip_file(${linux_dir}/changelog ${changelog_gz})
list(APPEND generated_files ${changelog_gz})
# Debian wants both in every package's documentation folder.
install(FILES ${changelog_gz} ${linux_dir}/copyright DESTINATION ${STATION_PACKAGE_DOCDIR}
        COMPONENT station)
install(FILES ${changelog_gz} ${linux_dir}/copyright DESTINATION ${STATION_SERVER_PACKAGE_DOCDIR}
        COMPONENT server)

add_custom_target(station_installer_files ALL DEPENDS ${generated_files})

# Relative to the prefix: /usr/lib/udev/rules.d in the package (udev on Debian 12 reads it
# as well as /lib/udev/rules.d), /usr/local/lib/udev/rules.d for a local install.
install(FILES ${linux_dir}/60-sampling-station-scanners.rules DESTINATION lib/udev/rules.d
        COMPONENT station)
