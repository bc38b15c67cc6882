// SPDX-License-Identifier: GPL-3.0-or-later
// The shift report on paper: identification, totals, hourly chart, tables per table and
// operator, reconciliation, voids and removals with reasons, transmission state, and a
// signature block. Residents appear only as masked ID numbers.
#include "labels/report/ShiftReportPdf.h"

#include "core/domain/Pooling.h"
#include "labels/Logging.h"
#include "labels/report/PdfDocumentLayout.h"

#include <QCoreApplication>
#include <QFile>
#include <QPdfWriter>
#include <QRegularExpression>

namespace station::report {

using dashboard::ShiftReport;
using Column = PdfDocumentLayout::Column;

namespace {

// The messages of this file, under one translation context.
struct ShiftReportPdfText {
    Q_DECLARE_TR_FUNCTIONS(ShiftReportPdf)
};

class Times {
public:
    explicit Times(const QString &zoneId)
        : m_zone(zoneId.toUtf8()) {}
    QString hm(const QDateTime &t) const {
        return t.isValid() ? t.toTimeZone(m_zone).toString(QStringLiteral("HH:mm"))
                           : ShiftReportPdfText::tr("—");
    }
    QString full(const QDateTime &t) const {
        return t.isValid() ? t.toTimeZone(m_zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                           : ShiftReportPdfText::tr("—");
    }

private:
    QTimeZone m_zone;
};

QString boxStateName(const QString &key) {
    const auto state = boxStateFromKey(key);
    return state ? boxStateDisplayName(*state) : key;
}

// Where another table or the site hub handed a box of this table over, from the label the
// site's facts give it ("Table 1", "site hub").
QString handedOverWhere(const QString &label) {
    static const QRegularExpression numbered(QStringLiteral("^Table (\\d+)$"));
    if (label == QLatin1String("site hub"))
        return ShiftReportPdfText::tr("at the site hub");
    const QRegularExpressionMatch m = numbered.match(label);
    return m.hasMatch() ? ShiftReportPdfText::tr("at table %1").arg(m.captured(1))
                        : ShiftReportPdfText::tr("at %1").arg(label);
}

QString num(int n) {
    return QString::number(n);
}

// Bars per hour over the hours that had work (at least 06:00-20:00), value on each bar.
void drawHourlyChart(QPainter &p, const QRectF &area, const QVector<dashboard::TimeBucket> &hours,
                     double mmPx) {
    int first = 6, last = 19;
    for (int i = 0; i < hours.size(); ++i) {
        if (hours[i].samples > 0) {
            first = std::min(first, i);
            last = std::max(last, i);
        }
    }
    int peak = 0;
    for (int i = first; i <= last && i < hours.size(); ++i)
        peak = std::max(peak, hours[i].samples);
    // A round scale top: 1, 2, 5 x 10^n above the peak.
    int top = 10;
    while (top < peak) {
        if (QString::number(top).startsWith(QLatin1Char('1')))
            top = top * 2;
        else if (QString::number(top).startsWith(QLatin1Char('2')))
            top = top / 2 * 5;
        else
            top = top * 2;
    }
    const QRectF plot = area.adjusted(12 * mmPx, 4 * mmPx, -2 * mmPx, -8 * mmPx);
    QFont small(QStringLiteral("DejaVu Sans"));
    small.setPointSizeF(7);
    p.setFont(small);
    // Grid and scale, in whole steps: a top of 10 or 50 in fifths, of 20 in quarters (in
    // quarters 10 gave 2, 5, 7: 2.5 and 7.5 cut to whole numbers).
    const int steps = QString::number(top).startsWith(QLatin1Char('2')) ? 4 : 5;
    for (int g = 0; g <= steps; ++g) {
        const double y = plot.bottom() - plot.height() * g / double(steps);
        p.setPen(QPen(QColor(0xdd, 0xe1, 0xe6), 0.2 * mmPx));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(QColor(0x55, 0x5b, 0x63));
        p.drawText(QRectF(area.left(), y - 3 * mmPx, 10 * mmPx, 6 * mmPx),
                   Qt::AlignRight | Qt::AlignVCenter, QString::number(top / steps * g));
    }
    const int n = last - first + 1;
    const double slot = plot.width() / n;
    for (int i = 0; i < n && first + i < hours.size(); ++i) {
        const int v = hours[first + i].samples;
        const double h = plot.height() * v / top;
        const QRectF bar(plot.left() + i * slot + slot * 0.18, plot.bottom() - h, slot * 0.64, h);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x2f, 0x5d, 0x8a));
        p.drawRect(bar);
        p.setPen(QColor(0x1a, 0x1a, 0x1a));
        if (v > 0)
            p.drawText(
                QRectF(bar.left() - slot * 0.2, bar.top() - 4.5 * mmPx, slot * 1.04, 4 * mmPx),
                Qt::AlignHCenter | Qt::AlignBottom, QString::number(v));
        p.setPen(QColor(0x55, 0x5b, 0x63));
        p.drawText(QRectF(plot.left() + i * slot, plot.bottom() + 1 * mmPx, slot, 5 * mmPx),
                   Qt::AlignHCenter | Qt::AlignTop,
                   hours[first + i].startLocal.toString(QStringLiteral("HH")));
    }
    p.setPen(QPen(QColor(0x1a, 0x1a, 0x1a), 0.3 * mmPx));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
}

} // namespace

