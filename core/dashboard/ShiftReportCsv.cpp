// SPDX-License-Identifier: GPL-3.0-or-later
// The shift report as CSV: one block per section (title line, header line, rows, blank
// line), times in the site's time zone, ID numbers masked as stored.
#include "core/dashboard/ShiftReport.h"

#include <QCoreApplication>
#include <QStringList>

namespace station::dashboard {

namespace {

QString field(const QString &value) {
    QString v = value;
    // A leading = + - @ (or tab/CR) would run as a formula in a spreadsheet; numbers
    // (a temperature of -2.0) stay numbers.
    bool isNumber = false;
    v.toDouble(&isNumber);
    if (!isNumber && !v.isEmpty() && QStringLiteral("=+-@\t\r").contains(v.front()))
        v.prepend(QLatin1Char('\''));
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) ||
        v.contains(QLatin1Char('\n')) || v.contains(QLatin1Char('\'')) || v != value) {
        v.replace(QLatin1String("\""), QLatin1String("\"\""));
        v = QLatin1Char('"') + v + QLatin1Char('"');
    }
    return v;
}

class CsvWriter {
public:
    explicit CsvWriter(QTimeZone zone)
        : m_zone(std::move(zone)) {}
    void row(const QStringList &cells) {
        QStringList out;
        out.reserve(cells.size());
        for (const QString &c : cells)
            out << field(c);
        m_text += out.join(QLatin1Char(',')) + QLatin1String("\r\n");
    }
    void section(const QString &title, const QStringList &header) {
        if (!m_text.isEmpty())
            m_text += QLatin1String("\r\n");
        row({title});
        row(header);
    }
    QString time(const QDateTime &t) const {
        return t.isValid() ? t.toTimeZone(m_zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                           : QString();
    }
    QByteArray bytes() const { return QByteArray("\xEF\xBB\xBF") + m_text.toUtf8(); }

private:
    QTimeZone m_zone;
    QString m_text;
};

QString n(int v) {
    return QString::number(v);
}

QString optional(const std::optional<int> &v) {
    return v ? QString::number(*v) : QString();
}

} // namespace

