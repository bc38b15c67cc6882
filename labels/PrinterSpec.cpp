// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels/PrinterSpec.h"

#include "labels/CupsBackend.h"
#include "labels/PdfFileBackend.h"
#include "labels/PngFileBackend.h"
#include "labels/ZplFileBackend.h"
#include "labels/ZplTcpBackend.h"

#include <QUrl>

namespace station::labels {

QString PrinterSpec::syntaxHelp() {
    return tr("zpl://HOST[:PORT], zpl-file:PATH, cups:QUEUE, cups-raw:QUEUE, pdf:PATH or "
              "png:PATH");
}

std::unique_ptr<LabelPrinter> PrinterSpec::create(const QString &spec, QString *error) {
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return std::unique_ptr<LabelPrinter>();
    };
    auto rest = [&spec](const QString &prefix) { return spec.mid(prefix.size()); };

    if (spec.startsWith(QLatin1String("zpl://"))) {
        const QUrl url(spec, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            return fail(tr("\"%1\" is not a printer address; use zpl://HOST[:PORT].").arg(spec));
        const int port = url.port(ZplTcpBackend::kDefaultPort);
        return std::make_unique<ZplTcpBackend>(url.host(), static_cast<quint16>(port));
    }
    struct Prefix {
        QLatin1String prefix;
        int kind;
    };
    const Prefix prefixes[] = {{QLatin1String("zpl-file:"), 0},
                               {QLatin1String("cups-raw:"), 1},
                               {QLatin1String("cups:"), 2},
                               {QLatin1String("pdf:"), 3},
                               {QLatin1String("png:"), 4}};
    for (const Prefix &p : prefixes) {
        if (!spec.startsWith(p.prefix))
            continue;
        const QString arg = rest(p.prefix);
        if (arg.isEmpty())
            return fail(tr("\"%1\" names no queue or file.").arg(spec));
        switch (p.kind) {
        case 0:
            return std::make_unique<ZplFileBackend>(arg);
        case 1:
            return std::make_unique<CupsBackend>(arg, CupsBackend::Payload::RawZpl);
        case 2:
            return std::make_unique<CupsBackend>(arg, CupsBackend::Payload::Pdf);
        case 3:
            return std::make_unique<PdfFileBackend>(arg);
        default:
            return std::make_unique<PngFileBackend>(arg);
        }
    }
    return fail(tr("Unknown printer \"%1\"; use %2.").arg(spec, syntaxHelp()));
}

} // namespace station::labels
