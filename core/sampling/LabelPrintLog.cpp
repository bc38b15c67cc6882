// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sampling/LabelPrintLog.h"

#include "core/Logging.h"
#include "core/domain/FreeTextPrivacy.h"
#include "core/storage/Database.h"
#include "core/storage/Journal.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace station {

namespace {

const QString kPrinted = QStringLiteral("label.printed");
const QString kReprinted = QStringLiteral("label.reprinted");
const QString kDocumentKey = QStringLiteral("document");

// Counts on the connection given, so record() can count inside its own transaction.
// Nullopt when the read failed (`error` says why).
std::optional<int> countPrints(const QSqlDatabase &db, PrintedDocument document,
                               const QString &code, QSqlError *error = nullptr) {
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT detail FROM audit_log WHERE action IN (?, ?) AND subject = ?"));
    q.addBindValue(kPrinted);
    q.addBindValue(kReprinted);
    q.addBindValue(code);
    if (!q.exec()) {
        if (error)
            *error = q.lastError();
        return std::nullopt;
    }
    // Box label and manifest share the box code as subject; the detail says which it was.
    const QString wanted = printedDocumentKey(document);
    int n = 0;
    while (q.next()) {
        const QJsonObject detail = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
        if (detail.value(kDocumentKey).toString() == wanted)
            ++n;
    }
    return n;
}

} // namespace

QString printedDocumentKey(PrintedDocument document) {
    switch (document) {
    case PrintedDocument::TubeLabel:
        return QStringLiteral("tube_label");
    case PrintedDocument::BoxLabel:
        return QStringLiteral("box_label");
    case PrintedDocument::BoxManifest:
        return QStringLiteral("box_manifest");
    }
    return {};
}

std::optional<PrintedDocument> printedDocumentFromKey(const QString &key) {
    for (PrintedDocument d :
         {PrintedDocument::TubeLabel, PrintedDocument::BoxLabel, PrintedDocument::BoxManifest}) {
        if (printedDocumentKey(d) == key)
            return d;
    }
    return std::nullopt;
}

LabelPrintLog::LabelPrintLog(Database &db, Clock clock)
    : m_db(db)
    , m_clock(std::move(clock)) {}

int LabelPrintLog::timesPrinted(PrintedDocument document, const QString &code) const {
    const std::optional<int> n = countPrints(m_db.connection(), document, code);
    if (!n)
        qCWarning(lcStorage) << "reading the label print log failed";
    return n.value_or(0);
}

Result<int> LabelPrintLog::record(const LabelPrint &print, qint64 operatorId) {
    const QString code = print.code.trimmed();
    const QString reason = print.reason.trimmed();
    if (code.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("No tube or box code was given to print."));
    const QString what = tr("recording the print of %1").arg(code);
    const QSqlDatabase db = m_db.connection();
    return inTransaction(db, what, [&]() -> Result<int> {
        QSqlError readError;
        const std::optional<int> before = countPrints(db, print.document, code, &readError);
        if (!before)
            return Database::storageError(readError, what);
        const bool reprint = *before > 0;
        if (reprint && reason.isEmpty())
            return makeError(ErrorCode::ReasonRequired,
                             tr("%1 was printed before: say why it is printed again.").arg(code));
        if (const QString personal = personalDataInFreeText(reason); !personal.isEmpty())
            return makeError(ErrorCode::InvalidInput, personal);
        QJsonObject detail{{kDocumentKey, printedDocumentKey(print.document)},
                           {QStringLiteral("copies"), print.copies},
                           {QStringLiteral("printer"), print.printer},
                           {QStringLiteral("print_number"), *before + 1}};
        if (reprint)
            detail.insert(QStringLiteral("reason"), reason);
        if (QSqlError e = appendAudit(db, operatorId, reprint ? kReprinted : kPrinted, code, detail,
                                      m_clock());
            e.isValid())
            return Database::storageError(e, what);
        return *before + 1;
    });
}

} // namespace station
