// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/JsonKeyScanner.h"

#include <QSet>

namespace station {

namespace {

// A forward-only reader over text already accepted by QJsonDocument, so it only has
// to find boundaries, not report syntax errors; it stops safely on anything odd.
class TopLevelKeyReader {
public:
    explicit TopLevelKeyReader(const QByteArray &json)
        : m_data(json) {}

    std::optional<QString> firstDuplicate() {
        skipWhitespace();
        if (!consume('{'))
            return std::nullopt;
        QSet<QString> seen;
        skipWhitespace();
        if (consume('}'))
            return std::nullopt;
        while (m_pos < m_data.size()) {
            skipWhitespace();
            QString key;
            if (!readString(&key))
                return std::nullopt;
            if (seen.contains(key))
                return key;
            seen.insert(key);
            skipWhitespace();
            if (!consume(':'))
                return std::nullopt;
            skipWhitespace();
            if (!skipValue())
                return std::nullopt;
            skipWhitespace();
            if (!consume(','))
                return std::nullopt; // '}' or the end: no duplicate found
        }
        return std::nullopt;
    }

private:
    char peek() const { return m_pos < m_data.size() ? m_data.at(m_pos) : '\0'; }

    bool consume(char c) {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }

    void skipWhitespace() {
        while (m_pos < m_data.size()) {
            const char c = m_data.at(m_pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                return;
            ++m_pos;
        }
    }

    static int hexValue(char c) {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    // Reads a string literal at the current position; `out` receives its decoded text
    // (or nothing when out is null).
    bool readString(QString *out) {
        if (!consume('"'))
            return false;
        QByteArray run; // raw UTF-8 between escapes
        auto flush = [&] {
            if (out && !run.isEmpty())
                out->append(QString::fromUtf8(run));
            run.clear();
        };
        while (m_pos < m_data.size()) {
            const char c = m_data.at(m_pos++);
            if (c == '"') {
                flush();
                return true;
            }
            if (c != '\\') {
                run += c;
                continue;
            }
            if (m_pos >= m_data.size())
                return false;
            const char e = m_data.at(m_pos++);
            char16_t unit = 0;
            switch (e) {
            case 'b':
                unit = u'\b';
                break;
            case 'f':
                unit = u'\f';
                break;
            case 'n':
                unit = u'\n';
                break;
            case 'r':
                unit = u'\r';
                break;
            case 't':
                unit = u'\t';
                break;
            case 'u': {
                if (m_pos + 4 > m_data.size())
                    return false;
                int value = 0;
                for (int i = 0; i < 4; ++i) {
                    const int h = hexValue(m_data.at(m_pos++));
                    if (h < 0)
                        return false;
                    value = value * 16 + h;
                }
                unit = char16_t(value);
                break;
            }
            default: // '"', '\\', '/'
                unit = char16_t(static_cast<unsigned char>(e));
                break;
            }
            flush();
            if (out)
                out->append(QChar(unit)); // surrogate pairs arrive as two units
        }
        return false;
    }

    bool skipValue() {
        const char c = peek();
        if (c == '"')
            return readString(nullptr);
        if (c == '{' || c == '[') {
            int depth = 0;
            while (m_pos < m_data.size()) {
                const char d = peek();
                if (d == '"') {
                    if (!readString(nullptr))
                        return false;
                    continue;
                }
                ++m_pos;
                if (d == '{' || d == '[')
                    ++depth;
                else if ((d == '}' || d == ']') && --depth == 0)
                    return true;
            }
            return false;
        }
        // number, true, false, null: up to the next delimiter
        while (m_pos < m_data.size()) {
            const char d = peek();
            if (d == ',' || d == '}' || d == ' ' || d == '\t' || d == '\n' || d == '\r')
                break;
            ++m_pos;
        }
        return true;
    }

    const QByteArray &m_data;
    qsizetype m_pos = 0;
};

} // namespace

std::optional<QString> findDuplicateTopLevelKey(const QByteArray &json) {
    return TopLevelKeyReader(json).firstDuplicate();
}

} // namespace station
