#include "core/transfers/TransferStore.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

QAtomicInt connectionCounter;

TransferRecord recordFrom(const QSqlQuery &query) {
    TransferRecord record;
    record.jobId = query.value(0).toString();
    record.url = query.value(1).toByteArray();
    record.finalPath = query.value(2).toString();
    record.bytesDone = query.value(3).toLongLong();
    record.totalBytes = query.value(4).toLongLong();
    record.etag = query.value(5).toByteArray();
    record.state = TransferRecord::stateFromName(query.value(6).toString());
    record.error = query.value(7).toString();
    record.sha256 = query.value(8).toByteArray();
    if (!query.value(9).isNull())
        record.finishedAt = QDateTime::fromMSecsSinceEpoch(query.value(9).toLongLong(), Qt::UTC);
    return record;
}

const QString selectColumns = QStringLiteral(
    "SELECT job_id, url, final_path, bytes_done, total_bytes, etag, state, error, sha256, "
    "finished_at FROM transfers");

} // namespace

TransferStore::TransferStore(const QString &databasePath)
    : m_connectionName(
          QStringLiteral("transfers-%1").arg(connectionCounter.fetchAndAddRelaxed(1))) {
    QDir().mkpath(QFileInfo(databasePath).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(databasePath);
    if (!db.open()) {
        m_error = db.lastError().text();
        return;
    }
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS transfers ("
                                   "job_id TEXT PRIMARY KEY, url TEXT NOT NULL, "
                                   "final_path TEXT NOT NULL, bytes_done INTEGER NOT NULL, "
                                   "total_bytes INTEGER NOT NULL, etag TEXT, state TEXT NOT NULL, "
                                   "error TEXT, sha256 TEXT, finished_at INTEGER)")))
        m_error = query.lastError().text();
    // Stores written before the history existed lack its columns; adding an existing column
    // fails harmlessly.
    query.exec(QStringLiteral("ALTER TABLE transfers ADD COLUMN sha256 TEXT"));
    query.exec(QStringLiteral("ALTER TABLE transfers ADD COLUMN finished_at INTEGER"));
    // Progress is written often; a lost last write only costs a few re-fetched bytes, since
    // the .part file's own size is what resuming trusts.
    query.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    query.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
}

TransferStore::~TransferStore() {
    QSqlDatabase::database(m_connectionName, false).close();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool TransferStore::save(const TransferRecord &record) {
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral(
        "INSERT INTO transfers (job_id, url, final_path, bytes_done, total_bytes, etag, state, "
        "error, sha256, finished_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(job_id) DO UPDATE SET url = "
        "excluded.url, final_path = excluded.final_path, bytes_done = excluded.bytes_done, "
        "total_bytes = excluded.total_bytes, etag = excluded.etag, state = excluded.state, "
        "error = excluded.error, sha256 = excluded.sha256, finished_at = excluded.finished_at"));
    query.addBindValue(record.jobId);
    query.addBindValue(QString::fromUtf8(record.url));
    query.addBindValue(record.finalPath);
    query.addBindValue(record.bytesDone);
    query.addBindValue(record.totalBytes);
    query.addBindValue(QString::fromLatin1(record.etag));
    query.addBindValue(TransferRecord::stateName(record.state));
    query.addBindValue(record.error);
    query.addBindValue(QString::fromLatin1(record.sha256));
    query.addBindValue(record.finishedAt.isValid() ? QVariant(record.finishedAt.toMSecsSinceEpoch())
                                                   : QVariant());
    if (query.exec())
        return true;
    m_error = query.lastError().text();
    return false;
}

std::optional<TransferRecord> TransferStore::find(const QString &jobId) const {
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(selectColumns + QStringLiteral(" WHERE job_id = ?"));
    query.addBindValue(jobId);
    if (query.exec() && query.next())
        return recordFrom(query);
    return std::nullopt;
}

QVector<TransferRecord> TransferStore::all() const {
    QVector<TransferRecord> records;
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    if (query.exec(selectColumns + QStringLiteral(" ORDER BY rowid"))) {
        while (query.next())
            records.append(recordFrom(query));
    }
    return records;
}

bool TransferStore::remove(const QString &jobId) {
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("DELETE FROM transfers WHERE job_id = ?"));
    query.addBindValue(jobId);
    return query.exec();
}
