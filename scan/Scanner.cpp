// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/Scanner.h"

namespace station::scan {

Scanner::Scanner(QObject *parent)
    : QObject(parent) {
    // Queued connections and QSignalSpy read the scan's method through its metatype.
    qRegisterMetaType<station::EntryMethod>();
}

} // namespace station::scan
