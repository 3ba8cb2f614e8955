#pragma once

#include "core/api/ClientConfig.h"
#include "core/transfers/TransferProgress.h"

#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>

class DownloadJob;
class FileTransfer;
class TransferQueue;
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

    // Asks the API for a fresh download_url (the listed one may be hours old, and it lives
    // 24 hours), then saves the job's file into folder.
    void save(const QString &jobId, const QString &listedName, const QString &folder);
    // For a job just looked up, whose download_url is fresh.
    void saveLookedUp(const DownloadJob &job, const QString &folder);
    void pause(const QString &jobId);
    void resume(const QString &jobId);
    void cancel(const QString &jobId);
    // Continues what an earlier run left unfinished.
    void resumeUnfinished();

    TransferProgress progress(const QString &jobId) const;
    // Body bytes received over the network in this run, resumes and restarts included.
    qint64 bytesReceived(const QString &jobId) const;
    bool isIdle() const;

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
                 const QString &name);

    std::unique_ptr<VideoDbClient> m_client;
    std::unique_ptr<TransferStore> m_store;
    QString m_storeProblem;
    TransferQueue *m_queue;
    QSet<QString> m_cancelled;
    QSet<QString> m_progressed;
    QTimer m_progressTimer;
};
