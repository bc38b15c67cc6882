// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "labels/LabelData.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace station::cli {

// A box manifest from JSON, for `label --manifest FILE`:
// {"boxCode": "BX..", "siteName": "..", "siteCode": "..", "boxSealedAt": "ISO time",
//  "tubes": [{"code": "..", "personCount": 10, "firstSwabAt": "..", "sealedAt": ".."}],
//  "handOver": {"handedOverBy": "..", "carriedBy": "..", "handedOverAt": "..",
//               "temperatureCelsius": 6.5}}
std::optional<labels::BoxManifestData> manifestFromJson(const QByteArray &json, QString *error);

} // namespace station::cli
