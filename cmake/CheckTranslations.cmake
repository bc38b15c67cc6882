# Fails when the translation files are not up to date with the code: lupdate, run on copies
# of the .ts files with the build's options, would change one, or a message is unfinished.
# Run by ctest as translations_up_to_date (translations/CMakeLists.txt), in script mode with
# LUPDATE, PROJECT_DESCRIPTION, PROJECT_GENERATOR, TS_FILES, LUPDATE_OPTIONS and WORK_DIR.
set(fix "Run `cmake --build build --target update_translations`, translate the new and \
changed messages in Qt Linguist (linguist translations/*.ts, mark each one done) and commit \
the .ts files (docs/translations.md).")

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(copies "")
foreach(ts IN LISTS TS_FILES)
  file(COPY "${ts}" DESTINATION "${WORK_DIR}")
  get_filename_component(name "${ts}" NAME)
  list(APPEND copies "${WORK_DIR}/${name}")
endforeach()

# The same project description (sources, include paths) as the update_translations target.
execute_process(COMMAND "${CMAKE_COMMAND}" "-DIN_FILE=${PROJECT_DESCRIPTION}"
                        "-DOUT_FILE=${WORK_DIR}/project.json" -P "${PROJECT_GENERATOR}"
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "Cannot write the lupdate project from ${PROJECT_DESCRIPTION}.")
endif()
execute_process(COMMAND "${LUPDATE}" -project "${WORK_DIR}/project.json" ${LUPDATE_OPTIONS}
                        -ts ${copies}
                RESULT_VARIABLE rc OUTPUT_VARIABLE lupdate_out ERROR_VARIABLE lupdate_out)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "lupdate failed:\n${lupdate_out}")
endif()

set(problems "")
foreach(ts IN LISTS TS_FILES)
  get_filename_component(name "${ts}" NAME)
  file(READ "${ts}" committed)
  file(READ "${WORK_DIR}/${name}" updated)
  if(NOT committed STREQUAL updated)
    # The difference goes straight to the test's output; message() would rewrap it.
    execute_process(COMMAND diff -u "${ts}" "${WORK_DIR}/${name}")
    string(APPEND problems "${ts} is not up to date with the code: lupdate would change it "
                           "as shown above.\n")
  endif()
  string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${committed}")
  list(LENGTH unfinished count)
  if(count GREATER 0)
    string(APPEND problems "${ts} has ${count} unfinished message(s).\n")
  endif()
endforeach()

if(problems)
  message(FATAL_ERROR "${problems}${fix}")
endif()
message(STATUS "The translation files are up to date and complete.")
