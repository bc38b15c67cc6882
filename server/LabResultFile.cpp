// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/LabResultFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QThread>
#include <QTimeZone>

#include <algorithm>
#include <memory>

namespace station::server {

namespace {

enum class Column { Unknown, Tube, Lab, Result, TestedAt, CtValues, Ct };

// The column a header (or JSON member) names. Spaces, '_' and '-' and case do not matter.
Column columnOf(const QString &header) {
    QString name = header.trimmed().toLower();
    // Compiled once: a JSON result names its columns in every object of a batch.
    static const QRegularExpression separators(QStringLiteral("[\\s_\\-]"));
    name.remove(separators);
    static const QStringList tube{
        QStringLiteral("tube"),       QStringLiteral("tubecode"), QStringLiteral("tubeno"),
        QStringLiteral("barcode"),    QStringLiteral("管码"),     QStringLiteral("试管编码"),
        QStringLiteral("采样管编码"), QStringLiteral("采样管码"), QStringLiteral("试管条码"),
        QStringLiteral("样本编码"),   QStringLiteral("条码")};
    static const QStringList lab{QStringLiteral("lab"), QStringLiteral("laboratory"),
                                 QStringLiteral("检测机构"), QStringLiteral("实验室"),
                                 QStringLiteral("检测实验室")};
    static const QStringList result{QStringLiteral("result"), QStringLiteral("outcome"),
                                    QStringLiteral("检测结果"), QStringLiteral("结果")};
    static const QStringList tested{QStringLiteral("testedat"), QStringLiteral("testedtime"),
                                    QStringLiteral("tested"),   QStringLiteral("time"),
                                    QStringLiteral("检测时间"), QStringLiteral("报告时间"),
                                    QStringLiteral("检测日期")};
    static const QStringList ctValues{QStringLiteral("ct"), QStringLiteral("ctvalues"),
                                      QStringLiteral("ct值")};
    if (tube.contains(name))
        return Column::Tube;
    if (lab.contains(name))
        return Column::Lab;
    if (result.contains(name))
        return Column::Result;
    if (tested.contains(name))
        return Column::TestedAt;
    if (ctValues.contains(name))
        return Column::CtValues;
    // "ORF1ab Ct", "Ct_N", "N基因Ct值": one target's Ct value.
    static const QRegularExpression ct(QStringLiteral("(^|[^a-z])ct([^a-z]|$)"));
    if (ct.match(header.trimmed().toLower()).hasMatch())
        return Column::Ct;
    return Column::Unknown;
}

QJsonValue ctValue(const QString &text) {
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    return ok ? QJsonValue(value) : QJsonValue(text.trimmed());
}

// "ORF1ab=28.1;N=30.2" (a CSV cell) into {"ORF1ab":28.1,"N":30.2}.
QJsonObject ctValuesFromText(const QString &text) {
    QJsonObject values;
    const QStringList parts =
        text.split(QRegularExpression(QStringLiteral("[;,；，]")), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const qsizetype split = part.indexOf(QRegularExpression(QStringLiteral("[=:：]")));
        if (split > 0)
            values.insert(part.left(split).trimmed(), ctValue(part.mid(split + 1)));
        else if (!part.trimmed().isEmpty())
            values.insert(QStringLiteral("Ct"), ctValue(part));
    }
    return values;
}

// The fields of one line, as views into the file's text (or a JSON member's) that outlive
// the input made of them.
struct LineFields {
    QStringView tube, lab, result, testedAt;
    QJsonObject ctValues;
};

// normalisedOutcome without a string of its own for the common spellings: the exact Chinese
// words, or ASCII compared case-insensitively (what toLower() does to ASCII); anything else
// (other scripts, whose lower case is not ASCII's) goes through normalisedOutcome itself.
QString outcomeOf(QStringView text) {
    const QStringView value = text.trimmed();
    const bool ascii =
        std::all_of(value.begin(), value.end(), [](QChar c) { return c.unicode() < 0x80; });
    if (ascii) {
        if (value.compare(QLatin1String("negative"), Qt::CaseInsensitive) == 0)
            return QStringLiteral("negative");
        if (value.compare(QLatin1String("positive"), Qt::CaseInsensitive) == 0)
            return QStringLiteral("positive");
        if (value.compare(QLatin1String("invalid"), Qt::CaseInsensitive) == 0)
            return QStringLiteral("invalid");
        return QString();
    }
    if (value == QStringLiteral("阴性"))
        return QStringLiteral("negative");
    if (value == QStringLiteral("阳性"))
        return QStringLiteral("positive");
    if (value == QStringLiteral("无效"))
        return QStringLiteral("invalid");
    return normalisedOutcome(value.toString());
}

bool isNormalisedTestedAt(QStringView value);

QString testedAtOf(QStringView text, bool offsetRequired) {
    const QStringView value = text.trimmed();
    return isNormalisedTestedAt(value) ? value.toString()
                                       : normalisedTestedAt(text.toString(), offsetRequired);
}

// The separator a line would have were it not `used`: what a refusal names.
QChar otherSeparator(QStringView cell, QChar used) {
    for (const QChar candidate : {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')}) {
        if (candidate != used && cell.contains(candidate))
            return candidate;
    }
    return QChar();
}

QString separatorName(QChar separator) {
    return separator == QLatin1Char('\t') ? QStringLiteral("tab")
                                          : QStringLiteral("'%1'").arg(separator);
}

// `lastLab`, when given, is the lab of the line before: a file names one lab on most lines,
// and the same text is then shared, not copied for every result.
LabResultInput checked(const LineFields &fields, const QString &defaultLab, int line,
                       const LabResultRules &rules, QString *lastLab = nullptr) {
    LabResultInput input;
    input.line = line;
    LabResult result;
    result.tube = normalisedTubeCode(fields.tube);
    const QStringView lab = fields.lab.trimmed();
    if (lab.isEmpty()) {
        result.lab = defaultLab;
    } else if (lastLab && *lastLab == lab) {
        result.lab = *lastLab;
    } else {
        result.lab = lab.toString();
        if (lastLab)
            *lastLab = result.lab;
    }
    result.outcome = outcomeOf(fields.result);
    result.testedAt = testedAtOf(fields.testedAt, rules.offsetRequired);
    result.ctValues = fields.ctValues;
    const auto refuse = [&input](const QString &code, const QString &reason) {
        input.code = code;
        input.reason = reason;
    };
    if (result.tube.isEmpty()) {
        refuse(LabResultRefusal::MissingTube,
               QCoreApplication::translate("LabResultFile", "the tube code is missing"));
    } else if (result.lab.isEmpty()) {
        refuse(LabResultRefusal::MissingLab,
               QCoreApplication::translate("LabResultFile", "the lab is missing"));
    } else if (result.outcome.isEmpty()) {
        refuse(LabResultRefusal::BadOutcome,
               QCoreApplication::translate("LabResultFile",
                                           "the result must be negative, positive or invalid "
                                           "(阴性, 阳性, 无效), not '%1'")
                   .arg(fields.result.trimmed().left(40)));
    } else if (result.testedAt.isEmpty() && rules.offsetRequired &&
               !normalisedTestedAt(fields.testedAt.toString()).isEmpty()) {
        refuse(LabResultRefusal::TestedAtWithoutOffset,
               QCoreApplication::translate("LabResultFile",
                                           "tested_at '%1' has no time zone offset: send ISO "
                                           "8601 with an offset, e.g. 2026-11-25T14:03:00+08:00")
                   .arg(fields.testedAt.trimmed().left(40)));
    } else if (result.testedAt.isEmpty()) {
        refuse(LabResultRefusal::BadTestedAt,
               QCoreApplication::translate("LabResultFile",
                                           "the tested time '%1' is not a date and time")
                   .arg(fields.testedAt.trimmed().left(40)));
    } else if (!rules.latestTestedAt.isEmpty() && result.testedAt > rules.latestTestedAt) {
        // Both texts are UTC with milliseconds, of one width: compared as text, in time order.
        refuse(LabResultRefusal::TestedAtInFuture,
               QCoreApplication::translate("LabResultFile",
                                           "tested_at %1 is after the server's time (more than "
                                           "%2 minutes ahead): check the lab's clock, date and "
                                           "time zone")
                   .arg(result.testedAt)
                   .arg(kTestedAtSkewSeconds / 60));
    } else {
        input.result = result;
    }
    return input;
}

// One data row of a CSV file, by the columns its header names.
LabResultInput inputOfRow(const QStringView *cells, qsizetype count, const QList<Column> &columns,
                          const QStringList &headers, const QString &defaultLab, int line,
                          const LabResultRules &rules, QChar separator, QString *lastLab) {
    // One cell where the header has several: the line is separated by another character.
    if (count == 1 && columns.size() > 1) {
        if (const QChar other = otherSeparator(cells[0], separator); !other.isNull()) {
            LabResultInput input;
            input.line = line;
            input.code = LabResultRefusal::WrongSeparator;
            input.reason = QCoreApplication::translate("LabResultFile",
                                                       "wrong separator: this line uses %1, the "
                                                       "header %2")
                               .arg(separatorName(other), separatorName(separator));
            return input;
        }
    }
    LineFields fields;
    for (qsizetype c = 0; c < count && c < columns.size(); ++c) {
        const QStringView cell = cells[c];
        switch (columns.at(c)) {
        case Column::Tube:
            fields.tube = cell;
            break;
        case Column::Lab:
            fields.lab = cell;
            break;
        case Column::Result:
            fields.result = cell;
            break;
        case Column::TestedAt:
            fields.testedAt = cell;
            break;
        case Column::CtValues:
            fields.ctValues = ctValuesFromText(cell.toString());
            break;
        case Column::Ct:
            if (!cell.trimmed().isEmpty())
                fields.ctValues.insert(headers.at(c).trimmed(), ctValue(cell.toString()));
            break;
        case Column::Unknown:
            break;
        }
    }
    return checked(fields, defaultLab, line, rules, lastLab);
}

// From this many characters a CSV file is read in two halves at once.
constexpr qsizetype kTwoHalvesFrom = 256 * 1024;

// The cells of a CSV text, row after row, as views into the text: a cell that is not one
// piece of it (a doubled quote inside quotes, text on both sides of a quote, a '\r' dropped
// from its middle) is put together in `owned` and viewed there (a QString's characters stay
// where they are when the list that holds it grows).
struct CsvCells {
    QList<QStringView> cells;
    QList<qsizetype> rowEnds; // each row: the index past its last cell
    QList<int> lines;         // each row: the line it begins on
    QList<QString> owned;

    qsizetype rowCount() const { return rowEnds.size(); }
    qsizetype rowBegin(qsizetype row) const { return row == 0 ? 0 : rowEnds.at(row - 1); }
};

// RFC 4180 fields of one CSV text: rows of cells (quotes, doubled quotes, CRLF). Each cell
// is a view of the text where it is one piece of it, as nearly every cell of a lab's export
// is: a string of its own for each cell, and a list for each row, made parsing most of a
// bulk import's CPU before its COPY (docs/benchmarks.md, "Results", sessions 30 and 32).
CsvCells csvRows(QStringView text, QChar separator) {
    CsvCells out;
    const qsizetype expectedRows = text.count(QLatin1Char('\n')) + 1;
    out.rowEnds.reserve(expectedRows);
    out.lines.reserve(expectedRows);
    out.cells.reserve(expectedRows * 5);
    qsizetype rowStart = 0; // the current row's first cell in out.cells
    QStringView piece;      // the cell so far, while it is one piece of the text
    bool started = false;   // a piece is set
    QString built;          // the cell so far, once it is more than one piece
    bool building = false;
    const auto append = [&](QStringView more) {
        if (!building && !started) {
            piece = more;
            started = true;
            return;
        }
        if (!building) {
            built = piece.toString();
            building = true;
        }
        built += more;
    };
    const auto endCell = [&] {
        if (building) {
            out.owned.append(built);
            out.cells.append(QStringView(out.owned.last()));
            built.clear();
        } else {
            out.cells.append(piece);
        }
        piece = QStringView();
        started = building = false;
    };
    bool quoted = false;
    int line = 1;
    int rowLine = 1;
    const auto endRow = [&] {
        endCell();
        bool blank = true;
        for (qsizetype c = rowStart; c < out.cells.size() && blank; ++c)
            blank = out.cells.at(c).trimmed().isEmpty();
        if (blank) {
            out.cells.resize(rowStart);
        } else {
            out.rowEnds.append(out.cells.size());
            out.lines.append(rowLine);
        }
        rowStart = out.cells.size();
        rowLine = line;
    };
    const qsizetype size = text.size();
    const auto plain = [separator](QChar c) {
        return c != QLatin1Char('"') && c != separator && c != QLatin1Char('\n') &&
               c != QLatin1Char('\r');
    };
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (!quoted && plain(c)) {
            qsizetype end = i + 1;
            while (end < size && plain(text.at(end)))
                ++end;
            append(text.sliced(i, end - i));
            i = end - 1;
            continue;
        }
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < size && text.at(i + 1) == QLatin1Char('"')) {
                    append(text.sliced(i, 1));
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                qsizetype end = i;
                while (end < size && text.at(end) != QLatin1Char('"')) {
                    if (text.at(end) == QLatin1Char('\n'))
                        ++line;
                    ++end;
                }
                append(text.sliced(i, end - i));
                i = end - 1;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == separator) {
            endCell();
        } else if (c == QLatin1Char('\n')) {
            ++line;
            endRow();
        }
        // '\r' outside quotes is dropped.
    }
    if ((started && !piece.isEmpty()) || (building && !built.isEmpty()) ||
        out.cells.size() > rowStart)
        endRow();
    return out;
}

// The file's text: UTF-8, or else GB18030 (which includes GBK and GB2312), as Chinese lab
// software exports it. Bytes that are neither are refused, never read with replacement
// characters in the tube codes.
std::optional<QString> labFileText(const QByteArray &bytes, QString *error) {
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(bytes);
    if (!utf8.hasError())
        return text;
    QStringDecoder gb18030("GB18030", QStringDecoder::Flag::Stateless);
    if (!gb18030.isValid()) {
        *error = QCoreApplication::translate(
            "LabResultFile", "the file is not UTF-8 and this server's Qt cannot read GB18030 "
                             "(GBK); save the file as UTF-8");
        return std::nullopt;
    }
    const QString chinese = gb18030.decode(bytes);
    if (!gb18030.hasError())
        return chinese;
    *error = QCoreApplication::translate("LabResultFile",
                                         "the file is neither UTF-8 nor GB18030 (GBK) text; "
                                         "save it as UTF-8 or GBK CSV, or as JSON lines");
    return std::nullopt;
}

} // namespace

