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
};

// "negative", "positive", "invalid" (any case) or 阴性, 阳性, 无效; empty for anything else.
QString normalisedOutcome(const QString &text);
// An ISO 8601 time with an offset, or a local time ("2026-11-25 14:03[:00]", the server's
// time zone, which is the sites'), as UTC with milliseconds; empty when it is neither.
QString normalisedTestedAt(const QString &text);

// One result from a JSON object (an element of POST /v1/results, a JSON line): members
// tube, lab, result (or outcome), ct (an object of numbers), tested_at; the Chinese
// header names are accepted as member names too. `defaultLab` fills a missing lab.
LabResultInput labResultFromJson(const QJsonObject &object, const QString &defaultLab);

// A lab's export: CSV with a header row (English or Chinese names; columns whose name
// holds "Ct" are Ct values) or JSON lines, UTF-8 (a BOM is skipped) or, when the bytes
// are not UTF-8, GB18030/GBK. Each data line gives one input; nullopt with *error when the
// file is neither (no known header) or its bytes are neither encoding.
std::optional<QList<LabResultInput>> parseLabResultFile(const QByteArray &bytes,
                                                        const QString &defaultLab, QString *error);

} // namespace station::server
