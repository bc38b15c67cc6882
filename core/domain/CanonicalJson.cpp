// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/CanonicalJson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace station::canonicaljson {

namespace {

void appendEscapedUnit(QByteArray &out, char16_t unit) {
    static constexpr char hex[] = "0123456789abcdef";
    out += "\\u";
    out += hex[(unit >> 12) & 0xF];
    out += hex[(unit >> 8) & 0xF];
    out += hex[(unit >> 4) & 0xF];
    out += hex[unit & 0xF];
}

void appendNumber(QByteArray &out, double d) {
    constexpr double maxExactInteger = 9007199254740992.0; // 2^53
    if (!std::isfinite(d)) {
        out += "null"; // JSON has no representation; QJsonValue never holds these anyway
        return;
    }
    if (d == std::floor(d) && std::fabs(d) <= maxExactInteger) {
        out += QByteArray::number(static_cast<qint64>(d));
        return;
    }
    out += QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
}

} // namespace

void appendString(QByteArray &out, QStringView text) {
    out += '"';
    qsizetype runStart = 0; // start of the pending run of characters written as UTF-8
    auto flush = [&](qsizetype end) {
        if (end > runStart)
            out += text.mid(runStart, end - runStart).toUtf8();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        const char *escape = nullptr;
        switch (c) {
        case u'"':
            escape = "\\\"";
            break;
        case u'\\':
            escape = "\\\\";
            break;
        case u'\b':
            escape = "\\b";
            break;
        case u'\f':
            escape = "\\f";
            break;
        case u'\n':
            escape = "\\n";
            break;
        case u'\r':
            escape = "\\r";
            break;
        case u'\t':
            escape = "\\t";
            break;
        default:
            break;
        }
        if (escape) {
            flush(i);
            out += escape;
            runStart = i + 1;
            continue;
        }
        if (c < 0x20) {
            flush(i);
            appendEscapedUnit(out, c);
            runStart = i + 1;
            continue;
        }
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() &&
            QChar::isLowSurrogate(text.at(i + 1).unicode())) {
            ++i; // a valid pair stays in the run and is written as one UTF-8 sequence
            continue;
        }
        if (QChar::isSurrogate(c)) {
            // An unpaired surrogate has no UTF-8 form; escaping keeps the text exact.
            flush(i);
            appendEscapedUnit(out, c);
            runStart = i + 1;
        }
    }
    flush(text.size());
    out += '"';
}

void appendValue(QByteArray &out, const QJsonValue &value) {
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        break;
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        break;
    case QJsonValue::Double:
        appendNumber(out, value.toDouble());
        break;
    case QJsonValue::String:
        appendString(out, value.toString());
        break;
    case QJsonValue::Array: {
        out += '[';
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0)
                out += ',';
            appendValue(out, array.at(i));
        }
        out += ']';
        break;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        // Sorted by UTF-8 bytes (QByteArray compares bytes unsigned), not by UTF-16 units.
        std::vector<std::pair<QByteArray, QString>> keys;
        keys.reserve(std::size_t(object.size()));
        for (auto it = object.begin(); it != object.end(); ++it)
            keys.emplace_back(it.key().toUtf8(), it.key());
        std::sort(keys.begin(), keys.end(),
                  [](const auto &a, const auto &b) { return a.first < b.first; });
        out += '{';
        bool first = true;
        for (const auto &key : keys) {
            if (!first)
                out += ',';
            first = false;
            appendString(out, key.second);
            out += ':';
            appendValue(out, object.value(key.second));
        }
        out += '}';
        break;
    }
    }
}

QByteArray serialize(const QJsonValue &value) {
    QByteArray out;
    appendValue(out, value);
    return out;
}

} // namespace station::canonicaljson
