#include "core/jobs/JobSession.h"

JobSession::JobSession(const ClientConfig &config, const QString &transferDatabase, QObject *parent)
    : QObject(parent)
    , m_board(config)
    , m_transfers(config, transferDatabase)
    , m_transferDatabase(transferDatabase) {
    // A window waits out another process's claim, shows it, and takes over if that one dies.
    m_transfers.setWaitForClaims(true);
    connect(&m_transfers, &JobTransfers::progressChanged, this, [this](const QString &id) {
        m_board.model()->setTransfer(id, m_transfers.progress(id));
    });
    connect(m_board.model(), &JobListModel::jobFinished, this,
            [this](const QString &id, const QString &name) {
                if (!m_autoSaveFolder.isEmpty())
                    m_transfers.save(id, name, m_autoSaveFolder);
            });
    // Rows also vanish when a job is deleted elsewhere: its transfer must not run on unseen.
    // A row can also miss one listing because pages shifted under it, so the API is asked
    // first (deletes made here cancel at once, in deleteJobs).
    connect(m_board.model(), &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) {
                QStringList ids;
                for (int row = first; row <= last; ++row)
                    ids.append(m_board.model()->jobAt(row).id);
                for (const QString &id : withFileUnderWay(ids))
                    m_transfers.cancelIfGone(id);
            });
    connect(&m_board, &JobBoard::refreshFinished, &m_transfers, &JobTransfers::recheckSavedFiles);
    m_transfers.restore();
}

void JobSession::setConfig(const ClientConfig &config) {
    m_board.setConfig(config);
    m_transfers.setConfig(config);
}

void JobSession::saveJobs(const QStringList &ids, const QString &folder, JobTransfers::Copy copy) {
    for (const QString &id : ids) {
        const DownloadJob *listed = m_board.model()->job(id);
        m_transfers.save(id, listed ? listed->name : QString(), folder, copy);
    }
}

QStringList JobSession::withFileUnderWay(const QStringList &ids) const {
    QStringList underWay;
    for (const QString &id : ids) {
        if (m_transfers.progress(id).canCancel())
            underWay.append(id);
    }
    return underWay;
}

void JobSession::deleteJobs(const QStringList &ids) {
    cancelTransfers(ids);
    m_board.deleteJobs(ids);
}

bool JobSession::hasWorkInFlight() const {
    return m_transfers.inFlightCount() > 0 || m_board.deletesInFlight() > 0;
}

void JobSession::cancelTransfers(const QStringList &ids) {
    for (const QString &id : withFileUnderWay(ids))
        m_transfers.cancel(id);
}
