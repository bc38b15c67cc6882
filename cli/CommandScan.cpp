// SPDX-License-Identifier: GPL-3.0-or-later
// `scan`: scanned texts from standard input, one a line, through the table's own workflow
// (TableWorkflow, as the window drives it), one JSON line per outcome on standard output.
#include "cli/CliSupport.h"
#include "cli/Commands.h"

#include "core/domain/ScanClassifier.h"
#include "core/domain/Sentences.h"
#include "core/sampling/LabelPrintLog.h"
#include "core/sampling/SamplingService.h"
#include "core/settings/StationSettings.h"
#include "core/storage/Database.h"
#include "core/storage/PersonalDataCodec.h"
#include "core/storage/StationPaths.h"
#include "core/storage/StationStore.h"
#include "core/sync/SiteFactsStore.h"
#include "core/sync/SyncSettings.h"
#include "labels/PrintQueue.h"
#include "labels/PrinterRegistry.h"
#include "labels/SplitPrinter.h"
#include "table/TablePrinting.h"
#include "table/TableWorkflow.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <cstdio>
#include <utility>

namespace station::cli {

namespace {

class ScanCommand {
    Q_DECLARE_TR_FUNCTIONS(station::cli::ScanCommand)
};

// One line of input without its line end; nullopt at the end of the input.
std::optional<QString> readLine(FILE *in) {
    QByteArray line;
    int c = 0;
    while ((c = std::fgetc(in)) != EOF) {
        if (c == '\n')
            break;
        line.append(char(c));
    }
    if (c == EOF && line.isEmpty())
        return std::nullopt;
    if (line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

// What of a scanned text may be printed: tube and box codes whole; anything else (a
// resident code, an ID number typed by mistake) only its first two characters and length.
QString maskedInput(const QString &text, const ScanClassifier &classifier) {
    const ScanClassification c = classifier.classify(text);
    if (c.kind == ScanKind::Tube || c.kind == ScanKind::Box)
        return c.text;
    return QStringLiteral("%1…(%2)").arg(text.left(2)).arg(text.size());
}

void printJson(const QJsonObject &object) {
    out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << '\n';
    out().flush();
}

QString outcomeWord(const ScanOutcome &o) {
    if (o.recorded)
        return QStringLiteral("recorded");
    if (o.tone == ScanOutcome::Tone::Notice)
        return QStringLiteral("notice");
    return QStringLiteral("refused");
}

QString questionWord(TableQuestion::Kind kind) {
    switch (kind) {
    case TableQuestion::Kind::ConfirmRetest:
        return QStringLiteral("retest");
    case TableQuestion::Kind::Reason:
        return QStringLiteral("reason");
    case TableQuestion::Kind::ReprintReason:
        return QStringLiteral("reprint_reason");
    case TableQuestion::Kind::TubeCode:
        return QStringLiteral("tube_code");
    }
    return {};
}

// Prints each question as a JSON line and takes the next input line as its answer: for a
// re-test "yes" (or "y", "是") confirms, "no" ("n", "否") or an empty line does not; for a
// reason, the line is the reason and an empty line cancels; for a tube code, a tube code.
// A line that is no answer to the question — a scan (a resident's, tube or box code) where
// a reason or a yes/no belongs, anything but a tube code where a tube code belongs — is not
// taken as the answer: the question is left unanswered (nothing recorded, said as a JSON
// line) and the line is given back to be scanned next, never swallowed.
class QuestionsFromInput : public TableAsker {
public:
    QuestionsFromInput(FILE *in, const QString *currentInput, const ScanClassifier &classifier)
        : m_in(in)
        , m_input(currentInput)
        , m_classifier(classifier) {}

    std::optional<QString> ask(const TableQuestion &q) override {
        printJson({{QStringLiteral("input"), *m_input},
                   {QStringLiteral("outcome"), QStringLiteral("question")},
                   {QStringLiteral("question"), questionWord(q.kind)},
                   {QStringLiteral("message"), q.text}});
        const std::optional<QString> line = readLine(m_in);
        if (!line)
            return std::nullopt;
        const QString answer = line->trimmed();
        if (!answers(q.kind, answer)) {
            m_givenBack = *line;
            printJson({{QStringLiteral("input"), maskedInput(*line, m_classifier)},
                       {QStringLiteral("outcome"), QStringLiteral("not_an_answer")},
                       {QStringLiteral("question"), questionWord(q.kind)},
                       {QStringLiteral("message"),
                        ScanCommand::tr("This line does not answer the question, so the question "
                                        "was not answered and nothing was recorded for it; the "
                                        "line is taken as the next scan.")}});
            return std::nullopt;
        }
        if (q.kind == TableQuestion::Kind::ConfirmRetest)
            return isYes(answer) ? std::optional<QString>(answer) : std::nullopt;
        return answer.isEmpty() ? std::nullopt : std::optional<QString>(answer);
    }

    // The line a question did not take, to be scanned next; nullopt when there is none.
    std::optional<QString> takeGivenBack() { return std::exchange(m_givenBack, std::nullopt); }

private:
    static bool isYes(const QString &answer) {
        return answer.compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0 ||
               answer.compare(QLatin1String("y"), Qt::CaseInsensitive) == 0 ||
               answer == QStringLiteral("是");
    }
    static bool isNo(const QString &answer) {
        return answer.isEmpty() || answer.compare(QLatin1String("no"), Qt::CaseInsensitive) == 0 ||
               answer.compare(QLatin1String("n"), Qt::CaseInsensitive) == 0 ||
               answer == QStringLiteral("否");
    }
    bool answers(TableQuestion::Kind kind, const QString &answer) const {
        if (answer.isEmpty())
            return true; // "no", or cancelled
        const ScanKind read = m_classifier.classify(answer).kind;
        switch (kind) {
        case TableQuestion::Kind::ConfirmRetest:
            return isYes(answer) || isNo(answer);
        case TableQuestion::Kind::TubeCode:
            return read == ScanKind::Tube;
        case TableQuestion::Kind::Reason:
        case TableQuestion::Kind::ReprintReason:
            return read == ScanKind::Unknown;
        }
        return false;
    }

    FILE *m_in;
    const QString *m_input;
    const ScanClassifier &m_classifier;
    std::optional<QString> m_givenBack;
};

// The command line's printers: printer addresses only (no system print dialog here).
std::shared_ptr<labels::LabelPrinter>
addressPrinter(const QString &labelPrinter, const QString &manifestPrinter, QString *error) {
    auto make = [error](const QString &name) -> std::shared_ptr<labels::LabelPrinter> {
        if (name.trimmed().isEmpty())
            return nullptr;
        return labels::PrinterRegistry::labelBackends().create(name.trimmed(), error);
    };
    std::shared_ptr<labels::LabelPrinter> forLabels = make(labelPrinter);
    if (!forLabels && error && !error->isEmpty())
        return nullptr;
    if (manifestPrinter.trimmed().isEmpty())
        return forLabels;
    std::shared_ptr<labels::LabelPrinter> forManifests = make(manifestPrinter);
    if (!forManifests)
        return nullptr;
    return std::make_shared<labels::SplitPrinter>(std::move(forLabels), std::move(forManifests));
}

} // namespace

int runScan(const QStringList &args) {
    QCommandLineParser p;
    addOperatorOptions(p, ScanCommand::tr("Staff id of the signed-in operator."));
    addPassphraseOptions(p);
    if (!parseCommand(
            p, args,
            ScanCommand::tr("Read scanned texts from standard input, one a line, through the "
                            "table's workflow (the same as the window), and print one JSON line "
                            "per outcome. A question (a re-test, a reason, a tube code) is printed "
                            "as a JSON line too; the next input line answers it (yes or no to a "
                            "re-test). A line that is no answer, such as the next resident's "
                            "code, leaves the question unanswered and is scanned next.")))
        return ExitUsage;
    const QString staffId = p.value(QStringLiteral("operator")).trimmed();
    if (staffId.isEmpty()) {
        err() << ScanCommand::tr("Name the operator with --operator STAFF_ID: every sample "
                                 "records who took it.")
              << '\n';
        return ExitUsage;
    }
    const QString dir = dataDir(p);
    Database db;
    if (!openStation(dir, db, true))
        return ExitFailure;
    StationStore store(db);
    const std::optional<StationIdentity> identity = store.identity();
    if (!identity) {
        err() << ScanCommand::tr("The station is not provisioned. Run sampling-station-cli "
                                 "init first.")
              << '\n';
        return ExitFailure;
    }
    const std::shared_ptr<PersonalDataCodec> codec = unlockStation(db, p);
    if (!codec)
        return ExitFailure;
    const Result<OperatorRef> op = signInOperator(store, staffId, p);
    if (!op)
        return op.code() == ErrorCode::InvalidInput ? ExitUsage : ExitFailure;

    const StationSettings settings(settingsPath(dir));
    SamplingService service(db, *codec, *identity);
    labels::PrintQueue queue(nullptr);
    LabelPrintLog printLog(db);
    TablePrinting printing(service, printLog, queue);
    printing.setPrinterFactory(&addressPrinter);
    const QString printerProblem = printing.applySettings(settings);
    if (!printerProblem.isEmpty())
        err()
            << ScanCommand::tr("The printer in the settings cannot be used: %1").arg(printerProblem)
            << '\n';
    TableWorkflow table(service);
    table.setPrinting(&printing);
    // The province's key from enrollment and the site's choice: codes are believed here
    // exactly as at the window.
    table.setResidentCodeTrust(settings.provinceCodeKey(), settings.acceptsUnsignedCodes());
    // The site-wide rules, with the facts `site-facts` (or the window's feed) kept here.
    SiteFactsStore siteFacts(db, readSiteKey(dir), identity->deviceId);
    table.setSiteFacts(&siteFacts);

    const ScanClassifier classifier(identity->patterns);
    QString currentInput;
    QuestionsFromInput questions(stdin, &currentInput, classifier);
    table.setAsker(&questions);
    int refused = 0;
    QObject::connect(&table, &TableWorkflow::outcome, &table, [&](const ScanOutcome &o) {
        QString tube = o.tube;
        int count = o.count;
        if (tube.isEmpty()) {
            if (const std::optional<TubeSnapshot> open = service.openTubeSnapshot()) {
                tube = open->code;
                count = open->count();
            }
        }
        if (outcomeWord(o) == QLatin1String("refused"))
            ++refused;
        QJsonObject line{{QStringLiteral("input"), currentInput},
                         {QStringLiteral("outcome"), outcomeWord(o)},
                         {QStringLiteral("message"), o.message},
                         {QStringLiteral("tube"), tube},
                         {QStringLiteral("count"), qMax(count, 0)}};
        if (o.recall) // a recalled person (待复核): sampled alone, or not at all
            line.insert(QStringLiteral("recall"), true);
        if (!o.sealedBox.isEmpty()) {
            line.insert(QStringLiteral("box"), o.sealedBox);
            line.insert(QStringLiteral("message"),
                        ScanCommand::tr("%1 Hand it over with: sampling-station-cli box hand-over "
                                        "%2 --carried-by NAME")
                            .arg(o.message, o.sealedBox));
        }
        if (o.tubeCodeShared) {
            line.insert(QStringLiteral("tube_code_shared"), true);
            // Its people stay in it: sealed early with the usual reason for it.
            if (o.tone == ScanOutcome::Tone::Refusal && o.count > 0)
                line.insert(
                    QStringLiteral("message"),
                    joinSentences(o.message, ScanCommand::tr("Seal it with: sampling-station-cli "
                                                             "tube seal --reason %1")
                                                 .arg(TableWorkflow::sealEarlyReasons().size())));
        }
        printJson(line);
    });
    table.signIn(op.value());
    table.setPrintLabelForEachTube(settings.printLabelForEachTube());

    for (;;) {
        std::optional<QString> line = questions.takeGivenBack();
        if (!line)
            line = readLine(stdin);
        if (!line)
            break;
        if (line->trimmed().isEmpty())
            continue;
        currentInput = maskedInput(*line, classifier);
        table.scan(*line, EntryMethod::Scanner);
        currentInput.clear();
        // Print results are recorded as they come back from the printer's thread.
        QCoreApplication::processEvents();
    }
    // Labels on their way are recorded in the audit log once the printer took them.
    const QDeadlineTimer deadline(30000);
    while (printing.pendingCount() > printing.failedCount() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
    table.setAsker(nullptr);
    return refused > 0 ? ExitProblem : ExitOk;
}

} // namespace station::cli