QByteArray shiftReportCsv(const ShiftReport &r) {
    CsvWriter w{QTimeZone(r.timeZoneId.toUtf8())};
    w.section(QStringLiteral("report"), {QStringLiteral("field"), QStringLiteral("value")});
    w.row({QStringLiteral("date"), r.day.toString(Qt::ISODate)});
    w.row({QStringLiteral("time_zone"), r.timeZoneId});
    w.row({QStringLiteral("generated_at"), w.time(r.generatedAt)});
    w.row({QStringLiteral("site_code"), r.siteCode});
    w.row({QStringLiteral("site_name"), r.siteName});
    w.row({QStringLiteral("district"), r.district});
    w.row({QStringLiteral("table"), n(r.tableNumber)});
    w.row({QStringLiteral("device"), r.deviceId});

    w.section(QStringLiteral("totals"), {QStringLiteral("field"), QStringLiteral("value")});
    w.row({QStringLiteral("swabs_taken"), n(r.swabs)});
    w.row({QStringLiteral("samples_valid"), n(r.activeSamples)});
    w.row({QStringLiteral("samples_voided"), n(r.voidedSamples)});
    w.row({QStringLiteral("samples_removed"), n(r.removedSamples)});
    w.row({QStringLiteral("people_sampled"), n(r.distinctPeople)});
    w.row({QStringLiteral("first_swab"), w.time(r.firstSwabAt)});
    w.row({QStringLiteral("last_swab"), w.time(r.lastSwabAt)});

    w.section(QStringLiteral("hourly"), {QStringLiteral("hour"), QStringLiteral("swabs")});
    for (const TimeBucket &b : r.hourly)
        w.row({b.startLocal.toString(QStringLiteral("HH:mm")), n(b.samples)});

    w.section(QStringLiteral("per_table"), {QStringLiteral("table"), QStringLiteral("swabs"),
                                            QStringLiteral("avg_seconds_per_sample_last_hour")});
    for (const TableThroughput &t : r.tables)
        w.row(
            {n(t.tableNumber), n(t.samples),
             t.avgSecondsPerSample ? QString::number(*t.avgSecondsPerSample, 'f', 1) : QString()});

    w.section(QStringLiteral("per_operator"),
              {QStringLiteral("staff_id"), QStringLiteral("name"), QStringLiteral("swabs")});
    for (const OperatorThroughput &o : r.operators)
        w.row({o.staffId, o.name, n(o.samples)});

    w.section(QStringLiteral("tubes"), {QStringLiteral("state"), QStringLiteral("tubes"),
                                        QStringLiteral("people_sampled_today")});
    w.row({QStringLiteral("open"), n(r.tubes.open), n(r.tubes.peopleInOpen)});
    w.row({QStringLiteral("sealed"), n(r.tubes.sealed), n(r.tubes.peopleInSealed)});
    w.row({QStringLiteral("boxed"), n(r.tubes.boxed), n(r.tubes.peopleInBoxed)});
    w.row({QStringLiteral("handed_over"), n(r.tubes.handedOver), n(r.tubes.peopleInHandedOver)});
    w.row({QStringLiteral("voided"), n(r.tubes.voided), n(r.voidedSamples)});
    w.row({QStringLiteral("total"), n(r.tubes.opened),
           n(r.tubes.peopleInOpen + r.tubes.peopleInSealed + r.tubes.peopleInBoxed +
             r.tubes.peopleInHandedOver + r.voidedSamples)});
    w.row({QStringLiteral("sealed_early"), n(r.tubes.sealedEarly), QString()});
    w.row({QStringLiteral("reconciles"),
           r.tubes.balanced(r.activeSamples) ? QStringLiteral("yes") : QStringLiteral("no"),
           QString()});

    w.section(QStringLiteral("boxes"),
              {QStringLiteral("box"), QStringLiteral("state"), QStringLiteral("tubes"),
               QStringLiteral("people"), QStringLiteral("sealed_tube_count"),
               QStringLiteral("sealed_person_count"), QStringLiteral("reconciles"),
               QStringLiteral("first_swab"), QStringLiteral("sealed_at"),
               QStringLiteral("handed_over_at"), QStringLiteral("handed_over_by"),
               QStringLiteral("handed_over_at_table"), QStringLiteral("carried_by"),
               QStringLiteral("temperature_c")});
    for (const ShiftReport::Box &b : r.boxes)
        w.row({b.code, b.state, n(b.tubes), n(b.people), optional(b.sealedTubeCount),
               optional(b.sealedPersonCount),
               b.reconciles() ? QStringLiteral("yes") : QStringLiteral("no"),
               w.time(b.earliestSwab), w.time(b.sealedAt), w.time(b.handedOverAt), b.handedOverBy,
               b.handedOverElsewhere, b.carriedBy,
               b.temperatureC ? QString::number(*b.temperatureC, 'f', 1) : QString()});

    w.section(QStringLiteral("voided_tubes"),
              {QStringLiteral("at"), QStringLiteral("tube"), QStringLiteral("people_to_resample"),
               QStringLiteral("reason")});
    for (const ShiftReport::VoidedTube &v : r.voids)
        w.row({w.time(v.at), v.tubeCode, n(v.people), v.reason});

    w.section(QStringLiteral("removals"),
              {QStringLiteral("at"), QStringLiteral("tube"), QStringLiteral("position"),
               QStringLiteral("id_masked"), QStringLiteral("reason"), QStringLiteral("by")});
    for (const ShiftReport::Removal &m : r.removals)
        w.row({w.time(m.at), m.tubeCode, n(m.position), m.idMasked, m.reason, m.byStaffId});

    w.section(QStringLiteral("sealed_early"),
              {QStringLiteral("at"), QStringLiteral("tube"), QStringLiteral("people"),
               QStringLiteral("pool_size"), QStringLiteral("reason")});
    for (const ShiftReport::EarlySeal &e : r.earlySeals)
        w.row({w.time(e.at), e.tubeCode, n(e.people), n(e.poolSize), e.reason});

    w.section(QStringLiteral("sync"), {QStringLiteral("field"), QStringLiteral("value")});
    w.row({QStringLiteral("records_pending"), n(r.sync.pending)});
    w.row({QStringLiteral("records_acknowledged"), n(r.sync.acked)});
    w.row({QStringLiteral("records_conflict"), n(r.sync.conflict)});
    w.row({QStringLiteral("records_rejected"), n(r.sync.rejected)});
    w.row({QStringLiteral("oldest_pending"), w.time(r.sync.oldestPendingAt)});
    w.row({QStringLiteral("last_acknowledged"), w.time(r.sync.lastAckedAt)});
    return w.bytes();
}

} // namespace station::dashboard
