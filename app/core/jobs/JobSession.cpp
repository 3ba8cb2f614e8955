#include "core/jobs/JobSession.h"

JobSession::JobSession(const ClientConfig &config, const QString &transferDatabase, QObject *parent)
    : QObject(parent)
    , m_board(config)
    , m_transfers(config, transferDatabase) {
    connect(&m_transfers, &JobTransfers::progressChanged, this, [this](const QString &id) {
        m_board.model()->setTransfer(id, m_transfers.progress(id));
    });
    connect(m_board.model(), &JobListModel::jobFinished, this,
            [this](const QString &id, const QString &name) {
                if (!m_autoSaveFolder.isEmpty())
                    m_transfers.save(id, name, m_autoSaveFolder);
            });
    m_transfers.resumeUnfinished();
}

void JobSession::setConfig(const ClientConfig &config) {
    m_board.setConfig(config);
    m_transfers.setConfig(config);
}

void JobSession::saveJobs(const QStringList &ids, const QString &folder) {
    for (const QString &id : ids) {
        const DownloadJob *listed = m_board.model()->job(id);
        m_transfers.save(id, listed ? listed->name : QString(), folder);
    }
}
