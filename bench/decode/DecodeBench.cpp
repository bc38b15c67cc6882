// SPDX-License-Identifier: GPL-3.0-or-later
// decode_bench CORPUS_DIR [OUT.jsonl]: times our camera pipeline on a corpus made by
// decode_corpus_generator. Each frame is loaded and turned into an 8-bit luminance plane (what
// a camera's Y plane gives) before timing; only the decode is timed, on the calling thread.
// Prints a summary; OUT.jsonl gets one line per frame for run_bench.py.
#include "scan/BarcodeDecoder.h"
#include "scan/DecodeSchedule.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>

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

bool contains(const QList<DecodedCode> &codes, const QString &text) {
    return std::any_of(codes.cbegin(), codes.cend(),
                       [&](const DecodedCode &c) { return c.text == text; });
}

int wrong(const QList<DecodedCode> &codes, const QString &text) {
    return int(std::count_if(codes.cbegin(), codes.cend(),
                             [&](const DecodedCode &c) { return c.text != text; }));
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "Usage: decode_bench CORPUS_DIR [OUT.jsonl]\n";
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

    const BarcodeDecoder decoder;
    const DecodeSchedule schedule;
    const QList<DecodeStrategy> strategies = DecodeSchedule::all();
    QList<double> frameMs; // per camera frame: plain + one strategy (3 samples per image)
    QList<double> allMs;   // every strategy (still image)
    QMap<DecodeStrategy, QList<double>> strategyMs;
    QMap<DecodeStrategy, int> strategyFound, strategyOnly;
    int frames = 0, singleFrameFound = 0, anyFound = 0, allFound = 0, wrongReads = 0;
    QElapsedTimer timer;

    while (!truthFile.atEnd()) {
        const QJsonObject truth = QJsonDocument::fromJson(truthFile.readLine()).object();
        if (truth.isEmpty())
            continue;
        const QString text = truth.value(QStringLiteral("text")).toString();
        const QImage grey = QImage(dir.filePath(truth.value(QStringLiteral("file")).toString()))
                                .convertToFormat(QImage::Format_Grayscale8);
        if (grey.isNull())
            continue;
        QImage holder;
        const PixelView view = BarcodeDecoder::viewOf(grey, holder);
        ++frames;

        // The camera path: the frame index decides the second strategy; a code held in view
        // gets each of them within k frames (k = rotation size).
        bool foundThisFrame = false;
        for (quint64 k = 0; k < quint64(schedule.rotation().size()); ++k) {
            timer.start();
            const auto codes = decoder.decode(view, schedule.forFrame(k), true);
            frameMs << timer.nsecsElapsed() / 1e6;
            if (k == quint64(frames) % quint64(schedule.rotation().size()))
                foundThisFrame = contains(codes, text);
        }
        singleFrameFound += foundThisFrame ? 1 : 0;

        QList<DecodeStrategy> cameraStrategies{DecodeStrategy::Plain};
        cameraStrategies << schedule.rotation();
        const auto camera = decoder.decode(view, cameraStrategies, false);
        const bool any = contains(camera, text);
        anyFound += any ? 1 : 0;

        timer.start();
        const auto all = decoder.decode(view, strategies, false);
        allMs << timer.nsecsElapsed() / 1e6;
        const bool anyAll = contains(all, text);
        allFound += anyAll ? 1 : 0;
        wrongReads += wrong(all, text);

        QJsonObject line{{QStringLiteral("file"), truth.value(QStringLiteral("file"))},
                         {QStringLiteral("scene"), truth.value(QStringLiteral("scene"))},
                         {QStringLiteral("found"), any},
                         {QStringLiteral("foundAll"), anyAll},
                         {QStringLiteral("foundSingleFrame"), foundThisFrame}};
        QList<DecodeStrategy> finders;
        for (DecodeStrategy s : strategies) {
            timer.start();
            const auto codes = decoder.decodeWith(view, s);
            strategyMs[s] << timer.nsecsElapsed() / 1e6;
            const bool found = contains(codes, text);
            line.insert(decodeStrategyName(s), found);
            if (found) {
                ++strategyFound[s];
                finders << s;
            }
        }
        if (finders.size() == 1)
            ++strategyOnly[finders.first()];
        if (jsonOut.isOpen())
            jsonOut.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
    }

    out << "frames: " << frames << '\n';
    out << "read within " << schedule.rotation().size()
        << " frames (plain + each strategy of the camera rotation): " << anyFound << '\n';
    out << "read by all strategies (still image): " << allFound << '\n';
    out << "read in a single frame (plain + that frame's strategy): " << singleFrameFound << '\n';
    out << "wrong texts read: " << wrongReads << '\n';
    out << QStringLiteral("per camera frame ms: median %1 p90 %2 max %3\n")
               .arg(percentile(frameMs, 0.5), 0, 'f', 1)
               .arg(percentile(frameMs, 0.9), 0, 'f', 1)
               .arg(percentile(frameMs, 1.0), 0, 'f', 1);
    out << QStringLiteral("still image, all strategies ms: median %1 p90 %2\n")
               .arg(percentile(allMs, 0.5), 0, 'f', 1)
               .arg(percentile(allMs, 0.9), 0, 'f', 1);
    for (DecodeStrategy s : strategies) {
        out << QStringLiteral("strategy %1: reads %2, only it reads %3, ms median %4 p90 %5\n")
                   .arg(decodeStrategyName(s))
                   .arg(strategyFound.value(s))
                   .arg(strategyOnly.value(s))
                   .arg(percentile(strategyMs.value(s), 0.5), 0, 'f', 1)
                   .arg(percentile(strategyMs.value(s), 0.9), 0, 'f', 1);
    }
    return 0;
}
