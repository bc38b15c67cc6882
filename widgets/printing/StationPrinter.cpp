// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/printing/StationPrinter.h"

#include "labels/PrinterSpec.h"
#include "labels/SplitPrinter.h"
#include "widgets/printing/SystemPrinterBackend.h"

namespace station::widgets {

bool StationPrinter::isAddress(const QString &name) {
    static const QLatin1String prefixes[] = {QLatin1String("zpl://"),    QLatin1String("zpl-file:"),
                                             QLatin1String("cups-raw:"), QLatin1String("cups:"),
                                             QLatin1String("pdf:"),      QLatin1String("png:")};
    for (const QLatin1String &p : prefixes) {
        if (name.startsWith(p))
            return true;
    }
    return false;
}

std::shared_ptr<labels::LabelPrinter> StationPrinter::create(const QString &nameIn,
                                                             QString *error) {
    const QString name = nameIn.trimmed();
    if (name.isEmpty())
        return nullptr;
    if (isAddress(name)) {
        std::unique_ptr<labels::LabelPrinter> printer = labels::PrinterSpec::create(name, error);
        return std::shared_ptr<labels::LabelPrinter>(std::move(printer));
    }
    return std::make_shared<SystemPrinterBackend>(name);
}

std::shared_ptr<labels::LabelPrinter> StationPrinter::create(const QString &labelPrinter,
                                                             const QString &manifestPrinter,
                                                             QString *error) {
    std::shared_ptr<labels::LabelPrinter> forLabels = create(labelPrinter, error);
    if (!forLabels && error && !error->isEmpty())
        return nullptr;
    if (manifestPrinter.trimmed().isEmpty())
        return forLabels;
    std::shared_ptr<labels::LabelPrinter> forManifests = create(manifestPrinter, error);
    if (!forManifests)
        return nullptr;
    return std::make_shared<labels::SplitPrinter>(std::move(forLabels), std::move(forManifests));
}

} // namespace station::widgets
