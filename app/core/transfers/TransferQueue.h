#pragma once

#include "core/transfers/FileTransfer.h"
#include "core/transfers/RateLimiter.h"

#include <QHash>
#include <QObject>
#include <QStringList>

class QNetworkAccessManager;
class TransferStore;

// Runs file transfers at most maxConcurrent at a time; the rest wait their turn in order, all
// under one speed limit. restore() brings back what the store remembers.
class TransferQueue final : public QObject {
    Q_OBJECT
public:
    TransferQueue(TransferStore *store, FileTransfer::UrlRefresher refresher,
                  QObject *parent = nullptr);

    void setMaxConcurrent(int count);
    int maxConcurrent() const { return m_maxConcurrent; }
    // Bytes per second for all transfers together; 0 is no limit.
    void setSpeedLimit(qint64 bytesPerSecond);
    qint64 speedLimit() const { return m_limiter.bytesPerSecond(); }
    // While another process saves a job: wait for it (true) or give up at once (false).
    void setWaitForClaims(bool wait) { m_waitForClaims = wait; }

    enum class Copy { ReuseSaved, Another };
    // Queues a job's file into folder under a safe, unused name. A job already known to the
    // store (an interrupted run) continues into its existing .part file instead; with
    // ReuseSaved, a job saved earlier whose file is intact is done without a byte.
    FileTransfer *enqueue(const QString &jobId, const QByteArray &url, const QString &folder,
                          const QString &suggestedName, Copy copy = Copy::ReuseSaved);
    // Brings back every transfer the store remembers: those that were running or waiting
    // continue; paused and failed ones stay so until resumed; saved ones are history.
    void restore();
    FileTransfer *transfer(const QString &jobId) const { return m_transfers.value(jobId); }
    QStringList jobIds() const { return m_transfers.keys(); }
    int runningCount() const;
    // Transfers this process is running or has in line; not those another process writes.
    int inFlightCount() const;
    // Pauses every transfer running or in line, keeping each .part file and its offset so a
    // later resume, in this run or the next, continues where it stopped.
    void pauseAll();
    int peakRunning() const { return m_peakRunning; }
    bool isIdle() const;

signals:
    void transferProgressed(const QString &jobId);
    void transferFinished(const QString &jobId);
    void allFinished();

private:
    FileTransfer *adopt(const TransferRecord &record, bool queue);
    void requeue(const QString &jobId);
    void startWaiting();
    void holdBack(const QString &jobId);

    TransferStore *m_store;
    FileTransfer::UrlRefresher m_refresher;
    QNetworkAccessManager *m_network;
    RateLimiter m_limiter;
    QHash<QString, FileTransfer *> m_transfers;
    QStringList m_waiting;
    int m_maxConcurrent = 3;
    int m_peakRunning = 0;
    bool m_waitForClaims = false;
};
