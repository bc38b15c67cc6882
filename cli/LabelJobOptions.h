// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "labels/PrintJob.h"

#include <QCommandLineParser>

#include <optional>

// The label options `label` and `print` share: what to print and on what size of label.
namespace station::cli {

void addLabelJobOptions(QCommandLineParser &parser);

// The job the options describe; nullopt with *error (translated) when they do not make one.
std::optional<labels::PrintJob> labelJobFromOptions(const QCommandLineParser &parser,
                                                    QString *error);

} // namespace station::cli
