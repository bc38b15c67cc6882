# One INTERFACE target carries the language level, warnings and Qt hygiene defines
# for every target of the project.
add_library(station_build_options INTERFACE)
target_compile_features(station_build_options INTERFACE cxx_std_17)
target_compile_options(station_build_options INTERFACE
  $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic -Wshadow=local>
  $<$<AND:$<CXX_COMPILER_ID:GNU,Clang>,$<BOOL:${STATION_WERROR}>>:-Werror>)
target_compile_definitions(station_build_options INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_KEYWORDS
  QT_USE_QSTRINGBUILDER
  QT_NO_URL_CAST_FROM_STRING
  QT_DISABLE_DEPRECATED_BEFORE=0x060400
  STATION_VERSION="${PROJECT_VERSION}")

# station_add_library(NAME SOURCES...): a static layer library with the options above.
function(station_add_library name)
  add_library(${name} STATIC ${ARGN})
  target_link_libraries(${name} PUBLIC station_build_options)
  set_target_properties(${name} PROPERTIES AUTOMOC ON)
  target_include_directories(${name} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/..)
endfunction()