Status writeShiftReportPdf(const ShiftReport &r, const QString &path) {
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::StorageFailure,
                         ShiftReportPdfText::tr("Cannot write the report to %1: %2")
                             .arg(path, probe.errorString()));
    probe.close();

    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(16, 14, 16, 12), QPageLayout::Millimeter);
    writer.setTitle(ShiftReportPdfText::tr("Sampling shift report %1 %2")
                        .arg(r.siteCode, r.day.toString(Qt::ISODate)));
    writer.setCreator(QStringLiteral("Sampling Station"));

    const Times t(r.timeZoneId);
    const QString footerText =
        ShiftReportPdfText::tr(
            "%1 · table %2 · %3 · generated %4 · ID numbers are masked; no resident names.")
            .arg(r.siteCode)
            .arg(r.tableNumber)
            .arg(r.day.toString(Qt::ISODate), t.full(r.generatedAt));
    PdfDocumentLayout doc(writer, [footerText](int page) -> QString {
        return footerText + QStringLiteral("    ") + ShiftReportPdfText::tr("Page %1").arg(page);
    });
    if (!doc.isActive())
        return makeError(ErrorCode::StorageFailure,
                         ShiftReportPdfText::tr("Cannot draw the report PDF at %1.").arg(path));
    const double w = doc.contentWidthMm();

    doc.title(ShiftReportPdfText::tr("Sampling Shift Report"),
              ShiftReportPdfText::tr("%1 (%2) · district %3 · table %4 · device %5\nDate %6 (%7)")
                  .arg(r.siteName, r.siteCode, r.district)
                  .arg(r.tableNumber)
                  .arg(r.deviceId, r.day.toString(Qt::ISODate), r.timeZoneId));

    doc.heading(ShiftReportPdfText::tr("1. Totals"));
    doc.figures({{ShiftReportPdfText::tr("Swabs taken"), num(r.swabs)},
                 {ShiftReportPdfText::tr("Valid samples"), num(r.activeSamples)},
                 {ShiftReportPdfText::tr("People sampled"), num(r.distinctPeople)},
                 {ShiftReportPdfText::tr("Voided (sample again)"), num(r.voidedSamples)},
                 {ShiftReportPdfText::tr("Removed"), num(r.removedSamples)},
                 {ShiftReportPdfText::tr("Tubes opened"), num(r.tubes.opened)},
                 {ShiftReportPdfText::tr("Boxes"), num(int(r.boxes.size()))},
                 {ShiftReportPdfText::tr("First / last swab"),
                  t.hm(r.firstSwabAt) + QStringLiteral(" – ") + t.hm(r.lastSwabAt)}},
                4);

    doc.heading(ShiftReportPdfText::tr("2. Swabs per hour"));
    doc.block(52, [&](QPainter &p, const QRectF &area) {
        drawHourlyChart(p, area, r.hourly, doc.px(1));
    });

    doc.heading(ShiftReportPdfText::tr("3. Per table and per operator"));
    QList<QStringList> tableRows;
    for (const auto &x : r.tables)
        tableRows << QStringList{num(x.tableNumber), num(x.samples),
                                 x.avgSecondsPerSample
                                     ? QString::number(*x.avgSecondsPerSample, 'f', 1)
                                     : ShiftReportPdfText::tr("—")};
    doc.table({{ShiftReportPdfText::tr("Table"), 30},
               {ShiftReportPdfText::tr("Swabs"), 30, Qt::AlignRight},
               {ShiftReportPdfText::tr("Seconds per sample (last hour of work)"), w - 60,
                Qt::AlignRight}},
              tableRows);
    QList<QStringList> opRows;
    for (const auto &o : r.operators)
        opRows << QStringList{o.staffId, o.name, num(o.samples),
                              r.swabs ? QString::number(100.0 * o.samples / r.swabs, 'f', 1) +
                                            QLatin1Char('%')
                                      : QString()};
    doc.table({{ShiftReportPdfText::tr("Staff ID"), 30},
               {ShiftReportPdfText::tr("Operator"), w - 90},
               {ShiftReportPdfText::tr("Swabs"), 30, Qt::AlignRight},
               {ShiftReportPdfText::tr("Share"), 30, Qt::AlignRight}},
              opRows);

    doc.heading(ShiftReportPdfText::tr("4. Tube and box reconciliation"));
    const bool balanced = r.tubes.balanced(r.activeSamples);
    doc.table({{ShiftReportPdfText::tr("Tubes opened today, now"), w - 70},
               {ShiftReportPdfText::tr("Tubes"), 30, Qt::AlignRight},
               {ShiftReportPdfText::tr("People (today's swabs)"), 40, Qt::AlignRight}},
              {{ShiftReportPdfText::tr("Open at the table"), num(r.tubes.open),
                num(r.tubes.peopleInOpen)},
               {ShiftReportPdfText::tr("Sealed, not yet boxed"), num(r.tubes.sealed),
                num(r.tubes.peopleInSealed)},
               {ShiftReportPdfText::tr("In a box"), num(r.tubes.boxed), num(r.tubes.peopleInBoxed)},
               {ShiftReportPdfText::tr("Handed over to the courier"), num(r.tubes.handedOver),
                num(r.tubes.peopleInHandedOver)},
               {ShiftReportPdfText::tr("Voided (people to sample again)"), num(r.tubes.voided),
                num(r.voidedSamples)},
               {ShiftReportPdfText::tr("Total"), num(r.tubes.opened),
                num(r.tubes.peopleInOpen + r.tubes.peopleInSealed + r.tubes.peopleInBoxed +
                    r.tubes.peopleInHandedOver + r.voidedSamples)}});
    doc.paragraph(balanced ? ShiftReportPdfText::tr(
                                 "Valid swabs %1 = people in open, sealed, boxed and handed-over "
                                 "tubes: the counts reconcile.")
                                 .arg(r.activeSamples)
                           : ShiftReportPdfText::tr(
                                 "Valid swabs %1 do NOT match the people in tubes: check the "
                                 "station database (sampling-station-cli check).")
                                 .arg(r.activeSamples),
                  9, !balanced);
    QList<QStringList> boxRows;
    QList<bool> boxProblems;
    for (const auto &b : r.boxes) {
        boxRows << QStringList{b.code,
                               boxStateName(b.state),
                               num(b.tubes),
                               num(b.people),
                               b.sealedTubeCount ? QStringLiteral("%1 / %2")
                                                       .arg(*b.sealedTubeCount)
                                                       .arg(b.sealedPersonCount.value_or(0))
                                                 : ShiftReportPdfText::tr("—"),
                               t.hm(b.earliestSwab),
                               t.hm(b.handedOverAt),
                               b.carriedBy,
                               b.temperatureC ? QString::number(*b.temperatureC, 'f', 1) +
                                                    QStringLiteral(" °C")
                                              : QString()};
        boxProblems << !b.reconciles();
    }
    // The courier's name is the one cell of free text: the room the numbers do not need
    // (it was cut to "Courie…" at 18 mm, review 36).
    doc.table({{ShiftReportPdfText::tr("Box"), 25},
               {ShiftReportPdfText::tr("State"), 24},
               {ShiftReportPdfText::tr("Tubes"), 11, Qt::AlignRight},
               {ShiftReportPdfText::tr("People"), 13, Qt::AlignRight},
               {ShiftReportPdfText::tr("Sealed with"), 20, Qt::AlignRight},
               {ShiftReportPdfText::tr("First swab"), 18},
               {ShiftReportPdfText::tr("Handed over"), 21},
               {ShiftReportPdfText::tr("Courier"), w - 146},
               {ShiftReportPdfText::tr("Temp."), 14, Qt::AlignRight}},
              boxRows, boxProblems);
    // What this table's rows cannot say: hand-overs at another table or at the site hub, and
    // its tubes in other tables' boxes (the site's facts).
    for (const auto &b : r.boxes) {
        if (!b.handedOverElsewhere.isEmpty())
            doc.paragraph(
                ShiftReportPdfText::tr("Box %1 was handed over %2 at %3.")
                    .arg(b.code, handedOverWhere(b.handedOverElsewhere), t.hm(b.handedOverAt)));
    }
    for (const auto &x : r.tubesElsewhere) {
        doc.paragraph(x.handedOverAt.isValid()
                          ? ShiftReportPdfText::tr("Tube %1 went into box %2 %3; the box was "
                                                   "handed over %4 at %5.")
                                .arg(x.tubeCode, x.box, handedOverWhere(x.packedAt),
                                     handedOverWhere(x.handedOverAtTable), t.hm(x.handedOverAt))
                          : ShiftReportPdfText::tr("Tube %1 went into box %2 %3; the box waits "
                                                   "for the courier there.")
                                .arg(x.tubeCode, x.box, handedOverWhere(x.packedAt)));
    }

    doc.heading(ShiftReportPdfText::tr("5. Voided tubes and removed samples"));
    QList<QStringList> voidRows;
    for (const auto &v : r.voids)
        voidRows << QStringList{t.hm(v.at), v.tubeCode, num(v.people), v.reason};
    doc.table({{ShiftReportPdfText::tr("Time"), 18},
               {ShiftReportPdfText::tr("Tube"), 35},
               {ShiftReportPdfText::tr("To sample again"), 30, Qt::AlignRight},
               {ShiftReportPdfText::tr("Reason"), w - 83}},
              voidRows);
    QList<QStringList> removalRows;
    for (const auto &m : r.removals)
        removalRows << QStringList{t.hm(m.at), m.tubeCode,  num(m.position),
                                   m.idMasked, m.byStaffId, m.reason};
    doc.table({{ShiftReportPdfText::tr("Time"), 18},
               {ShiftReportPdfText::tr("Tube"), 35},
               {ShiftReportPdfText::tr("Pos."), 12, Qt::AlignRight},
               {ShiftReportPdfText::tr("ID (masked)"), 45},
               {ShiftReportPdfText::tr("By"), 18},
               {ShiftReportPdfText::tr("Reason"), w - 128}},
              removalRows);
    if (!r.earlySeals.isEmpty()) {
        QList<QStringList> sealRows;
        for (const auto &e : r.earlySeals)
            sealRows << QStringList{t.hm(e.at), e.tubeCode,
                                    QStringLiteral("%1 / %2").arg(e.people).arg(e.poolSize),
                                    e.reason};
        doc.paragraph(ShiftReportPdfText::tr("Tubes sealed before they were full:"), 9, true);
        doc.table({{ShiftReportPdfText::tr("Time"), 18},
                   {ShiftReportPdfText::tr("Tube"), 35},
                   {ShiftReportPdfText::tr("People / pool"), 30, Qt::AlignRight},
                   {ShiftReportPdfText::tr("Reason"), w - 83}},
                  sealRows);
    }

    doc.heading(ShiftReportPdfText::tr("6. Transmission to the province"));
    doc.figures({{ShiftReportPdfText::tr("Acknowledged"), num(r.sync.acked)},
                 {ShiftReportPdfText::tr("Pending"), num(r.sync.pending)},
                 {ShiftReportPdfText::tr("Conflict"), num(r.sync.conflict)},
                 {ShiftReportPdfText::tr("Rejected"), num(r.sync.rejected)}},
                4);
    doc.paragraph(r.sync.pending == 0
                      ? ShiftReportPdfText::tr(
                            "All of the day's records were acknowledged by the province (last "
                            "acknowledgement %1).")
                            .arg(t.full(r.sync.lastAckedAt))
                      : ShiftReportPdfText::tr(
                            "%1 of the day's records had not reached the province when this "
                            "report was generated (oldest from %2).")
                            .arg(r.sync.pending)
                            .arg(t.full(r.sync.oldestPendingAt)),
                  9, r.sync.pending > 0);

    doc.ensureSpace(30);
    doc.advance(6);
    doc.block(20, [&](QPainter &p, const QRectF &area) {
        p.setFont(doc.font(9));
        p.setPen(QColor(0x1a, 0x1a, 0x1a));
        const double third = area.width() / 3;
        const QStringList labels{ShiftReportPdfText::tr("Site lead (name)"),
                                 ShiftReportPdfText::tr("Signature"),
                                 ShiftReportPdfText::tr("Date and time")};
        for (int i = 0; i < 3; ++i) {
            const double x = area.left() + i * third;
            p.setPen(QPen(QColor(0x1a, 0x1a, 0x1a), doc.px(0.3)));
            p.drawLine(QPointF(x, area.top() + doc.px(10)),
                       QPointF(x + third - doc.px(6), area.top() + doc.px(10)));
            p.drawText(QRectF(x, area.top() + doc.px(11), third, doc.px(6)),
                       Qt::AlignLeft | Qt::AlignTop, labels[i]);
        }
    });
    doc.finish();
    qCInfo(lcLabels) << "shift report PDF written for" << r.day.toString(Qt::ISODate);
    return success();
}

} // namespace station::report
