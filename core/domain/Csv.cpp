// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Csv.h"

#include <QStringDecoder>

namespace station {

namespace {

bool isBlank(const QStringList &fields) {
    for (const QString &f : fields) {
        if (!f.trimmed().isEmpty())
            return false;
    }
    return true;
}

} // namespace

QByteArray Csv::byteOrderMark() {
    return QByteArrayLiteral("\xEF\xBB\xBF");
}

Result<QList<Csv::Record>> Csv::parse(const QByteArray &bytesIn) {
    QByteArray bytes = bytesIn;
    if (bytes.startsWith(byteOrderMark()))
        bytes.remove(0, byteOrderMark().size());
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return makeError(ErrorCode::InvalidInput,
                         tr("The file is not UTF-8 text; save it from the spreadsheet as "
                            "\"CSV UTF-8\"."));

    QList<Record> records;
    Record record;
    QString field;
    int line = 1;
    record.line = 1;
    bool quoted = false;       // inside a quoted field
    bool afterQuote = false;   // a quoted field just closed
    bool fieldStarted = false; // the current field has begun (so that a quote is inside it)
    const auto endField = [&] {
        record.fields.append(field);
        field.clear();
        afterQuote = false;
        fieldStarted = false;
    };
    const auto endRecord = [&] {
        endField();
        if (!isBlank(record.fields))
            records.append(record);
        record = Record();
        record.line = line;
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                // A CRLF inside a quoted field is kept as one line break, as written.
                if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                    continue;
                field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            ++line;
            endRecord();
        } else if (c == QLatin1Char('"')) {
            if (fieldStarted || afterQuote)
                return makeError(ErrorCode::InvalidInput,
                                 tr("Line %1: a quote inside a field that is not in quotes, or "
                                    "after the closing quote.")
                                     .arg(line));
            quoted = true;
            fieldStarted = true;
        } else {
            if (afterQuote)
                return makeError(ErrorCode::InvalidInput,
                                 tr("Line %1: text after the closing quote of a field.").arg(line));
            field.append(c);
            fieldStarted = true;
        }
    }
    if (quoted)
        return makeError(ErrorCode::InvalidInput,
                         tr("Line %1: a quoted field is not closed.").arg(record.line));
    if (fieldStarted || afterQuote || !record.fields.isEmpty())
        endRecord();
    return records;
}

QByteArray Csv::line(const QStringList &fields) {
    QByteArray out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out.append(',');
        QString f = fields.at(i);
        const bool mustQuote = f.contains(QLatin1Char(',')) || f.contains(QLatin1Char('"')) ||
                               f.contains(QLatin1Char('\n')) || f.contains(QLatin1Char('\r')) ||
                               f.startsWith(QLatin1Char(' ')) || f.endsWith(QLatin1Char(' '));
        if (mustQuote) {
            f.replace(QLatin1String("\""), QLatin1String("\"\""));
            f = QLatin1Char('"') + f + QLatin1Char('"');
        }
        out.append(f.toUtf8());
    }
    out.append("\r\n");
    return out;
}

} // namespace station
