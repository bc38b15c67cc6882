// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The timing loop the request benchmarks share (bench_person_status, bench_site_check):
// one request at a time on one kept-alive HTTP/1.1 connection, as a station or the
// health-code system asks, and the percentiles of the round trips.
#include "tests/support/ServerProcess.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>

#include <algorithm>
#include <functional>

namespace station::bench {

struct RoundTrips {
    QList<double> ms;         // each counted round trip, in milliseconds
    QHash<int, int> statuses; // the counted answers by HTTP status
    double seconds = 0;       // wall time of the counted round trips
};

struct Percentiles {
    double p50 = 0, p95 = 0, p99 = 0, max = 0;
};

inline Percentiles percentiles(QList<double> ms) {
    std::sort(ms.begin(), ms.end());
    const auto at = [&ms](double q) {
        return ms.at(qMin(ms.size() - 1, qsizetype(q * ms.size())));
    };
    return {at(0.50), at(0.95), at(0.99), ms.last()};
}

// Sends request `i` (0 for the warm-ups) on `network`: sets the request's URL (and body
// headers) and returns the reply. The request comes with TLS, the token and HTTP/1.1 set.
using SendRequest =
    std::function<QNetworkReply *(QNetworkAccessManager &network, QNetworkRequest &request, int i)>;

// `count` round trips after 20 warm-up requests that are not counted.
inline RoundTrips timeRoundTrips(const test::ServerProcess &server, const QString &token, int count,
                                 const SendRequest &send) {
    QNetworkAccessManager network;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates({server.certificate()});
    RoundTrips trips;
    QElapsedTimer total;
    for (int i = -20; i < count; ++i) {
        if (i == 0)
            total.start();
        QNetworkRequest request(server.baseUrl());
        request.setSslConfiguration(tls);
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        QElapsedTimer timer;
        timer.start();
        QNetworkReply *reply = send(network, request, qMax(0, i));
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const double elapsed = double(timer.nsecsElapsed()) / 1e6;
        reply->deleteLater();
        if (i >= 0) {
            trips.ms.append(elapsed);
            ++trips.statuses[reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt()];
        }
    }
    trips.seconds = double(total.nsecsElapsed()) / 1e9;
    return trips;
}

} // namespace station::bench
