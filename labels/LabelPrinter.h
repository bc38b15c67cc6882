// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "labels/PrintJob.h"

#include <QString>

namespace station::labels {

// One output for labels and manifests. print() blocks until the job is delivered or has
// failed, so callers run it off the GUI thread (QtConcurrent::run); it touches no state
// shared with other threads and may be called again to retry.
class LabelPrinter {
public:
    virtual ~LabelPrinter() = default;
    // Where the job goes, for messages ("Zebra 10.0.0.5:9100", "PDF /tmp/x.pdf").
    virtual QString description() const = 0;
    virtual PrintResult print(const PrintJob &job) = 0;
};

} // namespace station::labels
