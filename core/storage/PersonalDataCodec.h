// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/domain/IdDocument.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace station {

// The one place personal fields (name, ID number, phone, address) are turned into what
// the database stores and back. Callers never read or write those columns directly. The
// programs use EncryptedPersonalDataCodec only; a plain-text stand-in exists for tests
// (tests/support), never linked into a shipped program.
class PersonalDataCodec {
public:
    virtual ~PersonalDataCodec() = default;

    // `recordUuid` and `column` bind the stored value to its place (associated data).
    virtual QByteArray seal(const QString &plain, const QString &recordUuid,
                            const QString &column) const = 0;
    virtual std::optional<QString> open(const QByteArray &stored, const QString &recordUuid,
                                        const QString &column) const = 0;

    // A stable key for "the same person", used for duplicate checks; never the plain
    // number.
    virtual QString personKey(IdType type, const QString &normalizedIdNumber) const = 0;

    // The MAC (hex) of an audit row under a key derived from the data key, so that the
    // audit chain cannot be rewritten without the passphrase; empty when the codec holds
    // no key.
    virtual QString auditMac(const QByteArray &message) const {
        Q_UNUSED(message);
        return {};
    }
};

} // namespace station
