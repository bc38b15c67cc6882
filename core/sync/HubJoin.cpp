// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/HubJoin.h"

#include "core/Logging.h"
#include "core/domain/Sentences.h"
#include "core/settings/StationSettings.h"
#include "core/storage/StationPaths.h"
#include "core/sync/Enrollment.h"
#include "core/sync/FallbackEnrollment.h"
#include "core/sync/FileSnapshot.h"
#include "core/sync/SyncSettings.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTemporaryFile>
#include <QTimer>

#include <optional>

namespace station {

QByteArray certificateSha256(const QSslCertificate &certificate) {
    return QCryptographicHash::hash(certificate.toDer(), QCryptographicHash::Sha256);
}

HubJoin::HubJoin(QString dataDir, QObject *parent)
    : QObject(parent)
    , m_dataDir(std::move(dataDir))
    , m_handshakeTimer(new QTimer(this)) {
    m_handshakeTimer->setSingleShot(true);
    connect(m_handshakeTimer, &QTimer::timeout, this, [this] {
        finishWithFailure(
            Step::FetchCertificate,
            unreachableMessage(tr("no answer within %1 seconds").arg(m_handshakeUsedMs / 1000.0)));
    });
}

void HubJoin::setTarget(Target target) {
    if (!m_running)
        m_target = target;
}

QString HubJoin::unreachableMessage(const QString &reason) const {
    if (m_target == Target::Fallback)
        return tr("The province's server at %1 cannot be reached (%2). Check that this station "
                  "reaches the internet. Nothing was saved; a fallback set before stays in force.")
            .arg(m_code.serverUrl.authority(), reason);
    return tr("The hub at %1 cannot be reached (%2). Check that this station is on the site's "
              "network and that the hub is running.")
        .arg(m_code.serverUrl.authority(), reason);
}

HubJoin::~HubJoin() {
    cleanUp();
}

void HubJoin::start(const QString &joinCodeText, const HubJoinStation &station) {
    if (m_running)
        return;
    m_running = true;
    m_station = station;
    m_tableTaken.reset();
    protocol::JoinCodeError error = protocol::JoinCodeError::NotAJoinCode;
    const std::optional<protocol::JoinCode> code = protocol::parseJoinCode(joinCodeText, &error);
    if (!code) {
        // Said after start() returns, as every other answer is.
        QMetaObject::invokeMethod(
            this,
            [this, error] {
                finishWithFailure(Step::ReadCode, protocol::describeJoinCodeError(error));
            },
            Qt::QueuedConnection);
        return;
    }
    m_code = *code;
    if (!station.site.isEmpty() && station.site.compare(m_code.site, Qt::CaseInsensitive) != 0) {
        const QString message = tr("This join code is for site %1, but this station belongs to "
                                   "site %2. Ask for the join code of this station's site.")
                                    .arg(m_code.site, station.site);
        QMetaObject::invokeMethod(
            this, [this, message] { finishWithFailure(Step::ReadCode, message); },
            Qt::QueuedConnection);
        return;
    }
    if (m_target == Target::Fallback) {
        // Checked before anything goes out: the hub's own code in the province's place, or a
        // station that syncs with no hub yet.
        if (const Status allowed =
                checkFallbackAddress(loadSyncSettings(m_dataDir), m_code.serverUrl);
            !allowed.ok()) {
            const QString message = allowed.message();
            QMetaObject::invokeMethod(
                this, [this, message] { finishWithFailure(Step::ReadCode, message); },
                Qt::QueuedConnection);
            return;
        }
    }
    QMetaObject::invokeMethod(this, &HubJoin::fetchCertificate, Qt::QueuedConnection);
}

// One handshake that verifies nothing: the certificate it shows is only trusted once its
// fingerprint matches the one the join code brought (which came from the hub's own screen).
void HubJoin::fetchCertificate() {
    Q_EMIT progress(m_target == Target::Fallback ? tr("Checking the province's certificate…")
                                                 : tr("Checking the hub's certificate…"));
    auto *socket = new QSslSocket(this);
    m_socket = socket;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setPeerVerifyMode(QSslSocket::QueryPeer);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    socket->setSslConfiguration(tls);
    connect(socket, &QSslSocket::encrypted, this,
            [this, socket] { onCertificate(socket->peerCertificate()); });
    connect(socket, &QAbstractSocket::errorOccurred, this, [this, socket] {
        finishWithFailure(Step::FetchCertificate, unreachableMessage(socket->errorString()));
    });
    // A stopped hub takes the connection in its kernel and never answers: given the same
    // connect deadline as every request of the station, not longer.
    m_handshakeUsedMs = m_handshakeTimeoutMs > 0 ? m_handshakeTimeoutMs
                                                 : loadSyncSettings(m_dataDir).connectTimeoutMs;
    m_handshakeTimer->start(m_handshakeUsedMs);
    socket->connectToHostEncrypted(m_code.serverUrl.host(), quint16(m_code.serverUrl.port(443)));
}

void HubJoin::onCertificate(const QSslCertificate &certificate) {
    m_handshakeTimer->stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    if (certificate.isNull() || certificateSha256(certificate) != m_code.certificateSha256) {
        qCWarning(lcSync) << "join refused: the server's certificate does not match the code";
        const QString shown =
            certificate.isNull()
                ? tr("none")
                // Its first eight bytes: what people compare, and it wraps.
                : protocol::formatFingerprint(certificateSha256(certificate)).left(23) +
                      QChar(0x2026);
        finishWithFailure(
            Step::CompareFingerprint,
            m_target == Target::Fallback
                ? tr("The server at %1 shows a different certificate from the one in the join "
                     "code (fingerprint %2). Nothing was saved; a fallback set before stays in "
                     "force. Scan the province's join code again; if it still differs, another "
                     "computer may be answering in the province's place: tell the site lead.")
                      .arg(m_code.serverUrl.authority(), shown)
                : tr("The server at %1 shows a different certificate from the one in the join "
                     "code (fingerprint %2). Nothing was saved. Scan the code on the hub's own "
                     "screen again; if it still differs, another computer may be answering in "
                     "the hub's place: tell the site lead.")
                      .arg(m_code.serverUrl.authority(), shown));
        return;
    }
    // The certificate goes into a file of the data folder only once everything else worked;
    // until then the enrollment trusts this temporary copy.
    m_candidateCa = std::make_unique<QTemporaryFile>(
        QDir(m_dataDir).filePath(QStringLiteral("join-ca-XXXXXX.pem")));
    const QByteArray pem = certificate.toPem();
    if (!m_candidateCa->open() || m_candidateCa->write(pem) != pem.size() ||
        !m_candidateCa->flush()) {
        finishWithFailure(Step::PinCertificate,
                          tr("The hub's certificate could not be written into %1.")
                              .arg(QDir::toNativeSeparators(m_dataDir)));
        return;
    }
    enroll();
}

void HubJoin::enroll() {
    Q_EMIT progress(m_target == Target::Fallback
                        ? tr("Enrolling this station at the province as its fallback…")
                        : tr("Enrolling this station at the hub…"));
    SyncSettings settings = loadSyncSettings(m_dataDir);
    settings.serverUrl = m_code.serverUrl;
    settings.pinnedCaPath = m_candidateCa->fileName();
    auto *enrollment = new Enrollment(settings, this);
    m_enrollment = enrollment;
    connect(enrollment, &Enrollment::succeeded, this, &HubJoin::onEnrolled);
    connect(enrollment, &Enrollment::failed, this, [this, enrollment](const QString &message) {
        m_tableTaken = enrollment->tableTaken();
        finishWithFailure(Step::Enroll,
                          m_target == Target::Fallback
                              // The message says why: a refusal, a certificate,
                              // no answer.
                              ? tr("This station could not enroll at the province as its "
                                   "fallback: %1 Nothing was saved; a fallback set before "
                                   "stays in force.")
                                    .arg(message)
                              : tr("This station could not enroll at the hub: %1 Nothing was "
                                   "saved.")
                                    .arg(message));
    });
    enrollment->enroll(m_code.site, m_code.enrollmentCode, m_station.deviceId,
                       m_station.tableNumber);
}

void HubJoin::onEnrolled(const QString &token, const QByteArray &residentCodeKey) {
    if (m_target == Target::Fallback)
        return saveAsFallback(token);
    const QVariantHash settingsBefore = storedSyncSettings(m_dataDir);
    const FileSnapshot caBefore = FileSnapshot::of(pinnedCaCopyPath(m_dataDir));
    const FileSnapshot tokenBefore = FileSnapshot::of(deviceTokenPath(m_dataDir));
    const FileSnapshot siteKeyBefore = FileSnapshot::of(siteKeyPath(m_dataDir));
    StationSettings stationSettings(settingsPath(m_dataDir));
    const QByteArray keyBefore = stationSettings.provinceCodeKey();
    const QString keySourceBefore = stationSettings.provinceCodeKeySource();
    const QDateTime keyReceivedBefore = stationSettings.provinceCodeKeyReceivedAt();
    // Every save made so far is undone, in reverse order, before the failure is said.
    const auto undo = [&](Step step, const QString &message) {
        if (step >= Step::SaveCodeKey) {
            stationSettings.setProvinceCodeKey(keyBefore, keySourceBefore, keyReceivedBefore);
            stationSettings.sync();
        }
        if (step >= Step::SaveToken) {
            siteKeyBefore.restore();
            tokenBefore.restore();
        }
        if (step >= Step::SaveSettings)
            restoreStoredSyncSettings(m_dataDir, settingsBefore);
        caBefore.restore();
        finishWithFailure(step, joinSentences(message, tr("Nothing was changed.")));
    };

    SyncSettings settings = loadSyncSettings(m_dataDir);
    settings.serverUrl = m_code.serverUrl;
    if (const Status pinned = pinServerCa(m_dataDir, m_candidateCa->fileName(), &settings);
        !pinned.ok())
        return undo(Step::PinCertificate, pinned.message());
    if (const Status saved = saveSyncSettings(m_dataDir, settings); !saved.ok())
        return undo(Step::SaveSettings, saved.message());
    if (const Status saved = writeDeviceToken(m_dataDir, token); !saved.ok())
        return undo(Step::SaveToken, saved.message());
    // The site's key (site-wide checks) goes with the token it came with.
    if (const QByteArray siteKey = m_enrollment ? m_enrollment->siteKey() : QByteArray();
        !siteKey.isEmpty()) {
        if (const Status saved = writeSiteKey(m_dataDir, siteKey); !saved.ok())
            return undo(Step::SaveToken, saved.message());
    }
    stationSettings.setProvinceCodeKey(residentCodeKey, StationSettings::keyFromEnrollment(),
                                       QDateTime::currentDateTimeUtc());
    if (!stationSettings.sync())
        return undo(Step::SaveCodeKey,
                    tr("The province's resident-code key could not be saved to %1.")
                        .arg(QDir::toNativeSeparators(stationSettings.path())));
    qCInfo(lcSync) << "joined the server of site" << m_code.site;
    cleanUp();
    m_running = false;
    Q_EMIT succeeded(m_code.serverUrl, m_code.site);
}

// The province's token and certificate, kept apart from the hub's; the site key and the
// resident-code key stay those of the hub, whose checks and announcements the station follows.
void HubJoin::saveAsFallback(const QString &token) {
    FallbackSaveStep failedAt = FallbackSaveStep::SaveSettings;
    const Status saved =
        saveFallback(m_dataDir, {m_code.serverUrl, m_candidateCa->fileName(), std::nullopt, token},
                     nullptr, &failedAt);
    if (!saved.ok()) {
        const Step step = failedAt == FallbackSaveStep::PinCertificate ? Step::PinCertificate
                          : failedAt == FallbackSaveStep::SaveToken    ? Step::SaveToken
                                                                       : Step::SaveSettings;
        return finishWithFailure(step, saved.message());
    }
    qCInfo(lcSync) << "enrolled at the fallback server of site" << m_code.site;
    cleanUp();
    m_running = false;
    Q_EMIT succeeded(m_code.serverUrl, m_code.site);
}

void HubJoin::finishWithFailure(Step step, const QString &message) {
    if (!m_running)
        return;
    cleanUp();
    m_running = false;
    Q_EMIT failed(step, message);
}

void HubJoin::cleanUp() {
    m_handshakeTimer->stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    if (m_enrollment) {
        m_enrollment->disconnect(this);
        m_enrollment->deleteLater();
    }
    m_candidateCa.reset();
}

} // namespace station
