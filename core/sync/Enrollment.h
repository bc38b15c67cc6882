// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/sync/SyncSettings.h"

#include <QObject>
#include <QPointer>
#include <QSslError>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace station {

// An enrollment refused because another station of the site has this table number (409
// table_taken): the number, and a few free ones to offer.
struct TableTaken {
    int tableNumber = 0;
    QList<int> inUse;
    QList<int> freeNumbers; // the lowest few not in use
};

// Exchanges a site's enrollment code for this device's token (POST /v1/enroll), and
// rotates the token (POST /v1/token/rotate). Asynchronous: the answer comes as a signal.
// The caller stores the token (writeDeviceToken) and hands it to the relay, and stores the
// province's resident-code key that came with the enrollment (StationSettings).
class Enrollment : public QObject {
    Q_OBJECT
public:
    explicit Enrollment(SyncSettings settings, QObject *parent = nullptr);

    // The table travels as its number (and the wire label "Table N" for older servers), never
    // as a label in the station's language.
    void enroll(const QString &site, const QString &enrollmentCode, const QString &deviceId,
                int tableNumber);
    void rotate(const QString &currentToken);
    // The site key of the last successful enrollment (32 bytes), for writeSiteKey(); empty
    // when the server gave none.
    QByteArray siteKey() const { return m_siteKey; }
    // The last enrollment's refusal because of the table number, for a view that offers to
    // change it there; nullopt after any other answer.
    std::optional<TableTaken> tableTaken() const { return m_tableTaken; }

Q_SIGNALS:
    // `residentCodeKey`: the province's resident-code public key (32 bytes) from the answer
    // to /v1/enroll; empty when the province gives none, and always after a rotation.
    void succeeded(const QString &deviceToken, const QByteArray &residentCodeKey);
    void failed(const QString &message); // translated, says what to do

private:
    void post(const QString &path, const QByteArray &body, const QString &token);
    void onReply(QNetworkReply *reply);
    void failLater(const QString &message);
    static TableTaken readTableTaken(const QByteArray &body);
    static QString tableTakenMessage(const TableTaken &taken);

    SyncSettings m_settings;
    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    QList<QSslError> m_sslErrors;
    QByteArray m_siteKey;
    std::optional<TableTaken> m_tableTaken;
};

} // namespace station
