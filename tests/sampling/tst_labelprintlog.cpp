// SPDX-License-Identifier: GPL-3.0-or-later
// Label and manifest prints in the audit log: first print, reprints with a reason, what a
// refusal leaves behind, and "already printed" after a restart.
#include "core/sampling/LabelPrintLog.h"
#include "core/storage/IntegrityCheck.h"
#include "tests/support/TempStation.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace station;
using namespace station::test;

Q_DECLARE_METATYPE(station::PrintedDocument)

namespace {

LabelPrint printOf(PrintedDocument document, const QString &code, const QString &reason = {}) {
    LabelPrint p;
    p.document = document;
    p.code = code;
    p.printer = QStringLiteral("PDF /tmp/labels.pdf");
    p.reason = reason;
    return p;
}

QJsonObject lastAuditDetail(TempStation &st, QString *action = nullptr,
                            QString *subject = nullptr) {
    QSqlQuery q(st.db().connection());
    if (!q.exec(QStringLiteral(
            "SELECT action, subject, detail FROM audit_log ORDER BY id DESC LIMIT 1")) ||
        !q.next())
        return {};
    if (action)
        *action = q.value(0).toString();
    if (subject)
        *subject = q.value(1).toString();
    return QJsonDocument::fromJson(q.value(2).toByteArray()).object();
}

} // namespace

class TestLabelPrintLog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void documentKeysRoundTrip_data() {
        QTest::addColumn<PrintedDocument>("document");
        QTest::addColumn<QString>("key");
        QTest::newRow("tube") << PrintedDocument::TubeLabel << QStringLiteral("tube_label");
        QTest::newRow("box") << PrintedDocument::BoxLabel << QStringLiteral("box_label");
        QTest::newRow("manifest") << PrintedDocument::BoxManifest << QStringLiteral("box_manifest");
    }
    void documentKeysRoundTrip() {
        QFETCH(PrintedDocument, document);
        QFETCH(QString, key);
        QCOMPARE(printedDocumentKey(document), key);
        QCOMPARE(printedDocumentFromKey(key), std::optional<PrintedDocument>(document));
        QCOMPARE(printedDocumentFromKey(QStringLiteral("nothing")),
                 std::optional<PrintedDocument>());
    }

    void firstPrintThenReprintWithReason_data() {
        QTest::addColumn<PrintedDocument>("document");
        QTest::addColumn<QString>("code");
        QTest::newRow("tube label") << PrintedDocument::TubeLabel << tubeCode(1);
        QTest::newRow("box label") << PrintedDocument::BoxLabel << boxCode(1);
        QTest::newRow("manifest") << PrintedDocument::BoxManifest << boxCode(1);
    }
    void firstPrintThenReprintWithReason() {
        QFETCH(PrintedDocument, document);
        QFETCH(QString, code);
        TempStation st;
        QVERIFY(st.ok());
        LabelPrintLog log(st.db(), st.clock());
        QCOMPARE(log.timesPrinted(document, code), 0);

        const Result<int> first = log.record(printOf(document, code), st.op().id);
        QVERIFY2(first.ok(), qPrintable(first.message()));
        QCOMPARE(first.value(), 1);
        QCOMPARE(log.timesPrinted(document, code), 1);
        QString action;
        QString subject;
        QJsonObject detail = lastAuditDetail(st, &action, &subject);
        QCOMPARE(action, QStringLiteral("label.printed"));
        QCOMPARE(subject, code);
        QCOMPARE(detail.value(QStringLiteral("document")).toString(), printedDocumentKey(document));
        QCOMPARE(detail.value(QStringLiteral("print_number")).toInt(), 1);
        QVERIFY(!detail.contains(QStringLiteral("reason")));

        // Printed again without a reason: refused, nothing written.
        const int auditRows = st.rows(QStringLiteral("audit_log"));
        const Result<int> noReason =
            log.record(printOf(document, code, QStringLiteral("  ")), st.op().id);
        QCOMPARE(noReason.code(), ErrorCode::ReasonRequired);
        QVERIFY2(noReason.message().contains(code), qPrintable(noReason.message()));
        QCOMPARE(st.rows(QStringLiteral("audit_log")), auditRows);
        QCOMPARE(log.timesPrinted(document, code), 1);

        const Result<int> again =
            log.record(printOf(document, code, QStringLiteral(" label torn ")), st.op().id);
        QVERIFY2(again.ok(), qPrintable(again.message()));
        QCOMPARE(again.value(), 2);
        detail = lastAuditDetail(st, &action, &subject);
        QCOMPARE(action, QStringLiteral("label.reprinted"));
        QCOMPARE(subject, code);
        QCOMPARE(detail.value(QStringLiteral("reason")).toString(), QStringLiteral("label torn"));
        QCOMPARE(detail.value(QStringLiteral("print_number")).toInt(), 2);
        QCOMPARE(log.timesPrinted(document, code), 2);
        QVERIFY(checkIntegrity(st.db()).ok());
    }

    // The box label and the manifest share the box code; each has its own count.
    void documentsOfOneBoxCountSeparately() {
        TempStation st;
        QVERIFY(st.ok());
        LabelPrintLog log(st.db(), st.clock());
        QVERIFY(log.record(printOf(PrintedDocument::BoxLabel, boxCode(2)), st.op().id).ok());
        QCOMPARE(log.timesPrinted(PrintedDocument::BoxLabel, boxCode(2)), 1);
        QCOMPARE(log.timesPrinted(PrintedDocument::BoxManifest, boxCode(2)), 0);
        QCOMPARE(log.timesPrinted(PrintedDocument::BoxLabel, boxCode(3)), 0);
        const Result<int> manifest =
            log.record(printOf(PrintedDocument::BoxManifest, boxCode(2)), st.op().id);
        QVERIFY2(manifest.ok(), qPrintable(manifest.message()));
        QCOMPARE(manifest.value(), 1);
    }

    void emptyCodeIsRefused() {
        TempStation st;
        QVERIFY(st.ok());
        LabelPrintLog log(st.db(), st.clock());
        const int auditRows = st.rows(QStringLiteral("audit_log"));
        QCOMPARE(
            log.record(printOf(PrintedDocument::TubeLabel, QStringLiteral(" ")), st.op().id).code(),
            ErrorCode::InvalidInput);
        QCOMPARE(st.rows(QStringLiteral("audit_log")), auditRows);
    }

    // After a restart the station still knows the label was printed: a reprint needs a reason.
    void alreadyPrintedAfterRestart() {
        TempStation st;
        QVERIFY(st.ok());
        {
            LabelPrintLog log(st.db(), st.clock());
            QVERIFY(log.record(printOf(PrintedDocument::TubeLabel, tubeCode(7)), st.op().id).ok());
        }
        QVERIFY(st.reopen());
        LabelPrintLog log(st.db(), st.clock());
        QCOMPARE(log.timesPrinted(PrintedDocument::TubeLabel, tubeCode(7)), 1);
        QCOMPARE(log.record(printOf(PrintedDocument::TubeLabel, tubeCode(7)), st.op().id).code(),
                 ErrorCode::ReasonRequired);
        QVERIFY(log.record(printOf(PrintedDocument::TubeLabel, tubeCode(7),
                                   QStringLiteral("printer jammed")),
                           st.op().id)
                    .ok());
        QCOMPARE(log.timesPrinted(PrintedDocument::TubeLabel, tubeCode(7)), 2);
        QVERIFY(checkIntegrity(st.db()).ok());
    }
};

QTEST_GUILESS_MAIN(TestLabelPrintLog)
#include "tst_labelprintlog.moc"
