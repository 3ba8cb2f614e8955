#pragma once

#include "core/api/ApiError.h"
#include "core/api/ClientConfig.h"
#include "core/jobs/JobListModel.h"
#include "core/jobs/JobStatusPoller.h"

#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>

class VideoDbClient;

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
    // A new key or server. Refreshes and polls for the old one are dropped; deletes the user
    // already confirmed finish with the old client and are reported as usual.
    void setConfig(const ClientConfig &config);

    void setRefreshIntervalMs(int ms);
    void setPollIntervalMs(int ms) { m_poller.setBaseIntervalMs(ms); }

    void refresh();
    // Acts on exactly these ids, whatever the list looks like by the time it runs.
    void deleteJobs(const QStringList &ids);
    void createJob(const QString &streamLink, const QString &name);
    void retryJob(const QString &id);

    static constexpr int deleteWindow = 4;

signals:
    void refreshFinished(int jobCount);
    void problem(const ApiError &error);
    void problemCleared();
    void deletionFinished(int deleted, int alreadyGone, int failed);
    void jobCreated(const QString &id);
    void createFailed(const ApiError &error);
    void retryFailed(const QString &id, const ApiError &error);
    void jobFinished(const QString &id, const QString &name);

private:
    void reportResult(const ApiError &error);
    void removeSoon(const QString &id);

    ClientConfig m_config;
    // Shared with delete batches still under way, so a config change cannot strand them.
    std::shared_ptr<VideoDbClient> m_client;
    JobListModel m_model;
    JobStatusPoller m_poller;
    QTimer m_refreshTimer;
    bool m_refreshing = false;
    bool m_refreshAgain = false;
    bool m_hasProblem = false;
    QSet<QString> m_rowsToRemove;
    QTimer m_removeTimer;
};
