// SPDX-License-Identifier: GPL-3.0-or-later
// `site-check`: asks the server whether a person was sampled today, or a tube code used,
// at any table of the site (POST /v1/site/check). Prints who and where, never an ID number.
#include "cli/CliSupport.h"
#include "cli/Commands.h"

#include "core/domain/Clock.h"
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

int runSiteCheck(const QStringList &args) {
    QCommandLineParser p;
    p.addOption({QStringLiteral("person-id"),
                 CliText::tr("The person's ID document as TYPE:NUMBER, TYPE being the ID type "
                             "code of the records (e.g. 01:44010619800101123X)."),
                 QStringLiteral("TYPE:NUMBER")});
    p.addOption({QStringLiteral("tube"), CliText::tr("A tube code."), QStringLiteral("CODE")});
    if (!parseCommand(p, args,
                      CliText::tr("Ask the server whether a person was sampled today, or a tube "
                                  "code used, at any table of the site. Prints the tables and "
                                  "times, never the ID number. Exit code 0: answered; 3: no "
                                  "answer.")))
        return ExitUsage;
    const QString personId = p.value(QStringLiteral("person-id")).trimmed();
    const QString tube = p.value(QStringLiteral("tube")).trimmed().toUpper();
    const int colon = personId.indexOf(QLatin1Char(':'));
    if ((personId.isEmpty() && tube.isEmpty()) ||
        (!personId.isEmpty() && (colon <= 0 || colon == personId.size() - 1))) {
        err() << CliText::tr("Give --person-id TYPE:NUMBER, --tube CODE, or both.") << '\n'
              << seeCommandHelp(QStringLiteral("site-check")) << '\n';
        return ExitUsage;
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
    if (!personId.isEmpty()) {
        if (siteKey.isEmpty()) {
            err() << CliText::tr("This station has no site key (it was enrolled before the "
                                 "server gave one), so it cannot ask about a person. Enroll it "
                                 "again with a new code.")
                  << '\n';
            return ExitFailure;
        }
        body.insert(QStringLiteral("person_key"),
                    protocol::sitePersonKey(siteKey, personId.left(colon),
                                            personId.mid(colon + 1).toUpper()));
    }
    if (!tube.isEmpty())
        body.insert(QStringLiteral("tube"), tube);
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
        const QString table = o.value(QLatin1String("table")).toString();
        return station == ownStation ? CliText::tr("%1 (this station)").arg(table)
                                     : CliText::tr("%1 (%2)").arg(table, station);
    };
    const auto localTime = [](const QJsonObject &o) {
        return fromIsoUtc(o.value(QLatin1String("at")).toString())
            .toLocalTime()
            .toString(QStringLiteral("HH:mm"));
    };
    if (!personId.isEmpty()) {
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
            out() << CliText::tr("Tube code %1 is used at %2: %3 at %4.")
                         .arg(tube, where(known.toObject()),
                              known.toObject().value(QLatin1String("state")).toString(),
                              localTime(known.toObject()))
                  << '\n';
    }
    return ExitOk;
}

} // namespace station::cli
