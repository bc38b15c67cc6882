// SPDX-License-Identifier: GPL-3.0-or-later
#include "table/TableLabel.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace station {

namespace {

class TableLabel {
    Q_DECLARE_TR_FUNCTIONS(station::TableLabel)

public:
    static QString numbered(const QString &number) { return tr("Table %1").arg(number); }
    static QString siteHub() { return tr("Site hub"); }
};

} // namespace

QString shownTableLabel(const QString &label) {
    static const QRegularExpression wire(QStringLiteral("^Table (\\d+)$"));
    // The site hub names itself so on the wire (server/UpstreamRelay, server/HubHandOver): a
    // box handed over at the hub shows where.
    if (label == QLatin1String("site hub"))
        return TableLabel::siteHub();
    const QRegularExpressionMatch m = wire.match(label);
    return m.hasMatch() ? TableLabel::numbered(m.captured(1)) : label;
}

} // namespace station