QString normalisedOutcome(const QString &text) {
    const QString value = text.trimmed().toLower();
    if (value == QLatin1String("negative") || value == QStringLiteral("阴性"))
        return QStringLiteral("negative");
    if (value == QLatin1String("positive") || value == QStringLiteral("阳性"))
        return QStringLiteral("positive");
    if (value == QLatin1String("invalid") || value == QStringLiteral("无效"))
        return QStringLiteral("invalid");
    return QString();
}

// Whether `value` is already what normalisedTestedAt gives (2026-11-26T08:00:00.000Z), as a
// lab system posting through the API sends it: checked by its digits, not parsed again.
namespace {
bool isNormalisedTestedAt(QStringView value) {
    static constexpr char kShape[] = "dddd-dd-ddTdd:dd:dd.dddZ";
    if (value.size() != qsizetype(sizeof(kShape) - 1))
        return false;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (kShape[i] == 'd' ? c.unicode() < '0' || c.unicode() > '9' : c != QLatin1Char(kShape[i]))
            return false;
    }
    const auto number = [&value](qsizetype from, qsizetype length) {
        int n = 0;
        for (qsizetype i = from; i < from + length; ++i)
            n = n * 10 + (value.at(i).unicode() - '0');
        return n;
    };
    return QDate(number(0, 4), number(5, 2), number(8, 2)).isValid() &&
           QTime(number(11, 2), number(14, 2), number(17, 2), number(20, 3)).isValid();
}
} // namespace

