// SPDX-License-Identifier: GPL-3.0-or-later
// tube_bench CORPUS_DIR [OUT.jsonl]: tube labels on the camera path, on a corpus made by
// tube_corpus_generator. Two decoders run on every frame in the same process, one after the
// other: "new" (BarcodeDecoder's defaults: the survey's bar candidates read as levelled
// strips) and its peer "old" (Options::barStrips off: one levelled box in ZXing's fast mode,
// as before). Each frame is loaded as an 8-bit luminance plane first (a camera's Y plane);
// only decodeFrame is timed, in thread CPU time (CLOCK_THREAD_CPUTIME_ID: what it costs on
// one core whatever else the shared machine runs).
//
// Figures:
//  - single frame: frames whose decodeFrame returns the label's text;
//  - burst: labels turned into a scan within their burst of consecutive frames. The old path
//    passes every read on (as FrameDecodeWorker did); the new one through Code128Confirmation,
//    once with the default tube and box patterns trusted (a single matching read is enough)
//    and once with no pattern (two frames of the burst must agree);
//  - wrong texts: any text returned (single frame) or passed on (burst) that is not the label's.
#include "core/domain/ScanClassifier.h"
#include "scan/BarcodeDecoder.h"
#include "scan/Code128Confirmation.h"
#include "scan/DecodeSchedule.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <functional>

using namespace station::scan;

