// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/StaffListCsv.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QStringList>

namespace station::protocol {

namespace {

struct Record {
    int line = 0;
    QStringList fields;
};

// RFC 4180 records, blank ones skipped (core/domain/Csv's rules, without its tr()).
std::optional<QList<Record>> records(const QByteArray &bytesIn, QString *error) {
    QByteArray bytes = bytesIn;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        *error = QStringLiteral("the file is not UTF-8 text");
        return std::nullopt;
    }
    QList<Record> list;
    Record record{1, {}};
    QString field;
    int line = 1;
    bool quoted = false;
    bool afterQuote = false;
    const auto endField = [&] {
        record.fields.append(field);
        field.clear();
        afterQuote = false;
    };
    const auto endRecord = [&] {
        endField();
        if (!record.fields.join(QString()).trimmed().isEmpty())
            list.append(record);
        record = Record{line, {}};
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == c) {
                field.append(c);
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
                afterQuote = true;
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                if (c != QLatin1Char('\r'))
                    field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() &&
                text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            ++line;
            endRecord();
        } else if (c == QLatin1Char('"')) {
            if (!field.isEmpty() || afterQuote) {
                *error = QStringLiteral("line %1: a quote inside a field that is not in quotes")
                             .arg(line);
                return std::nullopt;
            }
            quoted = true;
        } else if (afterQuote) {
            *error = QStringLiteral("line %1: text after a closing quote").arg(line);
            return std::nullopt;
        } else {
            field.append(c);
        }
    }
    if (quoted) {
        *error = QStringLiteral("line %1: a quoted field is never closed").arg(record.line);
        return std::nullopt;
    }
    endRecord();
    return list;
}

enum class Column { StaffId, Name, Role, Phone };

std::optional<Column> headerColumn(const QString &text) {
    static const QHash<QString, Column> names = {
        {QStringLiteral("staff id"), Column::StaffId},
        {QStringLiteral("staff_id"), Column::StaffId},
        {QStringLiteral("staffid"), Column::StaffId},
        {QStringLiteral("工号"), Column::StaffId},
        {QStringLiteral("员工编号"), Column::StaffId},
        {QStringLiteral("name"), Column::Name},
        {QStringLiteral("姓名"), Column::Name},
        {QStringLiteral("role"), Column::Role},
        {QStringLiteral("角色"), Column::Role},
        {QStringLiteral("phone"), Column::Phone},
        {QStringLiteral("phone number"), Column::Phone},
        {QStringLiteral("电话"), Column::Phone},
        {QStringLiteral("手机"), Column::Phone},
        {QStringLiteral("手机号"), Column::Phone},
    };
    const auto it = names.constFind(text.simplified().toLower());
    if (it == names.constEnd())
        return std::nullopt;
    return *it;
}

// The role key of a role as a person writes it (core/staff/StaffRole's names).
QString roleKey(const QString &name) {
    static const QHash<QString, QString> keys = {
        {QStringLiteral("sampler"), QStringLiteral("sampler")},
        {QStringLiteral("采样员"), QStringLiteral("sampler")},
        {QStringLiteral("lead"), QStringLiteral("lead")},
        {QStringLiteral("site lead"), QStringLiteral("lead")},
        {QStringLiteral("site_lead"), QStringLiteral("lead")},
        {QStringLiteral("采样点负责人"), QStringLiteral("lead")},
        {QStringLiteral("负责人"), QStringLiteral("lead")},
        {QStringLiteral("administrator"), QStringLiteral("administrator")},
        {QStringLiteral("admin"), QStringLiteral("administrator")},
        {QStringLiteral("station administrator"), QStringLiteral("administrator")},
        {QStringLiteral("设备管理员"), QStringLiteral("administrator")},
        {QStringLiteral("管理员"), QStringLiteral("administrator")},
    };
    return keys.value(name.simplified().toLower());
}

} // namespace

std::optional<QList<StaffListPerson>> parseStaffList(const QByteArray &bytes, QString *error) {
    std::optional<QList<Record>> rows = records(bytes, error);
    if (!rows)
        return std::nullopt;
    QHash<Column, int> at{{Column::StaffId, 0}, {Column::Name, 1}, {Column::Role, 2}};
    if (!rows->isEmpty()) {
        QHash<Column, int> header;
        const QStringList &first = rows->first().fields;
        for (int i = 0; i < first.size(); ++i) {
            if (const auto column = headerColumn(first.at(i)))
                header.insert(*column, i);
        }
        if (header.contains(Column::StaffId) && header.contains(Column::Name)) {
            at = header;
            rows->removeFirst();
        }
    }
    if (rows->isEmpty()) {
        *error = QStringLiteral("the file lists nobody");
        return std::nullopt;
    }
    static const QRegularExpression staffId(QStringLiteral("^[A-Za-z0-9_-]{1,32}$"));
    QList<StaffListPerson> people;
    QSet<QString> seen;
    for (const Record &r : std::as_const(*rows)) {
        const auto field = [&](Column c) {
            const int i = at.value(c, -1);
            return i >= 0 ? r.fields.value(i).trimmed() : QString();
        };
        StaffListPerson p{r.line, field(Column::StaffId), field(Column::Name), {}};
        const QString roleText = field(Column::Role);
        p.role = roleText.isEmpty() ? QStringLiteral("sampler") : roleKey(roleText);
        QString why;
        if (p.role.isEmpty())
            why = QStringLiteral("unknown role \"%1\" (sampler, site lead or administrator; "
                                 "采样员, 采样点负责人 or 设备管理员)")
                      .arg(roleText);
        else if (!staffId.match(p.staffId).hasMatch())
            why = QStringLiteral("the staff ID must be 1-32 letters, digits, '-' or '_'");
        else if (p.name.isEmpty() || p.name.size() > 64)
            why = QStringLiteral("the name must be 1-64 characters");
        else if (seen.contains(p.staffId))
            why = QStringLiteral("staff ID %1 is listed twice").arg(p.staffId);
        if (!why.isEmpty()) {
            *error = QStringLiteral("line %1: %2").arg(r.line).arg(why);
            return std::nullopt;
        }
        seen.insert(p.staffId);
        people.append(p);
    }
    return people;
}

} // namespace station::protocol
