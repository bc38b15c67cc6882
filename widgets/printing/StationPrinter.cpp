// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/printing/StationPrinter.h"

#include "labels/SplitPrinter.h"
#include "widgets/printing/SystemPrinterBackend.h"

namespace station::widgets {

labels::PrinterRegistry StationPrinter::registry() {
    labels::PrinterRegistry registry = labels::PrinterRegistry::labelBackends();
    registry.add({QString(), tr("a system printer's name"),
                  tr("a printer the system knows (CUPS), by its name, through its driver"),
                  [](const QString &name, QString *) -> std::unique_ptr<labels::LabelPrinter> {
                      return std::make_unique<SystemPrinterBackend>(name);
                  }});
    return registry;
}

std::shared_ptr<labels::LabelPrinter> StationPrinter::create(const QString &nameIn,
                                                             QString *error) {
    const QString name = nameIn.trimmed();
    if (name.isEmpty())
        return nullptr;
    return std::shared_ptr<labels::LabelPrinter>(registry().create(name, error));
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
