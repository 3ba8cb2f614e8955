#pragma once

#include "core/transfers/FileTransfer.h"

#include <QHash>
#include <QObject>
#include <QStringList>

class QNetworkAccessManager;
class TransferStore;

// Runs file transfers at most maxConcurrent at a time; the rest wait their turn in order.
// Unfinished transfers found in the store are resumed by resumeUnfinished().
class TransferQueue final : public QObject {
    Q_OBJECT
public:
    TransferQueue(TransferStore *store, FileTransfer::UrlRefresher refresher,
                  QObject *parent = nullptr);

    void setMaxConcurrent(int count);

    // Queues a job's file into folder under a safe, unused name. A job already known to the
    // store (an interrupted run) continues into its existing .part file instead.
    FileTransfer *enqueue(const QString &jobId, const QByteArray &url, const QString &folder,
                          const QString &suggestedName);
    void resumeUnfinished();
    FileTransfer *transfer(const QString &jobId) const { return m_transfers.value(jobId); }
    int runningCount() const;
    int peakRunning() const { return m_peakRunning; }
    bool isIdle() const;

signals:
    void transferProgressed(const QString &jobId);
    void transferFinished(const QString &jobId);
    void allFinished();

private:
    FileTransfer *adopt(const TransferRecord &record);
    void startWaiting();

    TransferStore *m_store;
    FileTransfer::UrlRefresher m_refresher;
    QNetworkAccessManager *m_network;
    QHash<QString, FileTransfer *> m_transfers;
    QStringList m_waiting;
    int m_maxConcurrent = 3;
    int m_peakRunning = 0;
};
