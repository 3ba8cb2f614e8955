#pragma once

#include <QObject>
#include <QTimer>

class JobListModel;
class VideoDbClient;

// Asks GET /download/{id} for the newest processing jobs, backing off while nothing changes
// so a long render does not cost a request every few seconds. The full list refresh covers
// the jobs beyond the polled few.
class JobStatusPoller final : public QObject {
    Q_OBJECT
public:
    JobStatusPoller(VideoDbClient *&client, JobListModel *model, QObject *parent = nullptr);

    void setBaseIntervalMs(int ms);
    void start();

    static constexpr int maxJobsPerRound = 8;
    static constexpr int maxIntervalMs = 30 * 1000;

private:
    void pollRound();

    VideoDbClient *&m_client;
    JobListModel *m_model;
    QTimer m_timer;
    int m_baseIntervalMs = 3000;
    int m_intervalMs = 3000;
    int m_outstanding = 0;
    bool m_changedThisRound = false;
};
