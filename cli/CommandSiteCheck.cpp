// SPDX-License-Identifier: GPL-3.0-or-later
// `site-check`: asks the server whether a person was sampled today, or a tube code used,
// at any table of the site (POST /v1/site/check). Prints who and where, never an ID number.
#include "cli/CliSupport.h"
#include "cli/Commands.h"

#include "core/TableLabel.h"
#include "core/domain/Clock.h"
#include "core/domain/Sentences.h"
#include "core/storage/Database.h"
#include "core/storage/StationStore.h"
#include "core/sync/SilentServer.h"
#include "core/sync/SyncSettings.h"
#include "core/sync/SyncTls.h"
#include "net/ConnectDeadline.h"
#include "net/PinnedCertificate.h"
#include "protocol/BatchAnswer.h"
#include "protocol/SitePersonKey.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace station::cli {

namespace {

// Where the code was opened, then its latest state where it happened: "boxed at Table 2 …",
// "handed over at the site hub …" (its box), in the reader's language.
template <typename Where, typename LocalTime>
QString tubeStory(const QString &tube, const QJsonObject &known, const Where &where,
                  const LocalTime &localTime) {
    const QJsonObject opened = known.value(QLatin1String("opened")).toObject();
    const QJsonObject handedOver = known.value(QLatin1String("handed_over")).toObject();
    const QString state = known.value(QLatin1String("state")).toString();
    const QString box = known.value(QLatin1String("box")).toString();
    QString latest;
    if (state == QLatin1String("boxed")) {
        latest =
            CliText::tr("packed into box %1 at %2 at %3").arg(box, where(known), localTime(known));
        if (!handedOver.isEmpty())
            latest = CliText::tr("%1, handed over at %2 at %3")
                         .arg(latest, where(handedOver), localTime(handedOver));
    } else if (state == QLatin1String("sealed")) {
        latest = CliText::tr("sealed at %1 at %2").arg(where(known), localTime(known));
    } else if (state == QLatin1String("voided")) {
        latest = CliText::tr("voided at %1 at %2").arg(where(known), localTime(known));
    } else {
        latest = CliText::tr("open at %1 since %2").arg(where(known), localTime(known));
    }
    if (opened.isEmpty()) // a fact from a server that does not say where it was opened
        return CliText::tr("Tube code %1 is used at the site: %2.").arg(tube, latest);
    return CliText::tr("Tube code %1 was opened at %2 at %3; now %4.")
        .arg(tube, where(opened), localTime(opened), latest);
}

} // namespace

