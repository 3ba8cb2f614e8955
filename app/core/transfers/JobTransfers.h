#pragma once

#include "core/api/ClientConfig.h"
#include "core/transfers/TransferProgress.h"
#include "core/transfers/TransferQueue.h"

#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>

class DownloadJob;
class FileTransfer;
class TransferStore;
class VideoDbClient;

// The file side of the app and the CLI alike: one queue of transfers, the SQLite store that
// lets them survive a crash, and the API lookups that refresh an expired download_url.
// Reports numbers and states per job id; never words for the user.
class JobTransfers final : public QObject {
    Q_OBJECT
public:
    // database: where transfers are remembered (SQLite); empty keeps them in memory only.
    JobTransfers(const ClientConfig &config, const QString &database, QObject *parent = nullptr);
    ~JobTransfers() override;

    // URL refreshes from now on use this key and server.
    void setConfig(const ClientConfig &config);
    // Empty while transfers are remembered; otherwise why they are not.
    QString storeProblem() const { return m_storeProblem; }
    void setMaxConcurrent(int count);
    int maxConcurrent() const { return m_queue->maxConcurrent(); }
    // Bytes per second for all transfers together; 0 is no limit.
    void setSpeedLimit(qint64 bytesPerSecond);
    qint64 speedLimit() const { return m_queue->speedLimit(); }
    // While another process saves a job: wait and take over when it is done or dies (the app),
    // or report it at once (the CLI without --wait).
    void setWaitForClaims(bool wait);

    using Copy = TransferQueue::Copy;
    // Asks the API for a fresh download_url (the listed one may be hours old, and it lives
    // 24 hours), then saves the job's file into folder. With ReuseSaved, a job saved earlier
    // whose file is intact is reported saved without a byte.
    void save(const QString &jobId, const QString &listedName, const QString &folder,
              Copy copy = Copy::ReuseSaved);
    // For a job just looked up, whose download_url is fresh.
    void saveLookedUp(const DownloadJob &job, const QString &folder, Copy copy = Copy::ReuseSaved);
    void pause(const QString &jobId);
    void resume(const QString &jobId);
    // Pauses every transfer this process runs or has in line (see TransferQueue::pauseAll):
    // what a quit does, so the next start shows them paused and resumes them byte-exact.
    void pauseAll();
    // Stops the transfer and removes its .part file and record; a saved file is kept.
    void cancel(const QString &jobId);
    // Cancels only once the API confirms the job is gone: a row can also drop out of one
    // listing because pages shifted under it, and that must not cost a running save.
    void cancelIfGone(const QString &jobId);
    // Brings back what earlier runs left: running transfers continue, paused and failed ones
    // wait for the user, saved ones are shown as saved (or as missing).
    void restore();
    // Saved files are checked again: one the user moved or deleted is reported as such.
    void recheckSavedFiles();

    TransferProgress progress(const QString &jobId) const;
    // Body bytes received over the network in this run, resumes and restarts included.
    qint64 bytesReceived(const QString &jobId) const;
    bool isIdle() const;
    // Transfers this process is running or has in line.
    int inFlightCount() const { return m_queue->inFlightCount(); }

    // How often progressChanged fires per job while bytes flow.
    static constexpr int progressIntervalMs = 250;

signals:
    // Coalesced: a few times a second while bytes flow, at once when the phase changes.
    void progressChanged(const QString &jobId);
    void fileSaved(const QString &jobId, const QString &path);
    void saveFailed(const QString &jobId, const QString &reason);
    void allFinished();

private:
    void enqueue(const QString &jobId, const QByteArray &url, const QString &folder,
                 const QString &name, Copy copy);

    std::shared_ptr<VideoDbClient> m_client;
    std::unique_ptr<TransferStore> m_store;
    QString m_storeProblem;
    TransferQueue *m_queue;
    QSet<QString> m_progressed;
    QTimer m_progressTimer;
};