LabResultRules LabResultRules::now(bool offsetRequired) {
    LabResultRules rules;
    rules.latestTestedAt =
        QDateTime::currentDateTimeUtc().addSecs(kTestedAtSkewSeconds).toString(Qt::ISODateWithMs);
    rules.offsetRequired = offsetRequired;
    return rules;
}

bool looksLikeTubeCode(const QString &code) {
    const auto upper = [](QChar c) { return c >= QLatin1Char('A') && c <= QLatin1Char('Z'); };
    const auto digit = [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); };
    qsizetype i = 0;
    const qsizetype size = code.size();
    while (i < size && i < 4 && upper(code.at(i)))
        ++i;
    qsizetype digits = 0;
    while (i < size && digit(code.at(i))) {
        ++i;
        ++digits;
    }
    // A check digit last is counted with the digits: 4 to 16 of them, or up to 17 with it.
    if (i == size)
        return digits >= 4 && digits <= 17;
    const QChar check = code.at(i);
    return i + 1 == size && digits >= 4 && digits <= 16 &&
           (upper(check) || check == QLatin1Char('*'));
}

QString normalisedTestedAt(const QString &text, bool offsetRequired) {
    const QString value = text.trimmed();
    if (value.isEmpty())
        return QString();
    if (isNormalisedTestedAt(value))
        return value;
    QDateTime at = QDateTime::fromString(value, Qt::ISODateWithMs);
    if (offsetRequired)
        return at.isValid() && at.timeSpec() != Qt::LocalTime
                   ? at.toUTC().toString(Qt::ISODateWithMs)
                   : QString();
    if (!at.isValid()) {
        for (const QString &format :
             {QStringLiteral("yyyy-MM-dd HH:mm:ss"), QStringLiteral("yyyy-MM-dd HH:mm"),
              QStringLiteral("yyyy/M/d H:mm:ss"), QStringLiteral("yyyy/M/d H:mm")}) {
            at = QDateTime::fromString(value, format);
            if (at.isValid())
                break;
        }
    }
    if (!at.isValid())
        return QString();
    return at.toUTC().toString(Qt::ISODateWithMs);
}

