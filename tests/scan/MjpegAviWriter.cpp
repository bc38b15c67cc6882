// SPDX-License-Identifier: GPL-3.0-or-later
#include "MjpegAviWriter.h"

#include <QBuffer>
#include <QFile>
#include <QtEndian>

namespace station::test {

namespace {

class RiffWriter {
public:
    QByteArray data;
    void fourcc(const char *cc) { data.append(cc, 4); }
    void u32(quint32 v) {
        char b[4];
        qToLittleEndian(v, b);
        data.append(b, 4);
    }
    void u16(quint16 v) {
        char b[2];
        qToLittleEndian(v, b);
        data.append(b, 2);
    }
    // Starts a chunk or list; returns the position of its size field.
    int begin(const char *cc) {
        fourcc(cc);
        const int at = int(data.size());
        u32(0);
        return at;
    }
    void end(int sizeAt) {
        const quint32 size = quint32(data.size() - sizeAt - 4);
        qToLittleEndian(size, data.data() + sizeAt);
        if (data.size() % 2)
            data.append('\0');
    }
};

} // namespace

bool writeMjpegAvi(const QString &path, const QList<QImage> &frames, int fps, int quality) {
    if (frames.isEmpty())
        return false;
    QList<QByteArray> jpegs;
    quint32 largest = 0;
    for (const QImage &f : frames) {
        QByteArray jpeg;
        QBuffer buffer(&jpeg);
        buffer.open(QIODevice::WriteOnly);
        if (!f.convertToFormat(QImage::Format_RGB32).save(&buffer, "JPEG", quality))
            return false;
        largest = qMax(largest, quint32(jpeg.size()));
        jpegs.append(jpeg);
    }
    const quint32 w = quint32(frames.first().width()), h = quint32(frames.first().height());
    const quint32 count = quint32(frames.size());

    RiffWriter r;
    const int riff = r.begin("RIFF");
    r.fourcc("AVI ");
    const int hdrl = r.begin("LIST");
    r.fourcc("hdrl");
    const int avih = r.begin("avih");
    r.u32(quint32(1000000 / fps)); // microseconds per frame
    r.u32(largest * quint32(fps));
    r.u32(0);
    r.u32(0x10); // AVIF_HASINDEX
    r.u32(count);
    r.u32(0);
    r.u32(1); // streams
    r.u32(largest);
    r.u32(w);
    r.u32(h);
    for (int i = 0; i < 4; ++i)
        r.u32(0);
    r.end(avih);
    const int strl = r.begin("LIST");
    r.fourcc("strl");
    const int strh = r.begin("strh");
    r.fourcc("vids");
    r.fourcc("MJPG");
    r.u32(0);            // flags
    r.u16(0);            // priority
    r.u16(0);            // language
    r.u32(0);            // initial frames
    r.u32(1);            // scale
    r.u32(quint32(fps)); // rate: fps = rate / scale
    r.u32(0);            // start
    r.u32(count);
    r.u32(largest);
    r.u32(0xFFFFFFFF); // quality: default
    r.u32(0);          // sample size
    r.u16(0);
    r.u16(0);
    r.u16(quint16(w));
    r.u16(quint16(h));
    r.end(strh);
    const int strf = r.begin("strf");
    r.u32(40);
    r.u32(w);
    r.u32(h);
    r.u16(1);
    r.u16(24);
    r.fourcc("MJPG");
    r.u32(w * h * 3);
    for (int i = 0; i < 4; ++i)
        r.u32(0);
    r.end(strf);
    r.end(strl);
    r.end(hdrl);

    const int movi = r.begin("LIST");
    const int moviStart = int(r.data.size());
    r.fourcc("movi");
    QList<QPair<quint32, quint32>> index; // offset from "movi", size
    for (const QByteArray &jpeg : jpegs) {
        index.append({quint32(r.data.size() - moviStart), quint32(jpeg.size())});
        const int chunk = r.begin("00dc");
        r.data.append(jpeg);
        r.end(chunk);
    }
    r.end(movi);
    const int idx1 = r.begin("idx1");
    for (const auto &entry : index) {
        r.fourcc("00dc");
        r.u32(0x10); // AVIIF_KEYFRAME
        r.u32(entry.first);
        r.u32(entry.second);
    }
    r.end(idx1);
    r.end(riff);

    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(r.data) == r.data.size();
}

} // namespace station::test
