#pragma once

#include "core/transfers/TransferRecord.h"

#include <QString>
#include <QVector>

#include <optional>

// Transfer state in SQLite (Qt Sql), one row per job, written as bytes arrive so a killed
// process resumes where it stopped.
class TransferStore final {
public:
    explicit TransferStore(const QString &databasePath);
    ~TransferStore();
    TransferStore(const TransferStore &) = delete;
    TransferStore &operator=(const TransferStore &) = delete;

    bool isOpen() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }

    bool save(const TransferRecord &record);
    std::optional<TransferRecord> find(const QString &jobId) const;
    QVector<TransferRecord> all() const;
    bool remove(const QString &jobId);

private:
    QString m_connectionName;
    QString m_error;
};
