// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/ConnectDeadline.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace station {

namespace {
const char *const kMissed = "station_connect_deadline_missed";
constexpr int kIdleConnectionSecs = 2;
} // namespace

void limitConnectTime(QNetworkReply *reply, int timeoutMs) {
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    QObject::connect(deadline, &QTimer::timeout, reply, [reply] {
        reply->setProperty(kMissed, true);
        reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::encrypted, deadline, &QTimer::stop);
    QObject::connect(reply, &QNetworkReply::requestSent, deadline, &QTimer::stop);
    QObject::connect(reply, &QNetworkReply::metaDataChanged, deadline, &QTimer::stop);
    QObject::connect(reply, &QNetworkReply::readyRead, deadline, &QTimer::stop);
    QObject::connect(reply, &QNetworkReply::uploadProgress, deadline,
                     [deadline](qint64 sent, qint64) {
                         if (sent > 0)
                             deadline->stop();
                     });
    QObject::connect(reply, &QNetworkReply::finished, deadline, &QTimer::stop);
    deadline->start(timeoutMs);
}

bool connectDeadlineMissed(const QNetworkReply *reply) {
    return reply->property(kMissed).toBool();
}

void keepConnectionBriefly(QNetworkRequest *request) {
    request->setAttribute(QNetworkRequest::ConnectionCacheExpiryTimeoutSecondsAttribute,
                          kIdleConnectionSecs);
}

} // namespace station
