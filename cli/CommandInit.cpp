// SPDX-License-Identifier: GPL-3.0-or-later
// `init`: provision a station non-interactively, as IT staff imaging many laptops would.
#include "cli/CliSupport.h"
#include "cli/Commands.h"

#include "core/domain/ScanClassifier.h"
#include "core/security/StationKeyring.h"
#include "core/storage/Database.h"
#include "core/storage/StationPaths.h"
#include "core/storage/StationStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace station::cli {

int runInit(const QStringList &args) {
    QCommandLineParser p;
    const QList<QCommandLineOption> options = {
        {QStringLiteral("site-code"), CliText::tr("Site code (letters, digits, - and _)."),
         QStringLiteral("CODE")},
        {QStringLiteral("site-name"), CliText::tr("Site name, as printed on labels."),
         QStringLiteral("NAME")},
        {QStringLiteral("district"), CliText::tr("District (code or name)."),
         QStringLiteral("DISTRICT")},
        {QStringLiteral("table"), CliText::tr("Table number at the site."), QStringLiteral("N")},
        {QStringLiteral("pool-size"),
         CliText::tr("Default people per tube: 1, 5, 10 or 20 (default 10)."), QStringLiteral("N"),
         QStringLiteral("10")},
        {QStringLiteral("tube-pattern"), CliText::tr("Regular expression of tube codes."),
         QStringLiteral("REGEX"), CodePatterns::defaultTubePattern()},
        {QStringLiteral("box-pattern"), CliText::tr("Regular expression of box codes."),
         QStringLiteral("REGEX"), CodePatterns::defaultBoxPattern()},
        {QStringLiteral("tube-check-digit"),
         CliText::tr("Check digit of the site's pre-printed tube codes: none, damm, luhn or "
                     "mod37-2 (ISO 7064 MOD 37-2). Default none."),
         QStringLiteral("SCHEME"), QStringLiteral("none")},
        {QStringLiteral("device-id"), CliText::tr("Device id (default: generated)."),
         QStringLiteral("ID")},
        {QStringLiteral("operator-id"), CliText::tr("First operator's staff id."),
         QStringLiteral("ID")},
        {QStringLiteral("operator-name"), CliText::tr("First operator's name."),
         QStringLiteral("NAME")},
        {QStringLiteral("operator-pin-file"),
         CliText::tr("File whose first line is the first operator's PIN, 6-12 digits (- for "
                     "standard input; or set STATION_OPERATOR_PIN; otherwise it is asked on the "
                     "terminal)."),
         QStringLiteral("FILE")},
    };
    p.addOptions(options);
    addPassphraseOptions(p);
    if (!parseCommand(p, args, CliText::tr("Provision a station non-interactively.")))
        return ExitUsage;

    QStringList missing;
    for (const char *required :
         {"site-code", "site-name", "district", "table", "operator-id", "operator-name"}) {
        if (!p.isSet(QString::fromLatin1(required)))
            missing << QStringLiteral("--") + QString::fromLatin1(required);
    }
    if (!missing.isEmpty()) {
        err() << CliText::tr("Missing: %1").arg(missing.join(QStringLiteral(", "))) << '\n';
        return ExitUsage;
    }
    // Secrets come from files, the environment or the terminal, never from the command line.
    QString pin;
    if (p.isSet(QStringLiteral("operator-pin-file")))
        pin = secretFromFile(p.value(QStringLiteral("operator-pin-file")));
    else if (qEnvironmentVariableIsSet("STATION_OPERATOR_PIN"))
        pin = qEnvironmentVariable("STATION_OPERATOR_PIN").trimmed();
    else
        pin = promptOnTerminal(CliText::tr("PIN of the first operator: "));
    if (pin.isEmpty())
        missing << QStringLiteral("--operator-pin-file");
    const QString passphrase = sitePassphrase(p);
    if (passphrase.isEmpty())
        missing << QStringLiteral("--site-passphrase-file");
    if (!missing.isEmpty()) {
        err() << CliText::tr("Missing: %1").arg(missing.join(QStringLiteral(", "))) << '\n';
        return ExitUsage;
    }
    bool tableOk = false, poolOk = false;
    StationIdentity identity;
    identity.siteCode = p.value(QStringLiteral("site-code"));
    identity.siteName = p.value(QStringLiteral("site-name"));
    identity.district = p.value(QStringLiteral("district"));
    identity.tableNumber = p.value(QStringLiteral("table")).toInt(&tableOk);
    identity.defaultPoolSize = p.value(QStringLiteral("pool-size")).toInt(&poolOk);
    identity.deviceId = p.value(QStringLiteral("device-id"));
    identity.patterns.tube = p.value(QStringLiteral("tube-pattern"));
    identity.patterns.box = p.value(QStringLiteral("box-pattern"));
    const auto checkDigit = checkdigit::fromKey(p.value(QStringLiteral("tube-check-digit")));
    if (!checkDigit) {
        err() << CliText::tr("--tube-check-digit must be none, damm, luhn or mod37-2.") << '\n';
        return ExitUsage;
    }
    identity.patterns.tubeCheckDigit = *checkDigit;
    if (!tableOk) {
        err() << CliText::tr("The table number must be a whole number.") << '\n';
        return ExitUsage;
    }
    if (!poolOk) {
        err() << CliText::tr("The pool size must be 1, 5, 10 or 20.") << '\n';
        return ExitUsage;
    }
    const NewOperator first{p.value(QStringLiteral("operator-id")),
                            p.value(QStringLiteral("operator-name")), pin};
    // Validate before creating anything on disk.
    if (Status s = StationStore::validateIdentity(identity); !s.ok()) {
        err() << s.message() << '\n';
        return ExitUsage;
    }
    if (Status s = StationStore::validateOperator(first); !s.ok()) {
        err() << s.message() << '\n';
        return ExitUsage;
    }
    if (Status s = StationKeyring::validatePassphrase(passphrase); !s.ok()) {
        err() << s.message() << '\n';
        return ExitUsage;
    }

    const QString dir = dataDir(p);
    Database db;
    if (!openStation(dir, db, false))
        return ExitFailure;
    StationStore store(db);
    // The station, its first operator and the data key that only the passphrase unwraps
    // commit together: a crash leaves either all of them or nothing, and init can run again.
    if (Status s = store.provision(identity, first, passphrase); !s.ok()) {
        err() << s.message() << '\n';
        return ExitFailure;
    }
    const auto written = store.identity();
    out() << CliText::tr("Station provisioned in %1").arg(QDir::toNativeSeparators(dir)) << '\n'
          << CliText::tr("  site      %1 (%2), district %3")
                 .arg(written->siteCode, written->siteName, written->district)
          << '\n'
          << CliText::tr("  table     %1").arg(written->tableNumber) << '\n'
          << CliText::tr("  device    %1").arg(written->deviceId) << '\n'
          << CliText::tr("  pool size %1").arg(written->defaultPoolSize) << '\n'
          << CliText::tr("  operator  %1").arg(first.staffId) << '\n';
    return ExitOk;
}

} // namespace station::cli
