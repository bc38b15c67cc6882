// SPDX-License-Identifier: GPL-3.0-or-later
// decode_bench CORPUS_DIR [OUT.jsonl]: times our camera pipeline on a corpus made by
// decode_corpus_generator. Each frame is loaded and turned into an 8-bit luminance plane (what
// a camera's Y plane gives) before timing; only the decode is timed, on the calling thread.
// Prints a summary; OUT.jsonl gets one line per frame for run_bench.py.
#include "scan/BarcodeDecoder.h"
#include "scan/DecodeSchedule.h"
#include "scan/FrameSurvey.h"

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
#include <ctime>

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

// CPU time of this thread: what a decode costs on one core, whatever else the machine runs.
double threadCpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

QString summary(const QString &what, const QList<double> &ms) {
    return QStringLiteral("%1 ms: median %2 p90 %3 max %4\n")
        .arg(what)
        .arg(percentile(ms, 0.5), 0, 'f', 1)
        .arg(percentile(ms, 0.9), 0, 'f', 1)
        .arg(percentile(ms, 1.0), 0, 'f', 1);
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

    // Decoder options to try variants (defaults otherwise): STATION_BENCH_UPSCALE,
    // STATION_BENCH_SMALL_CODE_PX.
    BarcodeDecoder::Options options;
    if (qEnvironmentVariableIsSet("STATION_BENCH_UPSCALE"))
        options.upscale = qEnvironmentVariableIntValue("STATION_BENCH_UPSCALE");
    if (qEnvironmentVariableIsSet("STATION_BENCH_SMALL_CODE_PX"))
        options.smallCodePx = qEnvironmentVariableIntValue("STATION_BENCH_SMALL_CODE_PX");
    const BarcodeDecoder decoder(options);
    // STATION_BENCH_CAMERA_ONLY=1: only the camera path and the ZXing peer (for callgrind).
    const bool cameraOnly = qEnvironmentVariableIntValue("STATION_BENCH_CAMERA_ONLY") == 1;
    const DecodeSchedule schedule;
    const QList<DecodeStrategy> strategies = DecodeSchedule::all();
    const int k = qMax(1, int(schedule.rotation().size()));
    QList<double> frameMs, frameCpuMs; // per camera frame (decodeFrame), k samples per image
    QList<double> peerMs, peerCpuMs;   // ZXing's defaults on the same frame, same process
    QList<double> ratioCpu;            // per image: our median CPU ms / ZXing defaults' CPU ms
    QList<double> allMs;               // every strategy (still image)
    QMap<DecodeStrategy, QList<double>> strategyMs;
    QMap<DecodeStrategy, int> strategyFound, strategyOnly;
    QMap<DecodeStrategy, int> chosenFirst; // single frame: the strategy that read the code
    int frames = 0, singleFrameFound = 0, anyFound = 0, allFound = 0, peerFound = 0, wrongReads = 0,
        wrongCamera = 0;
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
        const quint64 index = quint64(frames);
        ++frames;

        // The camera path, exactly as FrameDecodeWorker runs it. The single-frame figure is
        // this image as frame `index`; a code held in view is seen as frames index..index+k-1
        // (the frame index matters only when the survey sees nothing and the rotation decides).
        bool foundThisFrame = false, any = false;
        FrameSurvey survey;
        QList<double> ourCpu;
        QString readBy;
        for (int f = 0; f < k; ++f) {
            FrameSurvey s;
            timer.start();
            const double cpu0 = threadCpuMs();
            const auto codes = decoder.decodeFrame(view, schedule, index + quint64(f), &s);
            ourCpu << threadCpuMs() - cpu0;
            frameMs << timer.nsecsElapsed() / 1e6;
            const bool found = contains(codes, text);
            wrongCamera += wrong(codes, text);
            any = any || found;
            if (f == 0) {
                foundThisFrame = found;
                survey = s;
                if (found) {
                    readBy = decodeStrategyName(codes.first().strategy);
                    ++chosenFirst[codes.first().strategy];
                }
            }
        }
        frameCpuMs << ourCpu;
        singleFrameFound += foundThisFrame ? 1 : 0;
        anyFound += any ? 1 : 0;

        timer.start();
        const double peer0 = threadCpuMs();
        const auto peer = BarcodeDecoder::decodeWithZXingDefaults(view);
        const double peerCpu = threadCpuMs() - peer0;
        peerMs << timer.nsecsElapsed() / 1e6;
        peerCpuMs << peerCpu;
        if (peerCpu > 0)
            ratioCpu << percentile(ourCpu, 0.5) / peerCpu;
        const bool peerRead = contains(peer, text);
        peerFound += peerRead ? 1 : 0;

        if (cameraOnly)
            continue;
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
                         {QStringLiteral("foundSingleFrame"), foundThisFrame},
                         {QStringLiteral("readBy"), readBy},
                         {QStringLiteral("zxingDefaults"), peerRead},
                         {QStringLiteral("cpuMs"), percentile(ourCpu, 0.5)},
                         {QStringLiteral("zxingDefaultsCpuMs"), peerCpu},
                         {QStringLiteral("barsFound"), survey.bars.found},
                         {QStringLiteral("codeFound"), survey.code.found},
                         {QStringLiteral("codeLightOnDark"), survey.code.lightOnDark},
                         {QStringLiteral("codeCells"), survey.code.cells},
                         {QStringLiteral("codeWidth"), survey.code.patch.width()},
                         {QStringLiteral("codeHeight"), survey.code.patch.height()},
                         {QStringLiteral("codeLum"), survey.code.patchLuminance},
                         {QStringLiteral("surroundLum"), survey.code.surroundLuminance}};
        QList<DecodeStrategy> finders;
        const FrameSurvey full = surveyFrame(view);
        for (DecodeStrategy s : strategies) {
            timer.start();
            const auto codes = decoder.decodeWith(view, s, &full);
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
    out << "read in a single frame (camera path, decodeFrame): " << singleFrameFound << '\n';
    out << "read within " << k << " frames (the same code in view for " << k
        << " frames): " << anyFound << '\n';
    out << "read by all strategies (still image): " << allFound << '\n';
    out << "read by ZXing's defaults in process (ZXingReader's options): " << peerFound << '\n';
    out << "wrong texts read: camera path " << wrongCamera << ", all strategies " << wrongReads
        << '\n';
    out << "single frame read by:";
    for (auto it = chosenFirst.cbegin(); it != chosenFirst.cend(); ++it)
        out << ' ' << decodeStrategyName(it.key()) << ' ' << it.value();
    out << '\n';
    out << summary(QStringLiteral("per camera frame, wall"), frameMs);
    out << summary(QStringLiteral("per camera frame, thread CPU"), frameCpuMs);
    out << summary(QStringLiteral("ZXing defaults per frame, wall"), peerMs);
    out << summary(QStringLiteral("ZXing defaults per frame, thread CPU"), peerCpuMs);
    out << QStringLiteral("ours / ZXing defaults, CPU per frame: median %1 p90 %2\n")
               .arg(percentile(ratioCpu, 0.5), 0, 'f', 3)
               .arg(percentile(ratioCpu, 0.9), 0, 'f', 3);
    out << summary(QStringLiteral("still image, all strategies, wall"), allMs);
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
