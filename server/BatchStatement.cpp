// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/BatchStatement.h"

#include <QHash>
#include <QLocale>
#include <QSqlDriver>

#include <deque>
#include <libpq-fe.h>
#include <sqlite3.h>

namespace station::server {

// What BatchStatement keeps of one PostgreSQL connection: the statements prepared on it
// (by their SQL, for the connection's life: preparing per batch was two round trips per
// statement and batch) and the answers still on their way in libpq's pipeline mode. A child
// of Qt's driver object, so it lives as long as the connection's driver does.
class PgSession : public QObject {
public:
    explicit PgSession(QObject *driver)
        : QObject(driver) {
        setObjectName(QLatin1String(kName));
    }

    static constexpr const char *kName = "station.server.BatchStatement";

    // The session of `db`'s connection; nullptr when it is not a PostgreSQL connection.
    static PgSession *of(const QSqlDatabase &db) {
        QSqlDriver *driver = db.driver();
        if (!driver)
            return nullptr;
        const QVariant handle = driver->handle();
        // Qt names the type by its struct (pg_conn*) or its typedef (PGconn*).
        if ((qstrcmp(handle.typeName(), "PGconn*") != 0 &&
             qstrcmp(handle.typeName(), "pg_conn*") != 0) ||
            !handle.data())
            return nullptr;
        PGconn *conn = *static_cast<PGconn *const *>(handle.data());
        if (!conn)
            return nullptr;
        auto *session = static_cast<PgSession *>(
            driver->findChild<QObject *>(QLatin1String(kName), Qt::FindDirectChildrenOnly));
        if (!session)
            session = new PgSession(driver);
        if (session->conn != conn) { // opened again: nothing of the old connection holds
            session->conn = conn;
            session->names.clear();
            session->pending.clear();
            session->piping = false;
            session->error = QSqlError();
        }
        return session;
    }

    static QSqlError errorOf(const PGresult *result, PGconn *conn) {
        const char *text = result ? PQresultErrorMessage(result) : nullptr;
        QString message = QString::fromUtf8(text && *text ? text : PQerrorMessage(conn)).trimmed();
        const QString code =
            result ? QString::fromLatin1(PQresultErrorField(result, PG_DIAG_SQLSTATE)) : QString();
        if (result && PQresultStatus(result) == PGRES_PIPELINE_ABORTED && message.isEmpty())
            message = QStringLiteral("not run: an earlier statement of the batch failed");
        if (!code.isEmpty())
            message += QStringLiteral("(%1)").arg(code);
        return QSqlError(QStringLiteral("QPSQL: Unable to create query"), message,
                         QSqlError::StatementError, code);
    }

    static bool succeeded(const PGresult *result) {
        const ExecStatusType status = PQresultStatus(result);
        return result && (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK);
    }

    // Results a forward-only QSqlQuery left unread: Qt's driver discards them too before it
    // sends another statement.
    void discardForeign() {
        while (PGresult *r = PQgetResult(conn))
            PQclear(r);
    }

    bool enterPipeline() {
        discardForeign();
        if (PQenterPipelineMode(conn) != 1)
            return false;
        piping = true;
        return true;
    }

    void noteError(const QSqlError &failure) {
        if (!error.isValid())
            error = failure;
    }

    // Reads the answer at the front of the queue and gives it to the statement that waits
    // for it; any failure becomes the session's error.
    void readOne() {
        const Pending front = pending.front();
        pending.pop_front();
        PGresult *answer = nullptr;
        // In pipeline mode each statement's results end with a null result.
        while (PGresult *r = PQgetResult(conn)) {
            if (!answer)
                answer = r;
            else
                PQclear(r);
        }
        if (!succeeded(answer)) {
            noteError(errorOf(answer, conn));
            if (!front.prepared.isEmpty())
                names.remove(front.prepared); // not prepared: prepared again when next run
        }
        if (front.owner && front.owner->m_awaiting == front.ticket) {
            front.owner->m_result = answer;
            front.owner->m_awaiting = 0;
        } else {
            PQclear(answer);
        }
    }

