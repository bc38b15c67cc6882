// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>

namespace station {

// The station's files hold personal data (encrypted), PINs' hashes, the wrapped data key and
// the device token: only the user the station runs as may read them, from their first write.
// Files are 0600 and folders 0700.

// Sets the process's umask to 077, so that every file and folder the program creates
// (settings.ini, tokens, SQLite's -wal and -shm, exports) is its user's only. Both programs
// call it first thing in main().
void restrictNewFilesToOwner();

// Creates `dir` (and its parents) if needed and makes it 0700; false when it cannot be
// created. A failure to change the mode of a folder the user does not own is ignored.
bool makePrivateFolder(const QString &dir);

// Makes `path` 0600, creating it empty with that mode if it does not exist, before SQLite
// (which gives its -wal and -shm files the database file's mode) opens it. Existing -wal and
// -shm files are made 0600 too. False when the file cannot be created.
bool makePrivateDatabaseFile(const QString &path);

} // namespace station
