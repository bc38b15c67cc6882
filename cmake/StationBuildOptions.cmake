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

# Line tables only (-g1) for every target: stack traces and sanitizer reports keep functions,
# files and lines, but not the local variables a debugger shows. About 15 % less CPU per
# library compile and smaller objects to link (docs/benchmarks.md, "Build and test time"). For
# a build that is only tested and thrown away: scripts/test turns it on under CI=true; the
# product's build (scripts/run, the installer) keeps full debug information.
option(STATION_LINE_TABLES_ONLY "Debug information as line tables only (-g1)" OFF)
if(STATION_LINE_TABLES_ONLY)
  target_compile_options(station_build_options INTERFACE
    "$<$<AND:$<CXX_COMPILER_ID:GNU,Clang>,$<CONFIG:RelWithDebInfo>>:-g1>")
endif()

# Test code only (the tst_*.cpp of station_add_test), linked PRIVATE: it is compiled to run
# the checks once, not to ship or to be profiled, so it gets -O1 and line tables (-g1: stack
# traces keep functions and lines) instead of -O2 -g, which takes about a third off each test
# compile (docs/benchmarks.md, "Build and test time"). The libraries under test and the
# benchmarks keep the product's flags.
add_library(station_test_build_options INTERFACE)
target_compile_options(station_test_build_options INTERFACE
  "$<$<AND:$<CXX_COMPILER_ID:GNU,Clang>,$<CONFIG:RelWithDebInfo>>:-O1;-g1>")

# Linking with GNU ld is about a tenth of a clean build's CPU time (the test executables and
# tools pull in the libraries' debug info); LLVM's lld (Debian's lld, in scripts/packages.txt)
# links the same objects with about a third of the CPU time and far less waiting on the disk
# (docs/benchmarks.md, "Build and test time"). Without lld the default linker is used.
option(STATION_USE_LLD "Link with lld when it is installed" ON)
if(STATION_USE_LLD AND CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
  include(CheckLinkerFlag)
  check_linker_flag(CXX -fuse-ld=lld STATION_LLD_LINKS)
  if(STATION_LLD_LINKS)
    add_link_options(-fuse-ld=lld)
  endif()
endif()

# Layers are enforced by the compiler: no target has the source root on its include path.
# Each target gets an include root of its own in the build tree, holding only links to the
# folders whose headers it may include, named by their path from the source root:
#   build/include/station_models/models -> <source>/models
# A library publishes its include root (PUBLIC), so a target sees the headers of exactly
# the libraries it links (transitively through PUBLIC links), and `#include "widgets/X.h"`
# in models/ fails with "No such file". tests/layers proves it.

# station_target_headers(TARGET PUBLIC|PRIVATE|INTERFACE FOLDER...): lets TARGET (and, if
# not PRIVATE, those linking it) include "<folder>/..." for each FOLDER (absolute, or
# relative to the source root).
function(station_target_headers target scope)
  set(root ${CMAKE_BINARY_DIR}/include/${target})
  get_target_property(known ${target} STATION_INCLUDE_ROOT)
  if(NOT known)
    # Links left by an earlier configure would widen what the target sees; REMOVE_RECURSE
    # removes links without following them.
    file(REMOVE_RECURSE ${root})
    set_target_properties(${target} PROPERTIES STATION_INCLUDE_ROOT ${root})
  endif()
  foreach(folder ${ARGN})
    get_filename_component(folder ${folder} ABSOLUTE BASE_DIR ${CMAKE_SOURCE_DIR})
    file(RELATIVE_PATH name ${CMAKE_SOURCE_DIR} ${folder})
    if(name STREQUAL "" OR name MATCHES "^\\.\\.")
      message(FATAL_ERROR
        "station_target_headers(${target}): ${folder} is not a folder below the source root")
    endif()
    get_filename_component(parent ${root}/${name} DIRECTORY)
    file(MAKE_DIRECTORY ${parent})
    file(CREATE_LINK ${folder} ${root}/${name} SYMBOLIC RESULT failed)
    if(failed)
      message(FATAL_ERROR "station_target_headers(${target}): cannot link ${root}/${name}: "
        "${failed} (on Windows, symbolic links need Developer Mode or an elevated shell)")
    endif()
  endforeach()
  target_include_directories(${target} ${scope} ${root})
endfunction()

# Unity builds for the layer libraries and the CLI: their sources are compiled 16 to a
# translation unit, so each batch parses the Qt headers once. station_core, station_net and
# station_protocol took 61 CPU seconds instead of 180 (docs/benchmarks.md, "Build and test
# time", session 37). The price: names in a source's anonymous namespace must not repeat
# a name in another source of the same library (a compile error says which); shared
# helpers go into a header instead.
option(STATION_UNITY_BUILD "Compile the libraries' sources in batches (unity build)" ON)

# station_unity_build(TARGET): the target's sources in unity batches when STATION_UNITY_BUILD.
function(station_unity_build target)
  if(STATION_UNITY_BUILD)
    set_target_properties(${target} PROPERTIES UNITY_BUILD ON UNITY_BUILD_BATCH_SIZE 16)
  endif()
endfunction()

# station_add_library(NAME SOURCES...): a static layer library with the options above,
# publishing the headers of its own folder.
function(station_add_library name)
  add_library(${name} STATIC ${ARGN})
  target_link_libraries(${name} PUBLIC station_build_options)
  set_target_properties(${name} PROPERTIES AUTOMOC ON)
  station_unity_build(${name})
  station_target_headers(${name} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})
endfunction()
