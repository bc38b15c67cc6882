// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "labels/LabelSize.h"
#include "labels/PrintJob.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>

namespace station::widgets {

// A test label from Settings, to see that the label printer works before a shift. It goes
// through the table's printer path (StationPrinter: the same backends and system printers)
// on a worker thread, so the window never waits for a slow or absent printer, and it is not
// recorded as a print of any tube. Its barcode, PRINTER-TEST, is no tube or box code: stuck
// on a tube by mistake, it is refused at the table.
class PrinterTestPage : public QObject {
    Q_OBJECT
public:
    explicit PrinterTestPage(QObject *parent = nullptr);
    ~PrinterTestPage() override;

    // Prints the test label on `printerName` (as typed in Settings: a system printer's name
    // or an address such as zpl://HOST) at `size`; finished() follows, also when there is no
    // printer. False, with nothing started, while a test label is still on its way.
    bool print(const QString &printerName, const labels::LabelSize &size);
    bool isPrinting() const { return m_printing; }

    static labels::PrintJob job(const labels::LabelSize &size, const QDateTime &printedAt);

Q_SIGNALS:
    // `message` is translated: where it went, or what is wrong and what to check.
    void finished(bool ok, const QString &message);

private:
    void report(const labels::PrintResult &result);

    QFutureWatcher<labels::PrintResult> m_watcher;
    bool m_printing = false;
};

} // namespace station::widgets
