// SPDX-License-Identifier: GPL-3.0-or-later
// The one source of station_test_pch (tests/CMakeLists.txt), the target whose precompiled
// Qt headers the test executables reuse. It has nothing of its own.
