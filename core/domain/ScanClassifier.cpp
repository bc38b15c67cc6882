// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/ScanClassifier.h"

#include "protocol/JoinCode.h"

#include <QCoreApplication>

#include <algorithm>

namespace station {

namespace {

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

bool allAsciiDigits(QStringView text) {
    return std::all_of(text.begin(), text.end(),
                       [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
}

// An 18-character resident ID number (17 digits and a digit or X) or a 15-digit one.
bool looksLikeIdNumber(const QString &text) {
    if (text.size() == 15)
        return allAsciiDigits(text);
    if (text.size() != 18 || !allAsciiDigits(QStringView(text).left(17)))
        return false;
    const QChar last = text.at(17);
    return allAsciiDigits(QStringView(&last, 1)) || last == QLatin1Char('X') ||
           last == QLatin1Char('x');
}

bool looksLikeWebAddress(const QString &text) {
    return text.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) ||
           text.startsWith(QLatin1String("https://"), Qt::CaseInsensitive) ||
           text.startsWith(QLatin1String("www."), Qt::CaseInsensitive);
}

} // namespace

// What kind of text was read, never the text: a scan may be a person's ID number or a
// health-code link, and the banner is read by everyone at the table.
QString describeScannedText(const QString &text) {
    const int length = int(text.size());
    if (length == 1)
        return QCoreApplication::translate("ScanClassifier", "a single character");
    if (looksLikeIdNumber(text))
        return QCoreApplication::translate(
                   "ScanClassifier", "a number with %1 characters that looks like an ID number")
            .arg(length);
    if (looksLikeWebAddress(text))
        return QCoreApplication::translate("ScanClassifier", "a web address");
    if (allAsciiDigits(text))
        return QCoreApplication::translate("ScanClassifier", "a number with %1 digits").arg(length);
    const bool control =
        std::any_of(text.begin(), text.end(), [](QChar c) { return !c.isPrint() && !c.isSpace(); });
    if (control)
        return QCoreApplication::translate(
                   "ScanClassifier", "text with %1 characters, some of them control characters")
            .arg(length);
    return QCoreApplication::translate("ScanClassifier", "text with %1 characters").arg(length);
}

QString nameScannedText(const ScanClassification &read) {
    switch (read.kind) {
    case ScanKind::Tube:
    case ScanKind::Box:
        return read.text;
    case ScanKind::ResidentCode:
        return QCoreApplication::translate("ScanClassifier", "a resident's code");
    case ScanKind::Unknown:
        break;
    }
    return describeScannedText(read.text);
}

namespace {

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
    // A hub's join code is for Settings, never a resident, tube or box, whatever the site's
    // patterns: the table refuses it and says where it goes.
    if (protocol::looksLikeJoinCode(result.text)) {
        result.kind = ScanKind::Unknown;
        result.message = QCoreApplication::translate(
            "ScanClassifier", "This is a join code for a site hub, not a code for the table. To "
                              "join the hub, open Settings (F10), Join a site hub, and scan it "
                              "there.");
        return result;
    }
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
            QCoreApplication::translate("ScanClassifier", "Read %1, but the site's code patterns "
                                                          "are broken: %2")
                .arg(describeScannedText(result.text), patternError());
    } else {
        result.message =
            QCoreApplication::translate("ScanClassifier", "Read %1: this is not a resident code, a "
                                                          "tube code or a box code. Nothing was "
                                                          "recorded.")
                .arg(describeScannedText(result.text));
    }
    return result;
}

} // namespace station
