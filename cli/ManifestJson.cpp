// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ManifestJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace station::cli {

namespace {
QDateTime time(const QJsonObject &o, const QString &key) {
    return QDateTime::fromString(o.value(key).toString(), Qt::ISODate);
}
} // namespace

std::optional<labels::BoxManifestData> manifestFromJson(const QByteArray &json, QString *error) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        *error = QCoreApplication::translate("cli", "The manifest is not a JSON object: %1")
                     .arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    labels::BoxManifestData m;
    m.boxCode = root.value(QStringLiteral("boxCode")).toString();
    m.siteName = root.value(QStringLiteral("siteName")).toString();
    m.siteCode = root.value(QStringLiteral("siteCode")).toString();
    m.boxSealedAt = time(root, QStringLiteral("boxSealedAt"));
    m.printedAt = QDateTime::currentDateTime();
    const QJsonArray tubes = root.value(QStringLiteral("tubes")).toArray();
    for (const QJsonValue &v : tubes) {
        const QJsonObject t = v.toObject();
        labels::ManifestTube tube;
        tube.code = t.value(QStringLiteral("code")).toString();
        tube.personCount = t.value(QStringLiteral("personCount")).toInt();
        tube.firstSwabAt = time(t, QStringLiteral("firstSwabAt"));
        tube.sealedAt = time(t, QStringLiteral("sealedAt"));
        tube.table = t.value(QStringLiteral("table")).toString();
        if (const QString shared = t.value(QStringLiteral("codeSharedWith")).toString();
            !shared.isEmpty())
            m.codeSharedWith.insert(t.value(QStringLiteral("code")).toString(), shared);
        if (tube.code.isEmpty() || tube.personCount < 1) {
            *error = QCoreApplication::translate(
                         "cli", "Tube %1 of the manifest needs a code and a person count.")
                         .arg(m.tubes.size() + 1);
            return std::nullopt;
        }
        m.tubes.append(tube);
    }
    const QJsonObject h = root.value(QStringLiteral("handOver")).toObject();
    m.handOver.handedOverBy = h.value(QStringLiteral("handedOverBy")).toString();
    m.handOver.carriedBy = h.value(QStringLiteral("carriedBy")).toString();
    m.handOver.handedOverAt = time(h, QStringLiteral("handedOverAt"));
    if (h.contains(QStringLiteral("temperatureCelsius")))
        m.handOver.temperatureCelsius = h.value(QStringLiteral("temperatureCelsius")).toDouble();
    return m;
}

} // namespace station::cli
