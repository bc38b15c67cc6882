// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/domain/DomainError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace station {

// Comma-separated values as RFC 4180 describes and spreadsheets (Excel, WPS, LibreOffice)
// write them: UTF-8 with or without a byte-order mark, CRLF or LF line ends, fields in double
// quotes when they hold a comma, a quote (doubled) or a line break. Qt 6.4 has no reader.
class Csv {
    Q_DECLARE_TR_FUNCTIONS(station::Csv)

public:
    struct Record {
        int line = 0; // the line of the file the record starts on, from 1
        QStringList fields;
    };

    // Every record of `bytes`; blank lines are skipped. Refused (InvalidInput, naming the
    // line) when the text is not UTF-8, a quoted field is never closed, or a quote stands
    // inside an unquoted field or right after a closing one.
    static Result<QList<Record>> parse(const QByteArray &bytes);

    // One record as a line ending in CRLF, each field quoted only when it must be.
    static QByteArray line(const QStringList &fields);
    // What a file starts with so that a spreadsheet opens it as UTF-8.
    static QByteArray byteOrderMark();
};

} // namespace station
