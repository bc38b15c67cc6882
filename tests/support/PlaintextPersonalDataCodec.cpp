// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/PlaintextPersonalDataCodec.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

namespace station {

QByteArray PlaintextPersonalDataCodec::seal(const QString &plain, const QString &, const QString &,
                                            const QDate &) const {
    return plain.toUtf8();
}

std::optional<QString> PlaintextPersonalDataCodec::open(const QByteArray &stored, const QString &,
                                                        const QString &) const {
    return QString::fromUtf8(stored);
}

QString PlaintextPersonalDataCodec::personKey(IdType type, const QString &normalizedIdNumber,
                                              const QDate &) const {
    const QByteArray material = idTypeCode(type).toUtf8() + '|' + normalizedIdNumber.toUtf8();
    return QString::fromLatin1(
        QCryptographicHash::hash(material, QCryptographicHash::Sha256).toHex());
}

QString PlaintextPersonalDataCodec::auditMac(const QByteArray &message) const {
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256,
                                   QByteArrayLiteral("plaintext test codec audit key"));
    mac.addData(message);
    return QString::fromLatin1(mac.result().toHex());
}

} // namespace station
