#pragma once

#include "core/api/ClientConfig.h"
#include "core/jobs/JobBoard.h"
#include "core/transfers/JobTransfers.h"

#include <QObject>

// One account's work as the app sees it: the board (the API side) and the transfers (the
// file side), both shown in the board's model. Switching account switches both at once. The
// one place that sees both, so no transfer outlives its job's row unseen.
class JobSession final : public QObject {
    Q_OBJECT
public:
    // transferDatabase: where file transfers are remembered (SQLite); empty keeps them in
    // memory only. What an earlier run left is brought back (see JobTransfers::restore).
    explicit JobSession(const ClientConfig &config, const QString &transferDatabase = {},
                        QObject *parent = nullptr);

    JobBoard *board() { return &m_board; }
    JobTransfers *transfers() { return &m_transfers; }
    JobListModel *model() { return m_board.model(); }
    const ClientConfig &config() const { return m_board.config(); }
    // Where transfers are remembered; empty when only in memory.
    const QString &transferDatabase() const { return m_transferDatabase; }
    void setConfig(const ClientConfig &config);

    // Saves done jobs' files into folder; listed names stand in where the API gives none.
    void saveJobs(const QStringList &ids, const QString &folder,
                  JobTransfers::Copy copy = JobTransfers::Copy::ReuseSaved);
    // Jobs that finish while the app runs are saved here; empty turns it off.
    void setAutoSaveFolder(const QString &folder) { m_autoSaveFolder = folder; }

    // Those of ids whose file is being saved (or waits, paused or failed, to be): deleting
    // them cancels that transfer.
    QStringList withFileUnderWay(const QStringList &ids) const;
    // Cancels the files under way (their .part files go; saved files stay), then deletes.
    void deleteJobs(const QStringList &ids);
    // Transfers running or in line, or deletes waiting for their answer: what a quit would cut.
    bool hasWorkInFlight() const;

private:
    void cancelTransfers(const QStringList &ids);

    JobBoard m_board;
    JobTransfers m_transfers;
    QString m_transferDatabase;
    QString m_autoSaveFolder;
};
