// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels/SplitPrinter.h"

namespace station::labels {

SplitPrinter::SplitPrinter(std::shared_ptr<LabelPrinter> labels,
                           std::shared_ptr<LabelPrinter> manifests)
    : m_labels(std::move(labels))
    , m_manifests(std::move(manifests)) {}

QString SplitPrinter::description() const {
    if (!m_manifests)
        return m_labels ? m_labels->description() : QString();
    if (!m_labels)
        return tr("%1 (manifests)").arg(m_manifests->description());
    return tr("%1 (labels), %2 (manifests)")
        .arg(m_labels->description(), m_manifests->description());
}

PrintResult SplitPrinter::print(const PrintJob &job) {
    LabelPrinter *target = job.isManifest() && m_manifests ? m_manifests.get() : m_labels.get();
    if (!target)
        return PrintResult::failure(job.isManifest() ? tr("No printer is set up for manifests.")
                                                     : tr("No printer is set up for labels."));
    return target->print(job);
}

} // namespace station::labels
