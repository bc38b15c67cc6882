# SPDX-License-Identifier: GPL-3.0-or-later
# The guides each package installs into its documentation folder, with every file they link
# (screenshots, other guides) at the same relative path, so the links work in the installed
# copy. Included by Packaging.cmake; tests/install/tst_guide_links checks the result.
set(docs_dir ${CMAKE_SOURCE_DIR}/docs)

# station_install_guides(COMPONENT DESTINATION GUIDE...): installs each GUIDE (a path under
# docs/) and, following their relative links, every file under docs/ they reach. A link
# that leaves docs/ or names a missing file stops the configuration: the installed guide
# would point at nothing.
function(station_install_guides component destination)
  set(pending ${ARGN})
  set(installed)
  while(pending)
    list(POP_FRONT pending guide)
    if(guide IN_LIST installed)
      continue()
    endif()
    list(APPEND installed ${guide})
    # A change to a guide may change what it links: configure again.
    set_property(DIRECTORY ${CMAKE_SOURCE_DIR} APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
                 ${docs_dir}/${guide})
    get_filename_component(guide_dir ${guide} DIRECTORY)
    get_filename_component(guide_name ${guide} NAME)
    set(guide_destination ${destination})
    if(guide_dir)
      string(APPEND guide_destination /${guide_dir})
    endif()
    install(FILES ${docs_dir}/${guide} DESTINATION ${guide_destination} COMPONENT ${component})
    if(NOT guide MATCHES "\\.md$")
      continue()
    endif()
    file(READ ${docs_dir}/${guide} text)
    # Square brackets and semicolons would split or join CMake list items: out of the way.
    string(REPLACE "[" "<" text "${text}")
    string(REPLACE "]" ">" text "${text}")
    string(REPLACE ";" "," text "${text}")
    # Markdown links and images: [text](target) and ![alt](target "title").
    string(REGEX MATCHALL ">\\([^)]+\\)" links "${text}")
    foreach(link IN LISTS links)
      string(REGEX REPLACE "^>\\(([^ )#]*).*$" "\\1" target "${link}")
      if(target STREQUAL "" OR target MATCHES "^[a-z]+:")
        continue() # an anchor in the same page, or a web address
      endif()
      if(guide_dir)
        set(target ${guide_dir}/${target})
      endif()
      cmake_path(NORMAL_PATH target)
      if(target MATCHES "^\\.\\./" OR NOT EXISTS ${docs_dir}/${target})
        message(FATAL_ERROR "docs/${guide} links ${target}, which is not a file under docs/: "
                            "the installed guide would point at nothing.")
      endif()
      list(APPEND pending ${target})
    endforeach()
  endwhile()
endfunction()

# The station's guides: installing and setting up a station, a shift at the table, a whole
# site, moving and backing up a station.
station_install_guides(station ${STATION_PACKAGE_DOCDIR}
  user-guide.md user-guide-table.md site-setup.md station-move-and-backup.md)
# The server's: deployment, the protocol it speaks, and a site hub.
station_install_guides(server ${STATION_SERVER_PACKAGE_DOCDIR}
  server-deployment.md sync-protocol.md site-hub.md)
