// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/domain/Clock.h"
#include "core/domain/DomainError.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace station {

class Database;

// What the station prints for the chain of custody.
enum class PrintedDocument { TubeLabel, BoxLabel, BoxManifest };

QString printedDocumentKey(PrintedDocument document); // tube_label, box_label, box_manifest
std::optional<PrintedDocument> printedDocumentFromKey(const QString &key);

// One print as the audit log records it.
struct LabelPrint {
    PrintedDocument document = PrintedDocument::TubeLabel;
    QString code; // tube or box code
    int copies = 1;
    QString printer; // where it went ("Zebra 10.0.0.5:9100"); no personal data
    QString reason;  // empty on the first print; why it was printed again otherwise
};

// Label and manifest prints in the station's hash-chained audit log, so that "already
// printed" survives a restart and every reprint says why. A print is recorded once the
// printer took it; each record is its own transaction.
class LabelPrintLog {
    Q_DECLARE_TR_FUNCTIONS(station::LabelPrintLog)
public:
    explicit LabelPrintLog(Database &db, Clock clock = systemClock());

    // How many times the document for `code` was recorded as printed (0 = never).
    int timesPrinted(PrintedDocument document, const QString &code) const;

    // Records a print: `label.printed` the first time, `label.reprinted` afterwards. A
    // reprint without a reason is refused (ErrorCode::ReasonRequired) and writes nothing.
    // Returns which print this was (1 = the first).
    Result<int> record(const LabelPrint &print, qint64 operatorId);

private:
    Database &m_db;
    Clock m_clock;
};

} // namespace station
