// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/LabelJobOptions.h"

#include "cli/ManifestJson.h"

#include <QFile>

#include <QCoreApplication>

namespace station::cli {

namespace {
QString t(const char *text) {
    return QCoreApplication::translate("cli", text);
}

bool parseInt(const QCommandLineParser &parser, const QString &name, int min, int max, int *value,
              QString *error) {
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const int v = parser.value(name).toInt(&ok);
    if (!ok || v < min || v > max) {
        *error = t("--%1 must be a whole number from %2 to %3, not \"%4\".")
                     .arg(name)
                     .arg(min)
                     .arg(max)
                     .arg(parser.value(name));
        return false;
    }
    *value = v;
    return true;
}
} // namespace

void addLabelJobOptions(QCommandLineParser &parser) {
    parser.addOptions({
        {QStringLiteral("tube"), t("Print a tube label for CODE."), QStringLiteral("CODE")},
        {QStringLiteral("box"), t("Print a box label for CODE."), QStringLiteral("CODE")},
        {QStringLiteral("manifest"), t("Print the A4 box manifest described in a JSON file."),
         QStringLiteral("FILE")},
        {QStringLiteral("qr"), t("Put a QR code instead of Code 128 on a box label.")},
        {QStringLiteral("size"), t("Label size in mm: 50x25 (default), 40x30, 60x40."),
         QStringLiteral("WxH"), QStringLiteral("50x25")},
        {QStringLiteral("dpi"), t("Printer resolution (default 203)."), QStringLiteral("DPI"),
         QStringLiteral("203")},
        {QStringLiteral("copies"), t("Number of copies (default 1)."), QStringLiteral("N"),
         QStringLiteral("1")},
        {QStringLiteral("site-name"), t("Sampling site name."), QStringLiteral("NAME")},
        {QStringLiteral("site-code"), t("Sampling site code."), QStringLiteral("CODE")},
        {QStringLiteral("table"), t("Table number."), QStringLiteral("N")},
        {QStringLiteral("pool"), t("People per tube (1, 5, 10, 20)."), QStringLiteral("N")},
        {QStringLiteral("time"),
         t("Date and time printed on a tube label, ISO 8601 (default: now)."),
         QStringLiteral("TIME")},
    });
}

std::optional<labels::PrintJob> labelJobFromOptions(const QCommandLineParser &parser,
                                                    QString *error) {
    const bool tube = parser.isSet(QStringLiteral("tube"));
    const bool box = parser.isSet(QStringLiteral("box"));
    const bool manifest = parser.isSet(QStringLiteral("manifest"));
    if (int(tube) + int(box) + int(manifest) != 1) {
        *error = t("Give exactly one of --tube CODE, --box CODE or --manifest FILE.");
        return std::nullopt;
    }
    const std::optional<labels::LabelSize> size =
        labels::LabelSize::parse(parser.value(QStringLiteral("size")));
    if (!size) {
        *error = t("--size must look like 50x25 (millimetres), not \"%1\".")
                     .arg(parser.value(QStringLiteral("size")));
        return std::nullopt;
    }
    int dpi = 203, copies = 1, table = 0, pool = 0;
    if (!parseInt(parser, QStringLiteral("dpi"), 100, 1200, &dpi, error) ||
        !parseInt(parser, QStringLiteral("copies"), 1, 999, &copies, error) ||
        !parseInt(parser, QStringLiteral("table"), 1, 9999, &table, error) ||
        !parseInt(parser, QStringLiteral("pool"), 1, 100, &pool, error))
        return std::nullopt;

    if (manifest) {
        QFile file(parser.value(QStringLiteral("manifest")));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = t("Cannot read %1: %2").arg(file.fileName(), file.errorString());
            return std::nullopt;
        }
        const std::optional<labels::BoxManifestData> data = manifestFromJson(file.readAll(), error);
        if (!data)
            return std::nullopt;
        // A manifest goes to a page printer; 300 dpi unless told otherwise.
        const int pageDpi = parser.isSet(QStringLiteral("dpi")) ? dpi : 300;
        return labels::PrintJob::manifest(*data, pageDpi, copies);
    }
    const QString siteName = parser.value(QStringLiteral("site-name"));
    const QString siteCode = parser.value(QStringLiteral("site-code"));
    if (box)
        return labels::PrintJob::box({parser.value(QStringLiteral("box")), siteName, siteCode,
                                      parser.isSet(QStringLiteral("qr"))},
                                     *size, dpi, copies);

    labels::TubeLabelData data;
    data.tubeCode = parser.value(QStringLiteral("tube"));
    data.siteName = siteName;
    data.siteCode = siteCode;
    data.tableNumber = table;
    data.poolSize = pool;
    data.sealedOrOpened = QDateTime::currentDateTime();
    if (parser.isSet(QStringLiteral("time"))) {
        data.sealedOrOpened =
            QDateTime::fromString(parser.value(QStringLiteral("time")), Qt::ISODate);
        if (!data.sealedOrOpened.isValid()) {
            *error = t("--time must be an ISO 8601 date and time such as 2026-11-25T09:41, "
                       "not \"%1\".")
                         .arg(parser.value(QStringLiteral("time")));
            return std::nullopt;
        }
    }
    return labels::PrintJob::tube(data, *size, dpi, copies);
}

} // namespace station::cli
