// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/TableNumber.h"

#include <QRegularExpression>

namespace station::protocol {

QString tableWireLabel(int tableNumber) {
    return tableNumber > 0 ? QStringLiteral("Table %1").arg(tableNumber) : QString();
}

int tableNumberOfLabel(const QString &label) {
    // The English wire form and the two Chinese translations "Table %1" has had.
    static const QRegularExpression forms(
        QStringLiteral("^\\s*(?:Table\\s*(\\d+)|(\\d+)\\s*号台|第\\s*(\\d+)\\s*号采样台)\\s*$"));
    const QRegularExpressionMatch m = forms.match(label);
    if (!m.hasMatch())
        return 0;
    for (int group = 1; group <= 3; ++group) {
        if (m.capturedLength(group) > 0) {
            bool ok = false;
            const int n = m.captured(group).toInt(&ok);
            return ok && n > 0 ? n : 0;
        }
    }
    return 0;
}

QString canonicalTableLabel(const QString &label) {
    const int n = tableNumberOfLabel(label);
    return n > 0 ? tableWireLabel(n) : label;
}

QList<int> freeTableNumbers(const QList<int> &taken, int count) {
    QList<int> free;
    for (int n = 1; free.size() < count; ++n) {
        if (!taken.contains(n))
            free.append(n);
    }
    return free;
}

} // namespace station::protocol
