// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/ScanClassifier.h"

#include <QCoreApplication>

namespace station {

namespace {

constexpr int kShownLength = 40; // characters of an unknown scan quoted back to staff

// Scanners add CR/LF/Tab suffixes, GS separators or a BOM around the data.
bool isNoise(QChar c) {
    return c.isSpace() || c.category() == QChar::Other_Control ||
           c.category() == QChar::Other_Format;
}

QString trimNoise(const QString &scanned) {
    qsizetype begin = 0;
    qsizetype end = scanned.size();
    while (begin < end && isNoise(scanned.at(begin)))
        ++begin;
    while (end > begin && isNoise(scanned.at(end - 1)))
        --end;
    return scanned.mid(begin, end - begin);
}

// What was read, safe to show: non-printable characters as U+XXXX, long texts cut.
QString printable(const QString &text) {
    QString shown;
    qsizetype count = 0;
    for (QChar c : text) {
        if (count == kShownLength) {
            shown += QChar(0x2026); // …
            break;
        }
        if (c.isPrint())
            shown += c;
        else
            shown += QStringLiteral("<U+%1>").arg(QString::number(c.unicode(), 16).toUpper(), 4,
                                                  QLatin1Char('0'));
        ++count;
    }
    return shown;
}

// The whole scanned text must match, whether or not the site's pattern has ^ and $.
QRegularExpression compileWhole(const QString &pattern) {
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern));
}

QString describePatternError(const char *which, const QString &pattern) {
    // Compiled as the site wrote it, so that the error offset points into its text.
    const QRegularExpression compiled(pattern);
    return QCoreApplication::translate("ScanClassifier",
                                       "The %1 pattern “%2” is not a valid regular expression: "
                                       "%3 (at character %4).")
        .arg(QCoreApplication::translate("ScanClassifier", which), pattern, compiled.errorString())
        .arg(compiled.patternErrorOffset() + 1);
}

} // namespace

ScanClassifier::ScanClassifier(const CodePatterns &patterns)
    : m_patterns(patterns)
    , m_tube(compileWhole(patterns.tube))
    , m_box(compileWhole(patterns.box)) {}

bool ScanClassifier::isValid() const {
    return m_tube.isValid() && m_box.isValid();
}

QString ScanClassifier::patternError() const {
    if (!m_tube.isValid())
        return describePatternError(QT_TRANSLATE_NOOP("ScanClassifier", "tube"), m_patterns.tube);
    if (!m_box.isValid())
        return describePatternError(QT_TRANSLATE_NOOP("ScanClassifier", "box"), m_patterns.box);
    return {};
}

ScanClassification ScanClassifier::classify(const QString &scanned) const {
    ScanClassification result;
    result.text = trimNoise(scanned);
    if (result.text.startsWith(QLatin1Char('{'))) {
        result.kind = ScanKind::ResidentCode;
        return result;
    }
    // With one pattern broken the other cannot be trusted alone (a box code can look like
    // a tube code), so a broken configuration classifies no tube or box at all.
    const bool decidable = !result.text.isEmpty() && isValid();
    // Box first: its default pattern has a fixed prefix, while the tube pattern would
    // also accept a box code such as BX12345678.
    if (decidable && m_box.match(result.text).hasMatch()) {
        result.kind = ScanKind::Box;
        return result;
    }
    if (decidable && m_tube.match(result.text).hasMatch()) {
        result.kind = ScanKind::Tube;
        return result;
    }
    result.kind = ScanKind::Unknown;
    if (result.text.isEmpty()) {
        result.message = QCoreApplication::translate(
            "ScanClassifier", "The scan was empty: nothing but spaces or control characters "
                              "was read.");
    } else if (!isValid()) {
        result.message =
            QCoreApplication::translate("ScanClassifier", "Read “%1”, but the site's code patterns "
                                                          "are broken: %2")
                .arg(printable(result.text), patternError());
    } else {
        result.message = QCoreApplication::translate("ScanClassifier",
                                                     "Read “%1”: this is not a resident code, a "
                                                     "tube code or a box code.")
                             .arg(printable(result.text));
    }
    return result;
}

} // namespace station
