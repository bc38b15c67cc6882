// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/domain/CheckDigit.h"

#include <QRegularExpression>
#include <QString>

namespace station {

// The site-configurable patterns of the codes scanned at a table.
struct CodePatterns {
    static QString defaultTubePattern() { return QStringLiteral("^[A-Z]{0,4}[0-9]{8,16}$"); }
    static QString defaultBoxPattern() { return QStringLiteral("^BX[0-9A-Z]{6,18}$"); }
    QString tube = defaultTubePattern();
    QString box = defaultBoxPattern();
    // The check digit pre-printed tube codes carry (TubeCodeCheck.h); checked after the
    // pattern, by whoever accepts a tube code.
    CheckDigitScheme tubeCheckDigit = CheckDigitScheme::None;
};

enum class ScanKind { ResidentCode, Tube, Box, Unknown };

struct ScanClassification {
    ScanKind kind = ScanKind::Unknown;
    QString text;    // the scanned text, trimmed of surrounding whitespace/control chars
    QString message; // for Unknown: translated, says what kind of text was read, never the text
};

// What kind of text a scan was ("a web address", "text of 40 characters"), translated;
// never the text itself, which may be a person's ID number.
QString describeScannedText(const QString &text);

// How a refusal names a text that should have been a code of `expected`: a tube or box
// code whole (it is only a code), anything else by what it is ("a resident's code", "a
// number with 18 characters that looks like an ID number"), never the text.
QString nameScannedText(const ScanClassification &read);

class ScanClassifier {
public:
    explicit ScanClassifier(const CodePatterns &patterns = {});

    // False when a pattern does not compile; patternError() says which and why.
    bool isValid() const;
    QString patternError() const;

    // A text starting with '{' is a resident code (the parser then says what is wrong
    // with it); otherwise the tube and box patterns decide; anything else is Unknown.
    ScanClassification classify(const QString &scanned) const;

private:
    CodePatterns m_patterns; // as configured, for messages
    QRegularExpression m_tube;
    QRegularExpression m_box;
};

} // namespace station
