// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/BatchStatement.h"

#include <QSqlDriver>

#include <sqlite3.h>

namespace station::server {

BatchStatement::BatchStatement(const QSqlDatabase &db) {
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") == 0 && handle.data())
        m_db = *static_cast<sqlite3 *const *>(handle.data());
    else
        m_query.emplace(db);
}

BatchStatement::~BatchStatement() {
    if (m_statement)
        sqlite3_finalize(m_statement);
}

bool BatchStatement::fail() {
    m_error = QSqlError(QString::fromUtf8(sqlite3_errmsg(m_db)), {}, QSqlError::StatementError,
                        QString::number(sqlite3_extended_errcode(m_db)));
    return false;
}

bool BatchStatement::prepare(const QString &sql) {
    if (m_query)
        return m_query->prepare(sql);
    if (m_statement) {
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v3(m_db, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT,
                           &m_statement, nullptr) != SQLITE_OK ||
        !m_statement) {
        m_statement = nullptr;
        return fail();
    }
    m_parameters = sqlite3_bind_parameter_count(m_statement);
    m_texts.assign(size_t(m_parameters), QByteArray());
    m_bound = 0;
    m_error = QSqlError();
    return true;
}

void BatchStatement::addBindValue(const QString &value) {
    if (m_query) {
        m_query->addBindValue(value);
        return;
    }
    if (m_bound == 0)
        finish(); // a statement still on a row cannot take new values
    const int position = ++m_bound;
    if (!m_statement || position > m_parameters)
        return; // exec() refuses the count
    if (value.isNull()) {
        sqlite3_bind_null(m_statement, position);
        return;
    }
    QByteArray &utf8 = m_texts[size_t(position - 1)];
    // Most values are ASCII (uuids, times, codes, keys): copied into the buffer this
    // parameter keeps, without a new allocation per value.
    const qsizetype length = value.size();
    utf8.resize(length);
    char *out = utf8.data();
    const QChar *in = value.constData();
    qsizetype i = 0;
    for (; i < length && in[i].unicode() < 0x80; ++i)
        out[i] = char(in[i].unicode());
    if (i < length)
        utf8 = value.toUtf8();
    sqlite3_bind_text(m_statement, position, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

void BatchStatement::addBindValue(const QVariant &value) {
    if (m_query) {
        m_query->addBindValue(value);
        return;
    }
    if (value.typeId() == QMetaType::QString) {
        addBindValue(*static_cast<const QString *>(value.constData()));
        return;
    }
    if (m_bound == 0)
        finish();
    const int position = ++m_bound;
    if (!m_statement || position > m_parameters)
        return;
    // As Qt's SQLite driver binds them.
    if (value.isNull()) {
        sqlite3_bind_null(m_statement, position);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::Long:
    case QMetaType::Short:
        sqlite3_bind_int64(m_statement, position, value.toLongLong());
        return;
    case QMetaType::Double:
    case QMetaType::Float:
        sqlite3_bind_double(m_statement, position, value.toDouble());
        return;
    case QMetaType::QByteArray: {
        QByteArray &bytes = m_texts[size_t(position - 1)];
        bytes = value.toByteArray();
        sqlite3_bind_blob(m_statement, position, bytes.constData(), int(bytes.size()),
                          SQLITE_STATIC);
        return;
    }
    default: {
        QByteArray &utf8 = m_texts[size_t(position - 1)];
        utf8 = value.toString().toUtf8();
        sqlite3_bind_text(m_statement, position, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
        return;
    }
    }
}

bool BatchStatement::exec() {
    if (m_query)
        return m_query->exec();
    const int bound = m_bound;
    m_bound = 0;
    m_changes = 0;
    if (!m_statement) {
        m_error =
            QSqlError(QStringLiteral("statement not prepared"), {}, QSqlError::StatementError);
        return false;
    }
    if (bound == 0)
        finish(); // no values (a statement without parameters): start afresh
    if (bound != m_parameters) {
        m_error =
            QSqlError(QStringLiteral("Parameter count mismatch"), {}, QSqlError::StatementError);
        return false;
    }
    m_error = QSqlError();
    switch (sqlite3_step(m_statement)) {
    case SQLITE_ROW:
        m_pendingRow = true;
        return true;
    case SQLITE_DONE:
        m_changes = sqlite3_changes(m_db);
        sqlite3_reset(m_statement);
        return true;
    default:
        fail();
        sqlite3_reset(m_statement);
        return false;
    }
}

bool BatchStatement::next() {
    if (m_query)
        return m_query->next();
    if (m_pendingRow) {
        m_pendingRow = false;
        m_onRow = true;
        return true;
    }
    if (!m_onRow)
        return false;
    switch (sqlite3_step(m_statement)) {
    case SQLITE_ROW:
        return true;
    case SQLITE_DONE:
        finish();
        return false;
    default:
        fail();
        finish();
        return false;
    }
}

QVariant BatchStatement::value(int index) const {
    if (m_query)
        return m_query->value(index);
    if (!m_onRow || index < 0 || index >= sqlite3_column_count(m_statement))
        return {};
    switch (sqlite3_column_type(m_statement, index)) {
    case SQLITE_INTEGER:
        return QVariant(qlonglong(sqlite3_column_int64(m_statement, index)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_statement, index));
    case SQLITE_NULL:
        return QVariant(QMetaType::fromType<QString>());
    case SQLITE_BLOB:
        return QVariant(
            QByteArray(static_cast<const char *>(sqlite3_column_blob(m_statement, index)),
                       sqlite3_column_bytes(m_statement, index)));
    default: {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, index));
        return QVariant(QString::fromUtf8(text, sqlite3_column_bytes(m_statement, index)));
    }
    }
}

int BatchStatement::numRowsAffected() const {
    return m_query ? m_query->numRowsAffected() : m_changes;
}

void BatchStatement::finish() {
    if (m_query) {
        m_query->finish();
        return;
    }
    if (m_statement && (m_onRow || m_pendingRow))
        sqlite3_reset(m_statement);
    m_onRow = m_pendingRow = false;
}

QSqlError BatchStatement::lastError() const {
    return m_query ? m_query->lastError() : m_error;
}

} // namespace station::server
