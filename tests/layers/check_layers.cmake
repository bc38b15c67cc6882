# SPDX-License-Identifier: GPL-3.0-or-later
# Builds each layer probe (tests/layers/CMakeLists.txt) and checks it compiles or fails as
# expected. A failing probe must fail because its header is not found, and the header must
# exist in the source tree, so a renamed header cannot make the check pass by accident.
# Then checks that no source file includes by "../".
# Usage: cmake -DBUILD_DIR=... -DSOURCE_DIR=... -DPROBES=name|header|expect;... -P check_layers.cmake
set(wrong 0)
foreach(probe IN LISTS PROBES)
  string(REPLACE "|" ";" fields "${probe}")
  list(GET fields 0 name)
  list(GET fields 1 header)
  list(GET fields 2 expect)
  if(NOT EXISTS ${SOURCE_DIR}/${header})
    message(SEND_ERROR "${name}: ${header} is not in the source tree; the probe proves nothing")
    math(EXPR wrong "${wrong} + 1")
    continue()
  endif()
  execute_process(COMMAND ${CMAKE_COMMAND} --build ${BUILD_DIR} --target layer_probe_${name}
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
  string(REGEX MATCH "${header}[:' ]+(No such file or directory|file not found)" missing
    "${output}")
  if(expect STREQUAL "compile" AND result EQUAL 0)
    message(STATUS "ok: ${name}: #include \"${header}\" compiles")
  elseif(expect STREQUAL "fail" AND NOT result EQUAL 0 AND missing)
    message(STATUS "ok: ${name}: #include \"${header}\" is refused")
  else()
    message(SEND_ERROR
      "${name}: #include \"${header}\" was expected to ${expect} (build result ${result}):\n${output}")
    math(EXPR wrong "${wrong} + 1")
  endif()
endforeach()

# The one way around the include roots: a path relative to the including file that climbs
# out of its folder. No source file may include by "../".
file(GLOB folders LIST_DIRECTORIES true ${SOURCE_DIR}/*)
foreach(folder IN LISTS folders)
  if(NOT EXISTS "${folder}/CMakeLists.txt" OR "${folder}" STREQUAL "${BUILD_DIR}")
    continue()
  endif()
  file(GLOB_RECURSE files ${folder}/*.h ${folder}/*.cpp ${folder}/*.c)
  foreach(file IN LISTS files)
    file(STRINGS ${file} climbing REGEX "^[ \t]*#[ \t]*include[ \t]*\"\\.\\./")
    if(climbing)
      message(SEND_ERROR "${file}: includes by a path out of its folder: ${climbing}")
      math(EXPR wrong "${wrong} + 1")
    endif()
  endforeach()
endforeach()

if(wrong GREATER 0)
  message(FATAL_ERROR "${wrong} layer check(s) wrong")
endif()
