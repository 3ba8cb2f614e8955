#pragma once

#include "core/api/ApiError.h"
#include "core/api/ClientConfig.h"
#include "core/jobs/JobListModel.h"
#include "core/jobs/JobStatusPoller.h"
#include "core/transfers/TransferQueue.h"
#include "core/transfers/TransferStore.h"

#include <QSet>
#include <memory>

#include <QObject>
#include <QTimer>

class VideoDbClient;

// The app's view of the account: the job model plus everything that changes it (refresh,
// polling, create, retry, delete). Widgets call in with job ids and listen to signals; nothing
// here knows about rows, selections or dialogs.
class JobBoard final : public QObject {
    Q_OBJECT
public:
    // transferDatabase: where file transfers are remembered (SQLite); empty keeps them in
    // memory only.
    explicit JobBoard(const ClientConfig &config, const QString &transferDatabase = {},
                      QObject *parent = nullptr);
    ~JobBoard() override;

    JobListModel *model() { return &m_model; }
    const ClientConfig &config() const { return m_config; }
    void setConfig(const ClientConfig &config);

    void setRefreshIntervalMs(int ms);
    void setPollIntervalMs(int ms) { m_poller.setBaseIntervalMs(ms); }

    void refresh();
    // Acts on exactly these ids, whatever the list looks like by the time it runs.
    void deleteJobs(const QStringList &ids);
    void createJob(const QString &streamLink, const QString &name);
    void retryJob(const QString &id);

    // Saves done jobs' files into folder, asking the API for a fresh download_url first.
    void saveJobs(const QStringList &ids, const QString &folder);
    void pauseTransfer(const QString &id);
    void resumeTransfer(const QString &id);
    void cancelTransfer(const QString &id);
    // Jobs that finish while the app runs are saved here; empty turns it off.
    void setAutoSaveFolder(const QString &folder) { m_autoSaveFolder = folder; }
    TransferQueue *transfers() { return m_transfers; }

    static constexpr int deleteWindow = 4;

signals:
    void refreshFinished(int jobCount);
    void problem(const ApiError &error);
    void problemCleared();
    void deletionFinished(int deleted, int alreadyGone, int failed);
    void jobCreated(const QString &id);
    void actionFailed(const QString &what, const ApiError &error);
    void jobFinished(const QString &id, const QString &name);
    void fileSaved(const QString &id, const QString &path);
    void saveFailed(const QString &id, const QString &error);

private:
    void reportResult(const ApiError &error);
    void showTransfer(const QString &id);
    void removeSoon(const QString &id);

    ClientConfig m_config;
    VideoDbClient *m_client = nullptr;
    JobListModel m_model;
    JobStatusPoller m_poller;
    QTimer m_refreshTimer;
    bool m_refreshing = false;
    bool m_refreshAgain = false;
    bool m_hasProblem = false;
    std::unique_ptr<TransferStore> m_transferStore;
    TransferQueue *m_transfers;
    QString m_autoSaveFolder;
    // Progress arrives per network read; the table is told at most a few times a second.
    QSet<QString> m_transfersToShow;
    QTimer m_transferViewTimer;
    QSet<QString> m_rowsToRemove;
    QTimer m_removeTimer;
};