    // Reads the answers up to `ticket`'s, asking the server for those it has not sent yet.
    void readUntil(quint64 ticket) {
        if (ticket > flushedTo) {
            if (PQsendFlushRequest(conn) != 1 || PQflush(conn) != 0)
                noteError(errorOf(nullptr, conn));
            flushedTo = lastTicket;
        }
        while (!pending.empty() && pending.front().ticket <= ticket)
            readOne();
    }

    QSqlError settle() {
        if (piping) {
            if (PQpipelineSync(conn) != 1)
                noteError(errorOf(nullptr, conn));
            flushedTo = lastTicket;
            while (!pending.empty())
                readOne();
            // The sync's own result, then the connection is idle and may leave the mode.
            for (int i = 0; i < 4 && PQexitPipelineMode(conn) != 1; ++i) {
                PGresult *r = PQgetResult(conn);
                if (!r && PQexitPipelineMode(conn) != 1) {
                    noteError(errorOf(nullptr, conn));
                    break;
                }
                PQclear(r);
            }
            piping = PQpipelineStatus(conn) != PQ_PIPELINE_OFF;
        }
        const QSqlError first = error;
        error = QSqlError();
        return first;
    }

    void forget(const BatchStatement *statement) {
        for (Pending &p : pending)
            if (p.owner == statement)
                p.owner = nullptr;
    }

    struct Pending {
        BatchStatement *owner; // waits for this answer; nullptr: nobody (only its error counts)
        quint64 ticket;
        QByteArray prepared; // a PQsendPrepare's: its SQL
    };

