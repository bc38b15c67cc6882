// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "labels/LabelPrinter.h"

#include <QCoreApplication>

#include <memory>

namespace station::labels {

// Labels to the label printer, box manifests (A4) to a page printer or PDF file, so one
// print queue serves a site whose Zebra printer cannot print a manifest.
class SplitPrinter final : public LabelPrinter {
    Q_DECLARE_TR_FUNCTIONS(station::labels::SplitPrinter)
public:
    // `manifests` nullptr = manifests go to the label printer too.
    SplitPrinter(std::shared_ptr<LabelPrinter> labels, std::shared_ptr<LabelPrinter> manifests);

    QString description() const override;
    PrintResult print(const PrintJob &job) override;

private:
    std::shared_ptr<LabelPrinter> m_labels;
    std::shared_ptr<LabelPrinter> m_manifests;
};

} // namespace station::labels
