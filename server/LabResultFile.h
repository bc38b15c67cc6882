// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace station::server {

// One result as a lab reports it, checked and normalised: the outcome one of negative,
// positive, invalid; tested_at in UTC with milliseconds; the Ct values by target.
struct LabResult {
    QString tube;
    QString lab;
    QString outcome;
    QJsonObject ctValues; // {"ORF1ab": 28.1, "N": 30.2}; a value that is no number stays text
    QString testedAt;
};

// One input line (or API element): the result, or why it cannot be one.
struct LabResultInput {
    int line = 0; // 1-based line of the file (0: not from a file)
    std::optional<LabResult> result;
    QString reason; // an English sentence when result is empty
    QString code;   // the reason as a word when result is empty (LabResultRefusal)
};

// Why an input is no result, as the API's answers and the import name it.
namespace LabResultRefusal {
inline const QString MissingTube = QStringLiteral("missing_tube");
inline const QString NotATubeCode = QStringLiteral("not_a_tube_code");
inline const QString MissingLab = QStringLiteral("missing_lab");
inline const QString BadOutcome = QStringLiteral("bad_outcome");
inline const QString BadTestedAt = QStringLiteral("bad_tested_at");
inline const QString TestedAtWithoutOffset = QStringLiteral("tested_at_without_offset");
inline const QString TestedAtInFuture = QStringLiteral("tested_at_in_future");
inline const QString WrongSeparator = QStringLiteral("wrong_separator");
inline const QString NotJson = QStringLiteral("not_json");
} // namespace LabResultRefusal

// How far a tested_at may be after the server's clock: a lab instrument's clock a few
// minutes fast is common, a result from the future is not (a wrong year, local time sent as
// UTC). Ten minutes is well above NTP-less drift between two PCs and well below the hours
// of a time zone mistake.
inline constexpr qint64 kTestedAtSkewSeconds = 10 * 60;

// What a result is checked against besides its own fields.
struct LabResultRules {
    // The latest tested_at accepted, normalised (UTC with milliseconds); empty: no limit.
    QString latestTestedAt;
    // A tested_at must carry its offset (or Z): the API's rule; a file may give local time.
    bool offsetRequired = false;
    // The rules now: tested_at at most kTestedAtSkewSeconds after the server's clock.
    static LabResultRules now(bool offsetRequired);
};

// Whether `code` has the shape of a tube code (the default tube pattern ^[A-Z]{0,4}[0-9]{8,16}$
// with fewer digits allowed, as some sites print, and a check character last where a site uses
// one): up to 4 capital letters, 4 to 16 digits, one optional check character (0-9, A-Z, '*').
// A lab's code is upper-cased before (tube codes are printed in capitals).
bool looksLikeTubeCode(const QString &code);

// A lab's tube code as the results keep it: trimmed and upper-cased (tube codes are printed in
// capitals; a lab system that lower-cases them means the same tube). The parser's and
// `admin rematch-results`'s (for codes stored before the parser upper-cased them) one rule.
QString normalisedTubeCode(QStringView code);

// "negative", "positive", "invalid" (any case) or 阴性, 阳性, 无效; empty for anything else.
QString normalisedOutcome(const QString &text);
// An ISO 8601 time with an offset, or a local time ("2026-11-25 14:03[:00]", the server's
// time zone, which is the sites'), as UTC with milliseconds; empty when it is neither.
// With `offsetRequired` a time without an offset (or Z) is refused too.
QString normalisedTestedAt(const QString &text, bool offsetRequired = false);

// One result from a JSON object (an element of POST /v1/results, a JSON line): members
// tube, lab, result (or outcome), ct (an object of numbers), tested_at; the Chinese
// header names are accepted as member names too. `defaultLab` fills a missing lab.
LabResultInput labResultFromJson(const QJsonObject &object, const QString &defaultLab,
                                 const LabResultRules &rules = LabResultRules::now(false));

// A lab's export: CSV with a header row (English or Chinese names; columns whose name
// holds "Ct" are Ct values) or JSON lines, UTF-8 (a BOM is skipped) or, when the bytes
// are not UTF-8, GB18030/GBK. Each data line gives one input; nullopt with *error when the
// file is neither (no known header) or its bytes are neither encoding. The CSV separator is
// the header line's: ',' or else ';' or a tab; a line that holds another is refused.
std::optional<QList<LabResultInput>>
parseLabResultFile(const QByteArray &bytes, const QString &defaultLab, QString *error,
                   const LabResultRules &rules = LabResultRules::now(false));

} // namespace station::server
