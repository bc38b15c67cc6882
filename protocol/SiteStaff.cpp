// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/SiteStaff.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace station::protocol {

namespace {

QString key(const char *name) {
    return QString::fromLatin1(name);
}

bool isRole(const QString &role) {
    return role == QLatin1String("sampler") || role == QLatin1String("lead") ||
           role == QLatin1String("administrator");
}

} // namespace

QString canonicalSiteStaffTime(const QString &text) {
    const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid())
        return {};
    return at.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QLatin1Char('Z');
}

int compareSiteStaffVersions(const QString &atA, const QString &stationA, const QString &atB,
                             const QString &stationB) {
    if (const int byTime = QString::compare(atA, atB); byTime != 0)
        return byTime;
    return QString::compare(stationA, stationB);
}

bool sameSiteStaffMember(const QString &originA, const QString &nameA, const QString &originB,
                         const QString &nameB) {
    return (!originA.isEmpty() && originA == originB) || nameA.trimmed() == nameB.trimmed();
}

QJsonObject siteStaffEntryJson(const SiteStaffEntry &e) {
    QJsonObject o{{key("staff_id"), e.staffId},
                  {key("name"), e.name},
                  {key("role"), e.role},
                  {key("active"), e.active},
                  {key("pin_verifier"), e.pinVerifier},
                  {key("one_time_pin"), e.oneTimePin},
                  {key("changed_at"), e.changedAt},
                  {key("changed_by"), e.changedBy},
                  {key("station"), e.station}};
    if (e.seq > 0)
        o.insert(key("seq"), e.seq);
    if (!e.origin.isEmpty())
        o.insert(key("origin"), e.origin);
    return o;
}

QJsonObject siteStaffCollisionJson(const SiteStaffCollision &c) {
    return QJsonObject{{key("staff_id"), c.staffId},
                       {key("station"), c.station},
                       {key("table"), c.table},
                       {key("name"), c.name},
                       {key("held_station"), c.heldStation},
                       {key("held_table"), c.heldTable},
                       {key("held_name"), c.heldName}};
}

std::optional<SiteStaffEntry> parseSiteStaffEntry(const QJsonValue &value, QString *error) {
    static const QRegularExpression staffId(QStringLiteral("^[A-Za-z0-9_-]{1,32}$"));
    static const QRegularExpression station(QStringLiteral("^[A-Za-z0-9._:-]{1,64}$"));
    const auto refuse = [error](const QString &why) {
        *error = why;
        return std::nullopt;
    };
    if (!value.isObject())
        return refuse(QStringLiteral("an entry must be a JSON object"));
    const QJsonObject o = value.toObject();
    for (const char *text : {"staff_id", "name", "role", "pin_verifier", "changed_at", "station"}) {
        if (!o.value(key(text)).isString())
            return refuse(QStringLiteral("'%1' must be a string").arg(key(text)));
    }
    for (const char *flag : {"active", "one_time_pin"}) {
        if (!o.value(key(flag)).isBool())
            return refuse(QStringLiteral("'%1' must be true or false").arg(key(flag)));
    }
    SiteStaffEntry e;
    e.staffId = o.value(key("staff_id")).toString();
    e.name = o.value(key("name")).toString().trimmed();
    e.role = o.value(key("role")).toString();
    e.active = o.value(key("active")).toBool();
    e.pinVerifier = o.value(key("pin_verifier")).toString();
    e.oneTimePin = o.value(key("one_time_pin")).toBool();
    e.changedAt = canonicalSiteStaffTime(o.value(key("changed_at")).toString());
    e.changedBy = o.value(key("changed_by")).toString();
    e.station = o.value(key("station")).toString();
    e.seq = o.value(key("seq")).toInteger();
    e.origin = o.value(key("origin")).toString();
    if (!staffId.match(e.staffId).hasMatch())
        return refuse(QStringLiteral("staff_id must be 1-32 letters, digits, '-' or '_'"));
    if (e.name.isEmpty() || e.name.size() > 64)
        return refuse(QStringLiteral("name must be 1-64 characters"));
    if (!isRole(e.role))
        return refuse(QStringLiteral("role must be sampler, lead or administrator"));
    if (!e.pinVerifier.startsWith(QLatin1String("$argon2id$")) || e.pinVerifier.size() > 256)
        return refuse(QStringLiteral("pin_verifier must be an Argon2id string"));
    if (e.changedAt.isEmpty())
        return refuse(QStringLiteral("changed_at must be an ISO-8601 time"));
    if (!e.changedBy.isEmpty() && !staffId.match(e.changedBy).hasMatch())
        return refuse(QStringLiteral("changed_by must be a staff id or empty"));
    if (!station.match(e.station).hasMatch())
        return refuse(QStringLiteral("station must be 1-64 letters, digits, '.', '_', ':' or '-'"));
    if (!e.origin.isEmpty() && !station.match(e.origin).hasMatch())
        return refuse(QStringLiteral("origin must be 1-64 letters, digits, '.', '_', ':' or '-'"));
    return e;
}

std::optional<SiteStaffPage> parseSiteStaffPage(const QByteArray &body, QString *error) {
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject() || !doc.object().value(key("entries")).isArray()) {
        *error = QStringLiteral("the answer is not a staff page");
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    SiteStaffPage page;
    page.site = o.value(key("site")).toString();
    page.lastSeq = o.value(key("last_seq")).toInteger();
    page.more = o.value(key("more")).toBool();
    const QJsonArray entries = o.value(key("entries")).toArray();
    for (const QJsonValue &v : entries) {
        std::optional<SiteStaffEntry> e = parseSiteStaffEntry(v, error);
        if (!e)
            return std::nullopt;
        if (e->seq <= 0 || (!page.entries.isEmpty() && e->seq <= page.entries.last().seq)) {
            *error = QStringLiteral("the entries are not in seq order");
            return std::nullopt;
        }
        page.entries.append(*e);
    }
    // A server from before collisions lists none; one this station cannot read is left out.
    for (const QJsonValue &v : o.value(key("collisions")).toArray()) {
        const QJsonObject c = v.toObject();
        SiteStaffCollision collision{
            c.value(key("staff_id")).toString(),     c.value(key("station")).toString(),
            c.value(key("table")).toString(),        c.value(key("name")).toString(),
            c.value(key("held_station")).toString(), c.value(key("held_table")).toString(),
            c.value(key("held_name")).toString()};
        if (!collision.staffId.isEmpty() && !collision.station.isEmpty())
            page.collisions.append(collision);
    }
    return page;
}

std::optional<QList<SiteStaffOutcome>> parseSiteStaffOutcomes(const QByteArray &body,
                                                              int sentCount) {
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return std::nullopt;
    const QJsonArray results = doc.object().value(key("results")).toArray();
    if (results.size() != sentCount)
        return std::nullopt;
    QList<SiteStaffOutcome> outcomes;
    for (const QJsonValue &v : results) {
        const QJsonObject r = v.toObject();
        outcomes.append({r.value(key("staff_id")).toString(), r.value(key("status")).toString(),
                         r.value(key("seq")).toInteger(), r.value(key("reason")).toString()});
    }
    return outcomes;
}

} // namespace station::protocol