    PGconn *conn = nullptr;
    QHash<QByteArray, QByteArray> names; // SQL -> name of the prepared statement
    quint64 serial = 0;
    int pipelines = 0; // BatchStatement::Pipeline objects alive
    bool piping = false;
    std::deque<Pending> pending;
    quint64 lastTicket = 0;
    quint64 flushedTo = 0; // the server was asked to send the answers up to this ticket
    QSqlError error;       // the first failure since the last settle()
};

namespace {

// Qt's positional placeholders as PostgreSQL's $n (not inside quotes); the count in *count.
QByteArray numbered(const QString &sql, int *count) {
    const QByteArray text = sql.toUtf8();
    QByteArray out;
    out.reserve(text.size() + 16);
    char quote = 0;
    *count = 0;
    for (const char c : text) {
        if (quote) {
            if (c == quote)
                quote = 0;
        } else if (c == '\'' || c == '"') {
            quote = c;
        } else if (c == '?') {
            out += '$';
            out += QByteArray::number(++*count);
            continue;
        }
        out += c;
    }
    return out;
}

} // namespace

BatchStatement::Pipeline::Pipeline(const QSqlDatabase &db)
    : m_db(db) {
    if (PgSession *session = PgSession::of(m_db))
        ++session->pipelines;
}

BatchStatement::Pipeline::~Pipeline() {
    if (PgSession *session = PgSession::of(m_db); session && --session->pipelines == 0)
        session->settle();
}

QSqlError BatchStatement::settle(const QSqlDatabase &db) {
    PgSession *session = PgSession::of(db);
    return session ? session->settle() : QSqlError();
}

BatchStatement::BatchStatement(const QSqlDatabase &db) {
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") == 0 && handle.data())
        m_db = *static_cast<sqlite3 *const *>(handle.data());
    else if (!(m_session = PgSession::of(db)))
        m_query.emplace(db);
}

BatchStatement::~BatchStatement() {
    if (m_statement)
        sqlite3_finalize(m_statement);
    if (m_session)
        m_session->forget(this);
    PQclear(m_result);
}

bool BatchStatement::fail() {
    m_error = QSqlError(QString::fromUtf8(sqlite3_errmsg(m_db)), {}, QSqlError::StatementError,
                        QString::number(sqlite3_extended_errcode(m_db)));
    return false;
}

bool BatchStatement::prepare(const QString &sql) {
    if (m_query)
        return m_query->prepare(sql);
    if (m_session) { // prepared on the server at its first run on the connection
        finish();
        m_awaiting = 0;
        m_sql = numbered(sql, &m_parameters);
        m_texts.assign(size_t(m_parameters), QByteArray());
        m_nulls.assign(size_t(m_parameters), true);
        m_bound = 0;
        m_error = QSqlError();
        return true;
    }
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
    if (m_session) {
        const int position = ++m_bound;
        if (position > m_parameters)
            return; // exec() refuses the count
        m_nulls[size_t(position - 1)] = value.isNull();
        if (!value.isNull())
            toUtf8(value, &m_texts[size_t(position - 1)]);
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
    toUtf8(value, &utf8);
    sqlite3_bind_text(m_statement, position, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

void BatchStatement::toUtf8(const QString &value, QByteArray *buffer) {
    QByteArray &utf8 = *buffer;
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
    if (m_session) {
        const int position = ++m_bound;
        if (position > m_parameters)
            return;
        m_nulls[size_t(position - 1)] = value.isNull();
        if (!value.isNull())
            m_texts[size_t(position - 1)] = postgresText(value);
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

// A value as PostgreSQL reads it in text form, as Qt's driver writes it.
QByteArray BatchStatement::postgresText(const QVariant &value) {
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::Long:
    case QMetaType::Short:
        return QByteArray::number(value.toLongLong());
    case QMetaType::ULongLong:
        return QByteArray::number(value.toULongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return QByteArray::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QMetaType::QByteArray: // bytea's hex form
        return QByteArrayLiteral("\\x") + value.toByteArray().toHex();
    default:
        return value.toString().toUtf8();
    }
}

bool BatchStatement::execPostgres() {
    PgSession &session = *m_session;
    PQclear(m_result);
    m_result = nullptr;
    m_awaiting = 0; // an answer of an earlier run still on its way is nobody's now
    m_row = -1;
    const int bound = m_bound;
    m_bound = 0;
    if (bound != m_parameters) {
        m_error =
            QSqlError(QStringLiteral("Parameter count mismatch"), {}, QSqlError::StatementError);
        return false;
    }
    if (session.error.isValid()) { // the pipeline failed already: the batch will not commit
        m_error = session.error;
        return false;
    }
    m_error = QSqlError();
    PGconn *conn = session.conn;
    const bool piping = session.pipelines > 0 && (session.piping || session.enterPipeline());
    if (!piping)
        session.discardForeign();
    QByteArray name = session.names.value(m_sql);
    if (name.isEmpty()) {
        name = QByteArrayLiteral("station_batch_") + QByteArray::number(++session.serial);
        if (piping) {
            if (PQsendPrepare(conn, name.constData(), m_sql.constData(), 0, nullptr) != 1) {
                m_error = PgSession::errorOf(nullptr, conn);
                session.noteError(m_error);
                return false;
            }
            session.pending.push_back({nullptr, ++session.lastTicket, m_sql});
        } else {
            PGresult *prepared = PQprepare(conn, name.constData(), m_sql.constData(), 0, nullptr);
            const bool ok = PgSession::succeeded(prepared);
            if (!ok)
                m_error = PgSession::errorOf(prepared, conn);
            PQclear(prepared);
            if (!ok)
                return false;
        }
        session.names.insert(m_sql, name);
    }
    std::vector<const char *> values(size_t(m_parameters), nullptr);
    for (size_t i = 0; i < values.size(); ++i)
        if (!m_nulls[i])
            values[i] = m_texts[i].constData();
    if (piping) {
        if (PQsendQueryPrepared(conn, name.constData(), m_parameters, values.data(), nullptr,
                                nullptr, 0) != 1) {
            m_error = PgSession::errorOf(nullptr, conn);
            session.noteError(m_error);
            return false;
        }
        m_awaiting = ++session.lastTicket;
        session.pending.push_back({this, m_awaiting, {}});
        // Answers are small, but a batch that never asks for one must not fill the socket.
        if (session.pending.size() > 512)
            session.readUntil(session.lastTicket);
        return true;
    }
    m_result =
        PQexecPrepared(conn, name.constData(), m_parameters, values.data(), nullptr, nullptr, 0);
    if (!PgSession::succeeded(m_result)) {
        m_error = PgSession::errorOf(m_result, conn);
        PQclear(m_result);
        m_result = nullptr;
        return false;
    }
    return true;
}

bool BatchStatement::awaitAnswer() const {
    if (m_awaiting)
        m_session->readUntil(m_awaiting);
    if (m_awaiting) { // never came (the connection failed)
        m_awaiting = 0;
        m_error = m_session->error.isValid() ? m_session->error
                                             : PgSession::errorOf(nullptr, m_session->conn);
        return false;
    }
    if (!m_result)
        return false;
    if (!PgSession::succeeded(m_result)) {
        m_error = PgSession::errorOf(m_result, m_session->conn);
        return false;
    }
    return true;
}

bool BatchStatement::exec() {
    if (m_query)
        return m_query->exec();
    if (m_session)
        return execPostgres();
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
    if (m_session) {
        if (!awaitAnswer())
            return false;
        if (m_row + 1 < PQntuples(m_result)) {
            ++m_row;
            return true;
        }
        m_row = PQntuples(m_result);
        return false;
    }
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
    if (m_session) {
        if (!m_result || m_row < 0 || m_row >= PQntuples(m_result) || index < 0 ||
            index >= PQnfields(m_result))
            return {};
        // The types Qt's PostgreSQL driver gives.
        QMetaType type = QMetaType::fromType<QString>();
        switch (PQftype(m_result, index)) {
        case 16: // bool
            type = QMetaType::fromType<bool>();
            break;
        case 20: // int8
            type = QMetaType::fromType<qlonglong>();
            break;
        case 21: // int2
        case 23: // int4
        case 26: // oid
            type = QMetaType::fromType<int>();
            break;
        case 700:  // float4
        case 701:  // float8
        case 1700: // numeric
            type = QMetaType::fromType<double>();
            break;
        default:
            break;
        }
        if (PQgetisnull(m_result, m_row, index))
            return QVariant(type);
        const char *text = PQgetvalue(m_result, m_row, index);
        switch (type.id()) {
        case QMetaType::Bool:
            return QVariant(text[0] == 't');
        case QMetaType::LongLong:
            return QVariant(QByteArray(text).toLongLong());
        case QMetaType::Int:
            return QVariant(QByteArray(text).toInt());
        case QMetaType::Double:
            return QVariant(QByteArray(text).toDouble());
        default:
            return QVariant(QString::fromUtf8(text, PQgetlength(m_result, m_row, index)));
        }
    }
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
    if (m_session)
        return awaitAnswer() ? QByteArray(PQcmdTuples(m_result)).toInt() : -1;
    return m_query ? m_query->numRowsAffected() : m_changes;
}

void BatchStatement::finish() {
    if (m_query) {
        m_query->finish();
        return;
    }
    if (m_session) { // an answer still on its way is read and dropped (its error counts)
        PQclear(m_result);
        m_result = nullptr;
        m_awaiting = 0;
        m_row = -1;
        return;
    }
    if (m_statement && (m_onRow || m_pendingRow))
        sqlite3_reset(m_statement);
    m_onRow = m_pendingRow = false;
}

QSqlError BatchStatement::lastError() const {
    if (m_session && m_awaiting)
        awaitAnswer();
    return m_query ? m_query->lastError() : m_error;
}

} // namespace station::server
