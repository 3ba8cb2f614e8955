#pragma once

#include "ApiError.h"
#include "ClientConfig.h"
#include "JobListModel.h"
#include "JobStatusPoller.h"

#include <QObject>
#include <QTimer>

class VideoDbClient;

// The app's view of the account: the job model plus everything that changes it (refresh,
// polling, create, retry, delete). Widgets call in with job ids and listen to signals; nothing
// here knows about rows, selections or dialogs.
class JobBoard final : public QObject {
    Q_OBJECT
public:
    explicit JobBoard(const ClientConfig &config, QObject *parent = nullptr);
    ~JobBoard() override;

    JobListModel *model() { return &m_model; }
    const ClientConfig &config() const { return m_config; }
    void setConfig(const ClientConfig &config);

    void setRefreshIntervalMs(int ms);
    void setPollIntervalMs(int ms) { m_poller.setBaseIntervalMs(ms); }
    bool isRefreshing() const { return m_refreshing; }

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
    void actionFailed(const QString &what, const ApiError &error);
    void jobFinished(const QString &id, const QString &name);

private:
    void reportResult(const ApiError &error);

    ClientConfig m_config;
    VideoDbClient *m_client = nullptr;
    JobListModel m_model;
    JobStatusPoller m_poller;
    QTimer m_refreshTimer;
    bool m_refreshing = false;
    bool m_refreshAgain = false;
    bool m_hasProblem = false;
};
