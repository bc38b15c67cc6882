// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "labels/LabelPrinter.h"

#include <QCoreApplication>
#include <QStringList>

namespace station::widgets {

// Any printer the system knows (CUPS on Linux) through QPrinter: the page is exactly the
// label (or A4), no margins, drawn at the printer's own resolution so barcode modules stay
// whole device dots. QPrinter may be used off the GUI thread: the UI calls print() through
// QtConcurrent.
class SystemPrinterBackend final : public labels::LabelPrinter {
    Q_DECLARE_TR_FUNCTIONS(station::widgets::SystemPrinterBackend)
public:
    // resolution 0 = the printer's default resolution.
    explicit SystemPrinterBackend(QString printerName, int resolution = 0);

    QString description() const override;
    labels::PrintResult print(const labels::PrintJob &job) override;

    static QStringList availablePrinters();
    static QString defaultPrinter();

private:
    QString m_printerName;
    int m_resolution;
};

} // namespace station::widgets
