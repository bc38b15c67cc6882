// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/SilentServer.h"

#include "net/ConnectDeadline.h"

#include <QCoreApplication>
#include <QNetworkReply>

namespace station {

namespace {
struct SilentServerText {
    Q_DECLARE_TR_FUNCTIONS(SilentServer)
};

QString seconds(int ms) {
    return QString::number(qRound(ms / 100.0) / 10.0);
}
} // namespace

QString noAnswerReason(const QNetworkReply *reply) {
    switch (silenceOf(reply)) {
    case Silence::NotHeard:
        return SilentServerText::tr("no answer within %1 s").arg(seconds(silentForMs(reply)));
    case Silence::StoppedAnswering:
        return SilentServerText::tr("the request went out, then no answer came for %1 s")
            .arg(seconds(silentForMs(reply)));
    case Silence::None:
        break;
    }
    return reply->errorString();
}

} // namespace station
