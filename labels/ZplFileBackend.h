// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "labels/LabelPrinter.h"

#include <QCoreApplication>

namespace station::labels {

// Writes the ZPL to a file (to inspect it, or for a device such as /dev/usb/lp0).
class ZplFileBackend final : public LabelPrinter {
    Q_DECLARE_TR_FUNCTIONS(station::labels::ZplFileBackend)
public:
    explicit ZplFileBackend(QString path);
    QString description() const override;
    PrintResult print(const PrintJob &job) override;

private:
    QString m_path;
};

} // namespace station::labels
