// SPDX-License-Identifier: GPL-3.0-or-later
// Times the label work a station does per tube and per box: painting a tube label to an
// image, writing it as PDF, encoding ZPL, and painting a manifest page. Prints a Markdown
// table for docs/benchmarks.md. Run: QT_QPA_PLATFORM=offscreen build/bench/labels/bench_labels
#include "labels/LabelRenderer.h"
#include "labels/PdfFileBackend.h"
#include "labels/ZplEncoder.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTextStream>

#include <functional>

using namespace station::labels;

namespace {

TubeLabelData tube(int i) {
    TubeLabelData d;
    d.tubeCode = QStringLiteral("TH%1").arg(2026112500000LL + i);
    d.siteName = QStringLiteral("\u5929\u6CB3\u4F53\u80B2\u4E2D\u5FC3 Tianhe Stadium");
    d.siteCode = QStringLiteral("TH01");
    d.tableNumber = 12;
    d.sealedOrOpened = QDateTime(QDate(2026, 11, 25), QTime(9, 41));
    d.poolSize = 10;
    return d;
}

// Mean milliseconds per call over `n` calls (after one warm-up call).
double timeIt(int n, const std::function<void(int)> &work) {
    work(0);
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < n; ++i)
        work(i);
    return t.nsecsElapsed() / 1e6 / n;
}

} // namespace

int main(int argc, char **argv) {
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    out << "| Work | ms per item |\n|---|---|\n";
    auto row = [&out](const QString &what, double ms) {
        out << "| " << what << " | " << QString::number(ms, 'f', 3) << " |\n";
    };
    for (int dpi : {203, 300}) {
        row(QStringLiteral("Tube label 50x25 to image, %1 dpi").arg(dpi), timeIt(500, [dpi](int i) {
                LabelRenderer::renderPage(PrintJob::tube(tube(i), {}, dpi), 0);
            }));
    }
    row(QStringLiteral("Tube label 50x25 to PDF bytes, 300 dpi"), timeIt(200, [](int i) {
            QByteArray pdf;
            PdfFileBackend::renderPdf(PrintJob::tube(tube(i), {}, 300), &pdf);
        }));
    row(QStringLiteral("Tube label 50x25 to ZPL, 203 dpi"),
        timeIt(2000, [](int i) { ZplEncoder::encode(PrintJob::tube(tube(i), {}, 203)); }));
    BoxManifestData manifest;
    manifest.boxCode = QStringLiteral("BX20261125A017");
    for (int i = 0; i < 25; ++i)
        manifest.tubes.append({tube(i).tubeCode, 10, tube(i).sealedOrOpened, {}, {}});
    row(QStringLiteral("Manifest page (25 tubes) to image, 150 dpi"),
        timeIt(20, [&](int) { LabelRenderer::renderPage(PrintJob::manifest(manifest, 150), 0); }));
    return 0;
}
