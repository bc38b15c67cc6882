// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/PersonStatusCommands.h"

#include "server/Database.h"
#include "server/PersonStatus.h"
#include "server/SiteFacts.h"
#include "server/TubeProjection.h"
#include "server/UpstreamQueue.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

#include <cstdio>

namespace station::server {

namespace {

QString personStatusText(const char *text) {
    return QCoreApplication::translate("PersonStatusCommands", text);
}

// The lookup key is the province's: a site hub's database has none worth handing out.
bool refusedAtHub(Database &database, QTextStream &err) {
    QString error;
    if (const auto hub = UpstreamQueue(database).hubRow(&error)) {
        err << personStatusText("province-server: this is the site hub of site %1; people's status "
                                "is looked up at the province")
                   .arg(hub->site)
            << '\n';
        return true;
    }
    if (!error.isEmpty()) {
        err << personStatusText("province-server: %1").arg(error) << '\n';
        return true;
    }
    return false;
}

std::optional<QByteArray> provinceLookupKey(Database &database, QTextStream &err) {
    SiteFacts facts(database);
    TubeProjection projection(database, facts);
    QSqlDatabase db = database.connection();
    QString error;
    const std::optional<QByteArray> key = projection.lookupKey(db, &error);
    if (!key)
        err << personStatusText("province-server: cannot read the people lookup key: %1").arg(error)
            << '\n';
    return key;
}

} // namespace

int exportLookupKey(Database &database, const QString &path, QTextStream &out, QTextStream &err) {
    if (refusedAtHub(database, err))
        return 1;
    if (QFile::exists(path)) {
        err << personStatusText(
                   "province-server: %1 exists already; the lookup key is written to a "
                   "new file only")
                   .arg(path)
            << '\n';
        return 1;
    }
    const std::optional<QByteArray> key = provinceLookupKey(database, err);
    if (!key)
        return 1;
    QFile file(path);
    // Made with mode 0600 in one step, and never over a file that appeared meanwhile.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(key->toHex() + '\n') != 2 * key->size() + 1 || !file.flush()) {
        err << personStatusText("province-server: cannot write %1: %2")
                   .arg(path, file.errorString())
            << '\n';
        file.close();
        return 1;
    }
    file.close();
    out << personStatusText(
               "The people lookup key is in %1 (mode 0600). Hand it to the health-code "
               "system only, over a channel you trust: with it, a person's blind key is "
               "lowercase hex(HMAC-SHA256(key, \"person-v1\\n\" + id_type + \"\\n\" + "
               "ID number in upper case)), which GET /v1/people/{blind_key}/status takes.")
               .arg(path)
        << '\n';
    return 0;
}

int printPersonStatus(Database &database, const QString &idType, QTextStream &out,
                      QTextStream &err) {
    if (refusedAtHub(database, err))
        return 1;
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly)) {
        err << personStatusText("province-server: cannot read standard input") << '\n';
        return 1;
    }
    const QString idNumber = QString::fromUtf8(input.readLine(256)).trimmed().toUpper();
    if (idNumber.isEmpty()) {
        err << personStatusText("province-server: give the ID number on standard input, one line")
            << '\n';
        return 2;
    }
    const std::optional<QByteArray> key = provinceLookupKey(database, err);
    if (!key)
        return 1;
    const PersonStatusLookup found =
        PersonStatus(database).lookup(TubeProjection::lookupHash(*key, idType, idNumber));
    if (!found.read) {
        err << personStatusText("province-server: %1").arg(found.error) << '\n';
        return 1;
    }
    if (!found.known) {
        err << personStatusText("no sample of this person is known here (check the ID type and "
                                "number)")
            << '\n';
        return 3;
    }
    out << QString::fromUtf8(QJsonDocument(found.status).toJson(QJsonDocument::Indented));
    return 0;
}

} // namespace station::server