LabResultInput labResultFromJson(const QJsonObject &object, const QString &defaultLab,
                                 const LabResultRules &rules) {
    LineFields fields;
    QString tube, lab, result, testedAt; // what `fields` views
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QJsonValue value = it.value();
        const QString asText =
            value.isDouble() ? QString::number(value.toDouble()) : value.toString();
        switch (columnOf(it.key())) {
        case Column::Tube:
            tube = asText;
            fields.tube = tube;
            break;
        case Column::Lab:
            lab = asText;
            fields.lab = lab;
            break;
        case Column::Result:
            result = asText;
            fields.result = result;
            break;
        case Column::TestedAt:
            testedAt = asText;
            fields.testedAt = testedAt;
            break;
        case Column::CtValues:
            if (value.isObject())
                fields.ctValues = value.toObject();
            else if (value.isString())
                fields.ctValues = ctValuesFromText(value.toString());
            else if (value.isDouble())
                fields.ctValues.insert(QStringLiteral("Ct"), value.toDouble());
            break;
        case Column::Ct:
            if (!asText.trimmed().isEmpty())
                fields.ctValues.insert(it.key().trimmed(),
                                       value.isDouble() ? value : ctValue(asText));
            break;
        case Column::Unknown:
            break;
        }
    }
    return checked(fields, defaultLab, 0, rules);
}

