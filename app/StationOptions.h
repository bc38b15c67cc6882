// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>
#include <QStringList>

#include <optional>

namespace station {

// What the window was asked to do on its command line.
struct StationOptions {
    QString dataDir;           // empty: the default data folder
    bool dataDirGiven = false; // --data-dir was given (a folder that must already exist)
    QString language;
    QString videoSource;
    QString screenshotPath;
    QString passphraseFile;
};

// Parses the command line (argv, program name first) before any window exists, so that
// --help, --version and a usage error answer without a display. Returns the exit code when
// the program ends here (help and version printed: 0; an unknown option or a missing value,
// said on standard error: 2); otherwise fills *options and returns nothing. Needs a
// QCoreApplication.
std::optional<int> parseStationOptions(const QStringList &arguments, StationOptions *options);

} // namespace station