namespace {

double percentile(QList<double> v, double p) {
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const double pos = p * (v.size() - 1);
    const int lo = int(pos);
    const int hi = qMin(lo + 1, int(v.size()) - 1);
    return v.at(lo) + (v.at(hi) - v.at(lo)) * (pos - lo);
}

double threadCpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

bool contains(const QList<DecodedCode> &codes, const QString &text) {
    return std::any_of(codes.cbegin(), codes.cend(),
                       [&](const DecodedCode &c) { return c.text == text; });
}

int wrong(const QList<DecodedCode> &codes, const QString &text) {
    return int(std::count_if(codes.cbegin(), codes.cend(),
                             [&](const DecodedCode &c) { return c.text != text; }));
}

struct Frame {
    QJsonObject truth;
    bool oldRead = false, newRead = false;
    int oldWrong = 0, newWrong = 0;
    double oldCpu = 0, newCpu = 0;
};

struct Burst {
    QString text;
    bool oldRead = false, newTrusted = false, newAgreed = false;
    int oldWrong = 0, newTrustedWrong = 0, newAgreedWrong = 0;
};

QString pct(int n, int of) {
    return QStringLiteral("%1 / %2 (%3 %)")
        .arg(n)
        .arg(of)
        .arg(of ? 100.0 * n / of : 0.0, 0, 'f', 1);
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "Usage: tube_bench CORPUS_DIR [OUT.jsonl]\n";
        return 2;
    }
    const QDir dir(args.at(1));
    QFile truthFile(dir.filePath(QStringLiteral("truth.jsonl")));
    if (!truthFile.open(QIODevice::ReadOnly)) {
        QTextStream(stderr) << "No truth.jsonl in " << dir.path() << '\n';
        return 1;
    }
    QFile jsonOut(args.size() > 2 ? args.at(2) : QString());
    if (args.size() > 2 && !jsonOut.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 1;

    BarcodeDecoder::Options oldOptions;
    oldOptions.barStrips = false;
    const BarcodeDecoder oldDecoder(oldOptions);
    const BarcodeDecoder newDecoder;
    const DecodeSchedule schedule;
    const station::CodePatterns patterns;
    Code128Confirmation trusted, agreed;
    trusted.setTrustedPatterns({patterns.tube, patterns.box});

    QList<Frame> frames;
    QList<Burst> bursts;
    int lastBurst = -1;
    quint64 index = 0;
    while (!truthFile.atEnd()) {
        const QJsonObject truth = QJsonDocument::fromJson(truthFile.readLine()).object();
        if (truth.isEmpty())
            continue;
        const QString text = truth.value(QStringLiteral("text")).toString();
        const QImage grey = QImage(dir.filePath(truth.value(QStringLiteral("file")).toString()))
                                .convertToFormat(QImage::Format_Grayscale8);
        if (grey.isNull())
            continue;
        const int burstNo = truth.value(QStringLiteral("burst")).toInt();
        if (burstNo != lastBurst) {
            lastBurst = burstNo;
            bursts.append(Burst{text});
            trusted.reset();
            agreed.reset();
        }
        QImage holder;
        const PixelView view = BarcodeDecoder::viewOf(grey, holder);
        Frame f{truth};
        // Alternate which decoder runs first so that neither always meets a warm cache.
        const bool oldFirst = index % 2 == 0;
        QList<DecodedCode> oldCodes, newCodes;
        for (int pass = 0; pass < 2; ++pass) {
            const bool runOld = (pass == 0) == oldFirst;
            const double t0 = threadCpuMs();
            if (runOld)
                oldCodes = oldDecoder.decodeFrame(view, schedule, index);
            else
                newCodes = newDecoder.decodeFrame(view, schedule, index);
            (runOld ? f.oldCpu : f.newCpu) = threadCpuMs() - t0;
        }
        ++index;
        f.oldRead = contains(oldCodes, text);
        f.newRead = contains(newCodes, text);
        f.oldWrong = wrong(oldCodes, text);
        f.newWrong = wrong(newCodes, text);
        Burst &b = bursts.last();
        b.oldRead = b.oldRead || f.oldRead;
        b.oldWrong += f.oldWrong;
        const QList<DecodedCode> t = trusted.confirm(newCodes);
        const QList<DecodedCode> a = agreed.confirm(newCodes);
        b.newTrusted = b.newTrusted || contains(t, text);
        b.newAgreed = b.newAgreed || contains(a, text);
        b.newTrustedWrong += wrong(t, text);
        b.newAgreedWrong += wrong(a, text);
        frames.append(f);
        if (jsonOut.isOpen()) {
            QJsonObject line = truth;
            line.insert(QStringLiteral("oldRead"), f.oldRead);
            line.insert(QStringLiteral("newRead"), f.newRead);
            line.insert(QStringLiteral("oldCpuMs"), f.oldCpu);
            line.insert(QStringLiteral("newCpuMs"), f.newCpu);
            line.insert(QStringLiteral("newWrong"), f.newWrong);
            jsonOut.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
        }
    }

    int oldRead = 0, newRead = 0, oldWrong = 0, newWrong = 0;
    QList<double> oldCpu, newCpu, ratio;
    for (const Frame &f : frames) {
        oldRead += f.oldRead;
        newRead += f.newRead;
        oldWrong += f.oldWrong;
        newWrong += f.newWrong;
        oldCpu << f.oldCpu;
        newCpu << f.newCpu;
        if (f.oldCpu > 0)
            ratio << f.newCpu / f.oldCpu;
    }
    int bOld = 0, bTrusted = 0, bAgreed = 0, bOldWrong = 0, bTrustedWrong = 0, bAgreedWrong = 0;
    for (const Burst &b : bursts) {
        bOld += b.oldRead;
        bTrusted += b.newTrusted;
        bAgreed += b.newAgreed;
        bOldWrong += b.oldWrong;
        bTrustedWrong += b.newTrustedWrong;
        bAgreedWrong += b.newAgreedWrong;
    }
    const int n = int(frames.size()), nb = int(bursts.size());
    out << "frames: " << n << " in " << nb << " bursts\n";
    out << "single frame read, new: " << pct(newRead, n) << "; old: " << pct(oldRead, n)
        << "; new/old " << QString::number(oldRead ? double(newRead) / oldRead : 0, 'f', 2) << '\n';
    out << "wrong texts in single frames, new: " << newWrong << "; old: " << oldWrong << '\n';
    out << "burst scanned, new, tube/box patterns trusted: " << pct(bTrusted, nb)
        << "; new, two frames agree: " << pct(bAgreed, nb) << "; old, any read: " << pct(bOld, nb)
        << '\n';
    out << "wrong scans from bursts, new trusted: " << bTrustedWrong
        << "; new agreed: " << bAgreedWrong << "; old: " << bOldWrong << '\n';
    out << QStringLiteral("thread CPU ms per frame, new: median %1 p90 %2 max %3\n")
               .arg(percentile(newCpu, 0.5), 0, 'f', 2)
               .arg(percentile(newCpu, 0.9), 0, 'f', 2)
               .arg(percentile(newCpu, 1.0), 0, 'f', 2);
    out << QStringLiteral("thread CPU ms per frame, old: median %1 p90 %2 max %3\n")
               .arg(percentile(oldCpu, 0.5), 0, 'f', 2)
               .arg(percentile(oldCpu, 0.9), 0, 'f', 2)
               .arg(percentile(oldCpu, 1.0), 0, 'f', 2);
    out << QStringLiteral("new / old CPU per frame: median %1 p90 %2\n")
               .arg(percentile(ratio, 0.5), 0, 'f', 2)
               .arg(percentile(ratio, 0.9), 0, 'f', 2);

    // Single-frame reads by condition: where the rest is lost.
    struct Split {
        QString name;
        std::function<QString(const QJsonObject &)> bucket;
    };
    auto num = [](const QJsonObject &o, const char *key) {
        return o.value(QLatin1String(key)).toDouble();
    };
    const QList<Split> splits{{QStringLiteral("module px"),
                               [&](const QJsonObject &o) {
                                   const double m = num(o, "modulePx");
                                   return m < 2.2   ? QStringLiteral("1.6-2.2")
                                          : m < 2.8 ? QStringLiteral("2.2-2.8")
                                                    : QStringLiteral("2.8-3.4");
                               }},
                              {QStringLiteral("focus sigma"),
                               [&](const QJsonObject &o) {
                                   const double s = num(o, "focusSigma");
                                   return s <= 0     ? QStringLiteral("sharp")
                                          : s < 0.85 ? QStringLiteral("0.4-0.85")
                                                     : QStringLiteral("0.85-1.3");
                               }},
                              {QStringLiteral("motion px"),
                               [&](const QJsonObject &o) {
                                   const double m = num(o, "motionPx");
                                   return m < 2   ? QStringLiteral("0-2")
                                          : m < 4 ? QStringLiteral("2-4")
                                                  : QStringLiteral("4-7");
                               }},
                              {QStringLiteral("print contrast"),
                               [&](const QJsonObject &o) {
                                   const double c = num(o, "contrast");
                                   return c < 0.5    ? QStringLiteral("0.3-0.5")
                                          : c < 0.75 ? QStringLiteral("0.5-0.75")
                                                     : QStringLiteral("0.75-1");
                               }},
                              {QStringLiteral("perspective"),
                               [&](const QJsonObject &o) {
                                   return num(o, "perspective") < 0.1 ? QStringLiteral("0-10 %")
                                                                      : QStringLiteral("10-20 %");
                               }},
                              {QStringLiteral("label"), [&](const QJsonObject &o) {
                                   return num(o, "wrap") > 0 ? QStringLiteral("on a tube")
                                                             : QStringLiteral("flat");
                               }}};
    for (const Split &s : splits) {
        QMap<QString, std::array<int, 3>> counts; // frames, new, old
        for (const Frame &f : frames) {
            auto &c = counts[s.bucket(f.truth)];
            ++c[0];
            c[1] += f.newRead;
            c[2] += f.oldRead;
        }
        out << s.name << ':';
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            out << "  " << it.key() << " new " << it.value()[1] << " old " << it.value()[2]
                << " of " << it.value()[0] << ';';
        out << '\n';
    }
    return 0;
}
