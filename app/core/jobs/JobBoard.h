#pragma once

#include "core/api/ApiError.h"
#include "core/api/ApiResult.h"
#include "core/api/ClientConfig.h"
#include "core/api/VideoDbClient.h"
#include "core/jobs/JobListModel.h"
#include "core/jobs/JobStatusPoller.h"

#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>

// The API side of the app: the job model plus everything that changes it through the API
// (refresh, polling, create, retry, delete). Widgets call in with job ids and listen to
// signals; nothing here knows about rows, selections or dialogs.
class JobBoard final : public QObject {
    Q_OBJECT
public:
    explicit JobBoard(const ClientConfig &config, QObject *parent = nullptr);
    ~JobBoard() override;

    JobListModel *model() { return &m_model; }
    const ClientConfig &config() const { return m_config; }
    // A new key or server. Refreshes and polls for the old one are cancelled; what the user
    // already asked for (deletes, create, retry) finishes with the old account and is
    // reported as usual.
    void setConfig(const ClientConfig &config);

    void setRefreshIntervalMs(int ms);
    void setPollIntervalMs(int ms) { m_poller.setBaseIntervalMs(ms); }

    void refresh();
    // Acts on exactly these ids, whatever the list looks like by the time it runs.
    void deleteJobs(const QStringList &ids);
    // Jobs asked to be deleted whose answer has not come yet.
    int deletesInFlight() const { return m_deletesInFlight; }
    void createJob(const QString &streamLink, const QString &name);
    void retryJob(const QString &id);

    static constexpr int deleteWindow = 4;

signals:
    void refreshFinished(int jobCount);
    void problem(const ApiError &error);
    void problemCleared();
    // After the rows of the deleted and already-gone jobs have left the model.
    void deletionFinished(int deleted, int alreadyGone, int failed);
    // The API never lists a job's stream link again: it goes with the id, once.
    void jobCreated(const QString &id, const QString &streamLink);
    void createFailed(const ApiError &error);
    void retryFailed(const QString &id, const ApiError &error);
    void jobFinished(const QString &id, const QString &name);
    void jobFailed(const QString &id, const QString &name, const QString &reason);
    // After each full listing: rows the server sent that could not be read (no id).
    void unreadableJobs(int count);

private:
    void reportResult(const ApiError &error);
    void applyDeleteAnswer(const QString &id, const ApiResult<QString> &result,
                           const VideoDbClient *client);
    void removeSoon(const QString &id);
    void removePendingRows();

    ClientConfig m_config;
    // Reads (listing, polling): replaced, and so cancelled, when the account changes.
    std::unique_ptr<VideoDbClient, VideoDbClient::Abandon> m_readClient;
    // Actions the user asked for: each holds the client it started with, so a config change
    // cannot strand them; the next action gets the new account's client.
    std::shared_ptr<VideoDbClient> m_actionClient;
    JobListModel m_model;
    JobStatusPoller m_poller;
    QTimer m_refreshTimer;
    bool m_refreshing = false;
    bool m_refreshAgain = false;
    bool m_hasProblem = false;
    int m_deletesInFlight = 0;
    QSet<QString> m_rowsToRemove;
    QTimer m_removeTimer;
};