std::optional<QList<LabResultInput>> parseLabResultFile(const QByteArray &bytes,
                                                        const QString &defaultLab, QString *error,
                                                        const LabResultRules &rules) {
    const std::optional<QString> decoded = labFileText(bytes, error);
    if (!decoded)
        return std::nullopt;
    QString text = *decoded;
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<LabResultInput> inputs;
    if (text.trimmed().startsWith(QLatin1Char('{'))) {
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i) {
            const QString line = lines.at(i).trimmed();
            if (line.isEmpty())
                continue;
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(line.toUtf8(), &parseError);
            if (!document.isObject()) {
                LabResultInput input;
                input.line = i + 1;
                input.code = LabResultRefusal::NotJson;
                input.reason =
                    QCoreApplication::translate("LabResultFile", "line %1 is not a JSON object")
                        .arg(i + 1);
                inputs.append(input);
                continue;
            }
            LabResultInput input = labResultFromJson(document.object(), defaultLab, rules);
            input.line = i + 1;
            inputs.append(input);
        }
        return inputs;
    }
    // A large file without quotes (a quoted cell may hold a line break) is read in two halves
    // at once, split at a line break: reading and checking the cells is most of an import's
    // CPU before its first row reaches the database (docs/benchmarks.md, "Results").
    qsizetype split = text.size();
    if (text.size() >= kTwoHalvesFrom && !text.contains(QLatin1Char('"'))) {
        const qsizetype lineBreak = text.indexOf(QLatin1Char('\n'), text.size() / 2);
        if (lineBreak >= 0)
            split = lineBreak + 1;
    }
    const QStringView whole(text);
    // The separator is the header line's: ',' unless it has none and has ';' or a tab (a
    // spreadsheet saved with the locale's list separator).
    QChar separator = QLatin1Char(',');
    {
        const QStringView trimmed = whole.trimmed();
        const qsizetype lineEnd = trimmed.indexOf(QLatin1Char('\n'));
        const QStringView header = lineEnd < 0 ? trimmed : trimmed.first(lineEnd);
        if (!header.contains(QLatin1Char(','))) {
            if (header.contains(QLatin1Char(';')))
                separator = QLatin1Char(';');
            else if (header.contains(QLatin1Char('\t')))
                separator = QLatin1Char('\t');
        }
    }
    CsvCells second;
    std::unique_ptr<QThread> secondHalf;
    if (split < text.size()) {
        // Its lines are numbered from 1: the first half's lines are added after.
        secondHalf.reset(
            QThread::create([&] { second = csvRows(whole.sliced(split), separator); }));
        secondHalf->start();
    }
    CsvCells first = csvRows(whole.first(split), separator);
    if (secondHalf) {
        secondHalf->wait();
        const int before = int(whole.first(split).count(QLatin1Char('\n')));
        for (int &line : second.lines)
            line += before;
        if (first.rowCount() == 0) // the header in the second half: one list, as without the split
            std::swap(first, second);
    }
    if (first.rowCount() == 0) {
        *error = QCoreApplication::translate("LabResultFile", "the file holds no results");
        return std::nullopt;
    }
    QStringList headers;
    for (qsizetype c = 0; c < first.rowEnds.first(); ++c)
        headers.append(first.cells.at(c).toString());
    QList<Column> columns;
    for (const QString &header : std::as_const(headers))
        columns.append(columnOf(header));
    if (!columns.contains(Column::Tube) || !columns.contains(Column::Result) ||
        !columns.contains(Column::TestedAt)) {
        *error = QCoreApplication::translate(
            "LabResultFile", "the first line is no header naming the tube code, the result "
                             "and the tested time (tube,lab,result,tested_at or "
                             "管码,检测机构,检测结果,检测时间)");
        return std::nullopt;
    }
    inputs.resize(first.rowCount() - 1 + second.rowCount());
    const auto convert = [&](const CsvCells &from, qsizetype firstRow, LabResultInput *to) {
        QString lastLab;
        for (qsizetype r = firstRow; r < from.rowCount(); ++r) {
            const qsizetype begin = from.rowBegin(r);
            *to++ = inputOfRow(from.cells.constData() + begin, from.rowEnds.at(r) - begin, columns,
                               headers, defaultLab, from.lines.at(r), rules, separator, &lastLab);
        }
    };
    LabResultInput *const out = inputs.data();
    std::unique_ptr<QThread> secondConvert;
    if (second.rowCount() > 0) {
        secondConvert.reset(
            QThread::create(convert, std::cref(second), 0, out + first.rowCount() - 1));
        secondConvert->start();
    }
    convert(first, 1, out);
    if (secondConvert)
        secondConvert->wait();
    return inputs;
}

QString normalisedTubeCode(QStringView code) {
    const QStringView tube = code.trimmed();
    if (std::any_of(tube.begin(), tube.end(), [](QChar c) { return c.isLower(); }))
        return tube.toString().toUpper();
    return tube.toString();
}

} // namespace station::server
