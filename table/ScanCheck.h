// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/domain/EntryMethod.h"
#include "core/domain/ResidentCode.h"
#include "core/domain/ScanClassifier.h"

#include <QByteArray>
#include <QDate>
#include <QString>

#include <optional>

namespace station {

// The rules a scanned text is read by: the site's code patterns and check digit, and which
// resident codes are believed (ScanRouter::setResidentCodeTrust).
struct ScanRules {
    CodePatterns patterns;
    QByteArray provinceKey; // empty: none known
    bool acceptUnsigned = true;
};

// What a scanned text is and whether the table would take it as such, before anything is
// recorded: the table's router reads every scan with it, and the scanner test in Settings shows
// it. Whether it fits the moment (a tube open, the person not sampled today...) is the router's.
struct ScanCheck {
    ScanKind kind = ScanKind::Unknown;
    QString code;                         // a tube or box code, trimmed
    std::optional<ResidentCode> resident; // a resident code that was read whole
    ResidentCodeError residentError = ResidentCodeError::None;
    QString problem; // translated refusal, never quoting personal details; empty when valid
    bool isValid() const { return problem.isEmpty(); }
};

// Reads `text` as it came by `method`; `today` bounds birth and expiry dates.
ScanCheck checkScan(const QString &text, EntryMethod method, const ScanRules &rules,
                    const QDate &today);

// The refusal of a resident code whose Chinese characters were lost on the way (a keyboard
// scanner cannot type them; residentCodeLostNonAsciiText).
QString lostChineseTextRefusal();

} // namespace station
