// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/TableLabel.h"

#include "protocol/TableNumber.h"

#include <QCoreApplication>

namespace station {

namespace {

class TableLabel {
    Q_DECLARE_TR_FUNCTIONS(station::TableLabel)

public:
    static QString numbered(int number) { return tr("Table %1").arg(number); }
    // In the sentences it is shown in ("handed over at %1", "here and at %1"), as a place.
    static QString siteHub() { return tr("the site hub"); }
};

} // namespace

QString shownTableNumber(int tableNumber) {
    return TableLabel::numbered(tableNumber);
}

QString shownTableLabel(const QString &label) {
    // The site hub names itself so on the wire (server/UpstreamRelay, server/HubHandOver): a
    // box handed over at the hub shows where.
    if (label == QLatin1String("site hub"))
        return TableLabel::siteHub();
    const int number = protocol::tableNumberOfLabel(label);
    return number > 0 ? TableLabel::numbered(number) : label;
}

} // namespace station
