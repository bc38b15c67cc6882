// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/ResidentCodeTextLoss.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace station {

namespace {

constexpr QChar kReplacement(0xFFFD);

} // namespace

bool residentCodeLostNonAsciiText(const QString &scanned) {
    const QString trimmed = scanned.trimmed();
    if (!trimmed.startsWith(QLatin1Char('{')))
        return false;
    const QJsonDocument doc = QJsonDocument::fromJson(trimmed.toUtf8());
    if (!doc.isObject())
        return false;
    const QJsonObject object = doc.object();
    if (object.value(QLatin1String("t")).toString() != QLatin1String("rc"))
        return false;
    const QJsonValue nameValue = object.value(QLatin1String("n"));
    if (!nameValue.isString())
        return false; // a missing or mistyped name is the parser's to explain
    const QString name = nameValue.toString();
    const QString address = object.value(QLatin1String("a")).toString();
    if (name.contains(kReplacement) || address.contains(kReplacement))
        return true;
    // Every name has letters (Chinese characters are letters too); a name without any lost
    // them: nothing, question marks or Alt+keypad digits came instead.
    return std::none_of(name.cbegin(), name.cend(), [](QChar c) { return c.isLetter(); });
}

} // namespace station
