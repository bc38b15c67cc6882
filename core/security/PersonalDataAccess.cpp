// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/security/PersonalDataAccess.h"

#include "core/domain/Clock.h"
#include "core/security/DayKeyChain.h"
#include "core/security/EncryptedPersonalDataCodec.h"
#include "core/security/StationKeyring.h"
#include "core/storage/Database.h"
#include "core/storage/Journal.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace station {

Result<std::shared_ptr<PersonalDataCodec>>
unlockPersonalData(Database &db, const QString &passphrase, UnlockMode mode) {
    const Result<WrappedDataKey> key = StationKeyring(db).wrappedKey();
    if (!key)
        return key.error();
    auto codec = openPersonalData(key.value(), passphrase);
    if (codec && !key->dayKeyChain && mode == UnlockMode::Write) {
        if (Status s = storeNewDayKeyChain(db, codec.value()); !s.ok())
            return s.error();
    }
    return codec;
}

Result<std::shared_ptr<PersonalDataCodec>> openPersonalData(const WrappedDataKey &wrapped,
                                                            const QString &passphrase) {
    auto key = StationKeyring::unwrap(wrapped, passphrase);
    if (!key.ok())
        return key.error();
    auto codec = std::make_shared<EncryptedPersonalDataCodec>(key.value(), wrapped.dayKeyChain);
    if (!codec->isValid())
        return makeError(ErrorCode::DatabaseCorrupt,
                         QCoreApplication::translate(
                             "PersonalDataAccess",
                             "The station's day keys are damaged: personal data cannot be "
                             "opened. Restore the station folder from a backup, or move it "
                             "aside, set the station up again and sync."));
    return std::shared_ptr<PersonalDataCodec>(std::move(codec));
}

Status storeNewDayKeyChain(Database &db, const std::shared_ptr<PersonalDataCodec> &codec) {
    const QString what = QCoreApplication::translate("PersonalDataAccess", "storing the day keys");
    const std::optional<QDate> first = codec->firstKeptDay();
    const std::optional<StoredDayKeyChain> chain =
        first ? codec->storedDayKeyChain(*first) : std::nullopt;
    if (!chain)
        return success(); // a codec without day keys (tests)
    db.setAuditSigner(codec);
    QSqlDatabase conn = db.connection();
    Transaction tx(conn);
    if (!tx.begun())
        return Database::storageError(tx.beginError(), what);
    QSqlError error;
    if (readStoredDayKeyChain(conn, &error))
        return makeError(ErrorCode::StorageFailure,
                         QCoreApplication::translate("PersonalDataAccess",
                                                     "Another program set up the day keys at "
                                                     "the same moment. Start again."));
    if (error.isValid())
        return Database::storageError(error, what);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (QSqlError e = writeStoredDayKeyChain(conn, *chain, now); e.isValid())
        return Database::storageError(e, what);
    if (QSqlError e = appendAudit(
            conn, 0, QStringLiteral("day_keys.created"), QStringLiteral("personal-data"),
            {{QStringLiteral("first_day"), chain->firstDay.toString(Qt::ISODate)}}, now);
        e.isValid())
        return Database::storageError(e, what);
    if (QSqlError e = tx.commit(); e.isValid())
        return Database::storageError(e, what);
    return success();
}

} // namespace station