int runSiteCheck(const QStringList &args) {
    QCommandLineParser p;
    p.addOption({QStringLiteral("id-type"),
                 CliText::tr("Ask about a person: the ID type code of the records (e.g. 01). "
                             "The ID number is read from --id-number-file, or asked on the "
                             "terminal."),
                 QStringLiteral("TYPE")});
    p.addOption({QStringLiteral("id-number-file"),
                 CliText::tr("A file whose first line is the person's ID number (\"-\": "
                             "standard input)."),
                 QStringLiteral("FILE")});
    // An ID number on the command line shows in the process list and the shell history:
    // the option is known only to be refused.
    p.addOption({QStringLiteral("person-id"),
                 CliText::tr("Not taken: give --id-type, and the ID number with "
                             "--id-number-file or on the terminal."),
                 QStringLiteral("TYPE:NUMBER")});
    p.addOption({QStringLiteral("tube"), CliText::tr("A tube code."), QStringLiteral("CODE")});
    p.addOption({QStringLiteral("box"), CliText::tr("A box code."), QStringLiteral("CODE")});
    if (!parseCommand(
            p, args,
            CliText::tr("Ask the server whether a person was sampled today, or a tube "
                        "or box code used, at any table of the site. Prints the tables and "
                        "times, never the ID number. Exit code 0: answered; 3: no "
                        "answer.")))
        return ExitUsage;
    if (p.isSet(QStringLiteral("person-id"))) {
        err() << CliText::tr("site-check takes no ID number on the command line: it would show "
                             "in the process list and the shell history. Give --id-type, and "
                             "the number with --id-number-file (\"-\": standard input) or on "
                             "the terminal.")
              << '\n'
              << seeCommandHelp(QStringLiteral("site-check")) << '\n';
        return ExitUsage;
    }
    const QString idType = p.value(QStringLiteral("id-type")).trimmed();
    const QString tube = p.value(QStringLiteral("tube")).trimmed().toUpper();
    const QString box = p.value(QStringLiteral("box")).trimmed().toUpper();
    if (idType.isEmpty() && tube.isEmpty() && box.isEmpty()) {
        err() << CliText::tr("Give --id-type TYPE (the number on standard input, in a file or "
                             "on the terminal), --tube CODE, --box CODE, or more than one.")
              << '\n'
              << seeCommandHelp(QStringLiteral("site-check")) << '\n';
        return ExitUsage;
    }
    QString idNumber;
    if (!idType.isEmpty()) {
        idNumber = p.isSet(QStringLiteral("id-number-file"))
                       ? secretFromFile(p.value(QStringLiteral("id-number-file")))
                       : promptOnTerminal(CliText::tr("ID number: "));
        idNumber = idNumber.trimmed().toUpper();
        if (idNumber.isEmpty()) {
            err() << CliText::tr("No ID number was given: give it with --id-number-file "
                                 "(\"-\": standard input) or on the terminal.")
                  << '\n';
            return ExitUsage;
        }
    }
    const QString dir = dataDir(p);
    QString ownStation;
    {
        Database db;
        if (!openStation(dir, db, true))
            return ExitFailure;
        if (const auto identity = StationStore(db).identity())
            ownStation = identity->deviceId;
    }
    const SyncSettings settings = loadSyncSettings(dir);
    const QString token = readDeviceToken(dir);
    if (!settings.isConfigured() || token.isEmpty()) {
        err() << CliText::tr("This station is not enrolled with a server. Run "
                             "sampling-station-cli sync --server URL --enroll-code CODE first.")
              << '\n';
        return ExitFailure;
    }
    const QByteArray siteKey = readSiteKey(dir);
    QJsonObject body;
    if (!idNumber.isEmpty()) {
        if (siteKey.isEmpty()) {
            err() << CliText::tr("This station has no site key (it was enrolled before the "
                                 "server gave one), so it cannot ask about a person. Enroll it "
                                 "again with a new code.")
                  << '\n';
            return ExitFailure;
        }
        body.insert(QStringLiteral("person_key"),
                    protocol::sitePersonKey(siteKey, idType, idNumber));
    }
    if (!tube.isEmpty())
        body.insert(QStringLiteral("tube"), tube);
    if (!box.isEmpty())
        body.insert(QStringLiteral("box"), box);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // "Today" is the site's day, as at the table.
    const QDateTime dayStart = QDateTime(siteDate(now), QTime(0, 0), Qt::LocalTime);
    body.insert(QStringLiteral("since"), isoUtc(dayStart));

    QSslConfiguration tls;
    QString tlsError;
    if (!syncTlsConfiguration(settings.pinnedCaPath, &tls, &tlsError)) {
        err() << tlsError << '\n';
        return ExitFailure;
    }
    QUrl url = settings.serverUrl;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + QStringLiteral("/v1/site/check"));
    QNetworkRequest request(url);
    request.setSslConfiguration(tls);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setTransferTimeout(settings.requestTimeoutMs);
    QNetworkAccessManager network;
    QNetworkReply *reply =
        network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    trustPinnedCertificate(reply);
    // A stopped hub is said in seconds, as the sync says it (net/ConnectDeadline.h).
    limitSilence(reply, settings.connectTimeoutMs);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QElapsedTimer roundTrip;
    roundTrip.start();
    loop.exec();
    reply->deleteLater();
    const int http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray answerBody = reply->readAll();
    if (http != 200) {
        err() << (http == 0
                      ? CliText::tr("The server cannot be reached (%1).").arg(noAnswerReason(reply))
                      : CliText::tr("The server refused the check (HTTP %1): %2")
                            .arg(http)
                            .arg(protocol::syncErrorReason(answerBody)))
              << '\n';
        return ExitFailure;
    }
    const QJsonObject answer = QJsonDocument::fromJson(answerBody).object();
    const auto where = [&ownStation](const QJsonObject &o) {
        const QString station = o.value(QLatin1String("station")).toString();
        const QString table = shownTableLabel(o.value(QLatin1String("table")).toString());
        return station == ownStation ? CliText::tr("%1 (this station)").arg(table)
                                     : CliText::tr("%1 (%2)").arg(table, station);
    };
    const auto localTime = [](const QJsonObject &o) {
        return fromIsoUtc(o.value(QLatin1String("at")).toString())
            .toLocalTime()
            .toString(QStringLiteral("HH:mm"));
    };
    if (!idNumber.isEmpty()) {
        const QJsonArray sampled = answer.value(QLatin1String("person"))
                                       .toObject()
                                       .value(QLatin1String("sampled"))
                                       .toArray();
        if (sampled.isEmpty())
            out() << CliText::tr("The person was not sampled today at any table of the site.")
                  << '\n';
        for (const QJsonValue &v : sampled) {
            const QJsonObject o = v.toObject();
            // A single tube is what a recall asks for (a resample), so it is said.
            const bool alone = o.value(QLatin1String("pool_size")).toInt() == 1;
            out() << (alone ? CliText::tr("The person was sampled today at %1 at %2, alone in "
                                          "single tube %3.")
                            : CliText::tr("The person was sampled today at %1 at %2, tube %3."))
                         .arg(where(o), localTime(o), o.value(QLatin1String("tube")).toString())
                  << '\n';
        }
    }
    if (!tube.isEmpty()) {
        const QJsonValue known = answer.value(QLatin1String("tube"));
        if (!known.isObject())
            out() << CliText::tr("Tube code %1 is not used at any table of the site.").arg(tube)
                  << '\n';
        else
            out() << tubeStory(tube, known.toObject(), where, localTime) << '\n';
    }
    if (!box.isEmpty()) {
        // Every box of the site with the code: more than one is a box_code_reused clash.
        const QJsonArray boxes = answer.value(QLatin1String("box")).toArray();
        if (boxes.isEmpty())
            out() << CliText::tr("Box code %1 is not used at any table of the site.").arg(box)
                  << '\n';
        const auto timeOf = [](const QJsonObject &o, const char *member) {
            const QDateTime at = fromIsoUtc(o.value(QLatin1String(member)).toString());
            return at.isValid() ? at.toLocalTime().toString(QStringLiteral("HH:mm"))
                                : QStringLiteral("–");
        };
        for (const QJsonValue &v : boxes) {
            const QJsonObject o = v.toObject();
            QString line = o.contains(QLatin1String("sealed_at"))
                               ? CliText::tr("Box %1 was packed at %2 and sealed at %3.")
                                     .arg(box, where(o), timeOf(o, "sealed_at"))
                               : CliText::tr("Box %1 is being packed at %2 (opened at %3).")
                                     .arg(box, where(o), timeOf(o, "opened_at"));
            const QJsonObject handed = o.value(QLatin1String("handed_over")).toObject();
            if (!handed.isEmpty())
                line = joinSentences(line, CliText::tr("It was handed over at %1 at %2.")
                                               .arg(where(handed), localTime(handed)));
            out() << line << '\n';
        }
        if (boxes.size() > 1)
            out() << CliText::tr("%n boxes have this code: keep them apart and tell the site "
                                 "lead (see sync-problems).",
                                 nullptr, int(boxes.size()))
                  << '\n';
    }
    return ExitOk;
}

} // namespace station::cli
