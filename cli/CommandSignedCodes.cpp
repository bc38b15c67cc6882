// SPDX-License-Identifier: GPL-3.0-or-later
// `signed-codes`: what this station believes about resident codes. Shows the province's
// resident-code key (its fingerprint, to read aloud over the phone; where and when it came)
// and the site's choice for unsigned codes, which --accept-unsigned changes. The window's
// Settings show and change the same.
#include "cli/CliSupport.h"
#include "cli/Commands.h"

#include "core/settings/StationSettings.h"
#include "core/storage/StationPaths.h"
#include "protocol/ResidentCodeKey.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace station::cli {

namespace {

class SignedCodesCommand {
    Q_DECLARE_TR_FUNCTIONS(station::cli::SignedCodesCommand)
};

QString keySource(const StationSettings &settings) {
    const QString at =
        settings.provinceCodeKeyReceivedAt().toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    if (settings.provinceCodeKeySource() == StationSettings::keyFromSync())
        return SignedCodesCommand::tr("announced by the server on %1 UTC").arg(at);
    return SignedCodesCommand::tr("received at enrollment on %1 UTC").arg(at);
}

void printTrust(const StationSettings &settings) {
    const QByteArray key = settings.provinceCodeKey();
    if (key.isEmpty()) {
        out() << SignedCodesCommand::tr("Province resident-code key: none (the province gave "
                                        "none at enrollment); signatures are not checked.")
              << '\n';
    } else if (key.size() != StationSettings::kProvinceCodeKeyBytes) {
        out() << SignedCodesCommand::tr("Province resident-code key: damaged in %1; every "
                                        "signed code is refused. Enroll the station again.")
                     .arg(QDir::toNativeSeparators(settings.path()))
              << '\n';
    } else {
        out() << SignedCodesCommand::tr("Province resident-code key: %1 (%2).")
                     .arg(protocol::residentCodeKeyFingerprint(key), keySource(settings))
              << '\n';
    }
    const std::optional<bool> choice = settings.acceptUnsignedCodesChoice();
    const bool accepted = settings.acceptsUnsignedCodes();
    QString why;
    if (choice)
        why = SignedCodesCommand::tr("the site's choice");
    else if (accepted)
        why = SignedCodesCommand::tr("default while the station has no province key");
    else
        why = SignedCodesCommand::tr("default once the province gives a key");
    out() << (accepted ? SignedCodesCommand::tr("Unsigned resident codes: accepted (%1).").arg(why)
                       : SignedCodesCommand::tr("Unsigned resident codes: refused (%1).").arg(why))
          << '\n';
    if (!accepted && key.isEmpty())
        out() << SignedCodesCommand::tr("Every resident code is refused until the station has "
                                        "the province's key: enroll it again, or accept "
                                        "unsigned codes.")
              << '\n';
}

} // namespace

int runSignedCodes(const QStringList &args) {
    QCommandLineParser p;
    p.addOption({QStringLiteral("accept-unsigned"),
                 SignedCodesCommand::tr("Whether resident codes without a signature are taken: "
                                        "yes, no, or default (no once the province gives a key, "
                                        "yes while it gives none)."),
                 QStringLiteral("yes|no|default")});
    if (!parseCommand(p, args,
                      SignedCodesCommand::tr("Show the province's resident-code key (its "
                                             "fingerprint) and whether unsigned resident codes "
                                             "are accepted; change that choice.")))
        return ExitUsage;
    const QString dir = dataDir(p);
    if (!QFileInfo::exists(databasePath(dir))) {
        err() << QCoreApplication::translate(
                     "cli", "No station in %1. Provision one with: sampling-station-cli init")
                     .arg(QDir::toNativeSeparators(dir))
              << '\n';
        return ExitFailure;
    }
    StationSettings settings(settingsPath(dir));
    if (p.isSet(QStringLiteral("accept-unsigned"))) {
        const QString value = p.value(QStringLiteral("accept-unsigned")).trimmed().toLower();
        if (value == QLatin1String("yes"))
            settings.setAcceptUnsignedCodesChoice(true);
        else if (value == QLatin1String("no"))
            settings.setAcceptUnsignedCodesChoice(false);
        else if (value == QLatin1String("default"))
            settings.setAcceptUnsignedCodesChoice(std::nullopt);
        else {
            err() << SignedCodesCommand::tr("--accept-unsigned takes yes, no or default.") << '\n';
            return ExitUsage;
        }
        if (!settings.sync()) {
            err() << SignedCodesCommand::tr("The choice could not be saved to %1.")
                         .arg(QDir::toNativeSeparators(settings.path()))
                  << '\n';
            return ExitFailure;
        }
    }
    printTrust(settings);
    return ExitOk;
}

} // namespace station::cli
